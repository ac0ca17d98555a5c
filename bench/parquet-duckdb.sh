#!/usr/bin/env bash
# Reads textpipe's Parquet output with DuckDB (an independent reader) and checks it holds what the JSONL output of
# the same run holds: per unit, the same number of rows, and the same id/lang/text in the same order (issue 11.7).
#
#   bench/parquet-duckdb.sh [TEXTPIPE_COMMAND] [INPUT...]      default: the Debug build, seeds/ and samples/
#
# Needs node and npm (installs @duckdb/node-api into a temporary folder; nothing is added to the repo).
set -euo pipefail
cd "$(dirname "$0")/.."
textpipe=${1:-"dotnet src/TextPipe.Cli/bin/Debug/net10.0/textpipe.dll"}
shift || true
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=(seeds samples)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --silent @duckdb/node-api >/dev/null)
cat > "$work/check.mjs" <<'JS'
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
const [parquet, jsonl, unit] = process.argv.slice(2);
const id = unit === 'document' ? 'id' : 'doc_id';
const db = await DuckDBInstance.create(':memory:');
const c = await db.connect();
const rows = (await c.runAndReadAll(`SELECT ${id} AS id, lang, text FROM read_parquet('${parquet}')`)).getRowObjectsJson();
const expected = readFileSync(jsonl, 'utf8').split('\n').filter(l => l).map(l => JSON.parse(l));
let bad = rows.length === expected.length ? 0 : 1;
for (let i = 0; i < Math.min(rows.length, expected.length); i++) {
  const e = expected[i];
  if (rows[i].id !== e[id] || rows[i].lang !== (e.lang ?? null) || rows[i].text !== e.text) { bad++; if (bad < 4) console.error(`row ${i} differs`); }
}
console.log(`${unit}: ${rows.length} Parquet rows, ${expected.length} JSONL records, ${bad === 0 ? 'identical' : bad + ' differences'}`);
process.exit(bad === 0 ? 0 : 1);
JS
status=0
for unit in document paragraph sentence; do
  $textpipe convert "${inputs[@]}" --unit "$unit" -o "$work/out.parquet" --quiet || true
  $textpipe convert "${inputs[@]}" --unit "$unit" -o "$work/out.jsonl" --quiet || true
  node "$work/check.mjs" "$work/out.parquet" "$work/out.jsonl" "$unit" || status=1
done
exit $status
