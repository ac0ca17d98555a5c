#!/usr/bin/env bash
# Native parity: the NativeAOT executable must write byte-for-byte what the JIT build writes.
#
#   bench/native-parity.sh                 publish both builds (Release), then compare
#   bench/native-parity.sh JIT_DLL NATIVE  compare two builds already made (textpipe.dll and the native textpipe)
#
# Compared on seeds/ and samples/ (every kind of input we read, the real documents included): convert with
# document, paragraph and sentence records, with --tokens (the Chinese segmenter's data), CSV output, a YAML
# rules file, and inspect of every sample at the top of samples/. Exit 0 when every output is identical, 1 at the first difference (a diff is shown).
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ $# -eq 2 ]; then
  jit=(dotnet "$1")
  native=("$2")
else
  # Warnings are errors, so a trim or AOT warning fails the native publish here.
  publish() {
    local started=$SECONDS
    dotnet publish src/TextPipe.Cli -c Release "$@" >"$work/publish.log" 2>&1 || { tail -30 "$work/publish.log" >&2; exit 1; }
    echo "native-parity: published in $((SECONDS - started)) s" >&2
  }
  echo "native-parity: publishing the JIT build" >&2
  publish -o "$work/jit"
  echo "native-parity: publishing the native build (NativeAOT; minutes)" >&2
  publish -r linux-x64 -p:PublishAot=true -o "$work/native"
  jit=(dotnet "$work/jit/textpipe.dll")
  native=("$work/native/textpipe")
fi

checks=0
compare() {
  local name=$1
  shift
  set +e
  "${jit[@]}" "$@" >"$work/jit.out" 2>"$work/jit.err"
  local jit_status=$?
  "${native[@]}" "$@" >"$work/native.out" 2>"$work/native.err"
  local native_status=$?
  set -e
  checks=$((checks + 1))
  if [ "$jit_status" -ne "$native_status" ] || ! cmp -s "$work/jit.out" "$work/native.out" || ! cmp -s "$work/jit.err" "$work/native.err"; then
    echo "native-parity: DIFFERENT: $name (textpipe $*; exit $jit_status vs $native_status)" >&2
    diff <(cat "$work/jit.out" "$work/jit.err") <(cat "$work/native.out" "$work/native.err") | head -20 >&2
    exit 1
  fi
}

compare "version" --version
compare "rules" rules
compare "seeds, documents" convert seeds --jobs 2
compare "seeds, paragraphs with tokens" convert seeds --unit paragraph --tokens --jobs 2
compare "seeds, msr tokens" convert seeds --unit paragraph --tokens --word-convention msr --jobs 2
compare "samples, documents" convert samples --jobs 2
compare "samples, sentences as CSV" convert samples --unit sentence --format csv --jobs 2
compare "samples, lean, strict profile" convert samples --lean --profile strict --jobs 2
compare "samples, sentences as Parquet" convert samples --unit sentence --format parquet --jobs 2
compare "seeds, documents as Parquet" convert seeds --format parquet --jobs 2
compare "corpus-mixed.csv rows" convert samples/corpus-mixed.csv --text-field text
printf 'profile: strict\nrules: [-urls]\ngarbled_numbers: flag\n' >"$work/rules.yaml"
compare "samples with a YAML rules file" convert samples --rules-file "$work/rules.yaml" --jobs 2
# One process per sample for inspect (the real documents go through convert above: samples/ is read recursively).
for sample in samples/*; do
  [ -f "$sample" ] || continue
  case "$sample" in *.md) [ "$sample" = samples/README.md ] && continue ;; esac
  compare "inspect $sample" inspect "$sample"
done
compare "usage error" convert seeds --unit nonsense

echo "native-parity: $checks runs, JIT and native outputs identical"
