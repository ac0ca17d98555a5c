#!/usr/bin/env bash
# Measures the CLI on generated hostile inputs for docs/reliability.md's "Hostile-input table": for each case the
# exit code, the first error line, wall time and peak RSS (/usr/bin/time -v). Inputs are generated into a temporary
# folder and deleted at the end; nothing is committed.
#   fuzz/hostile-table.sh [TEXTPIPE]      (default: the Release build, src/TextPipe.Cli/bin/Release/net10.0/textpipe)
set -uo pipefail
cd "$(dirname "$0")/.."
tp=${1:-src/TextPipe.Cli/bin/Release/net10.0/textpipe}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import gzip, os, sys
w = sys.argv[1]
def write(name, data, mode="wb"):
    with open(os.path.join(w, name), mode) as f:
        f.write(data)
write("good.txt", "A good document before and after the bad one.\n".encode())
# 1 base letter + 500k combining marks alternating classes 230/220: canonical reordering makes NFC quadratic.
write("zalgo500k.txt", ("a" + "\u0301\u0316" * 250_000 + "\n").encode())
write("div100k.html", ("<html><body>" + "<div>" * 100_000 + "deep" + "</div>" * 100_000 + "</body></html>").encode())
with gzip.open(os.path.join(w, "zeros1g.txt.gz"), "wb", compresslevel=1) as f:
    chunk = b"a" * (1 << 20)
    for _ in range(1024):
        f.write(chunk)
write("paras12.txt", "\n\n".join(f"Paragraph {i}." for i in range(12)).encode())
write("paras5m.txt", ("a\n\n" * 5_000_000).encode())
with open(os.path.join(w, "rows200k.jsonl"), "w") as f:
    for i in range(200_000):
        f.write('{"text":"Row %d: the ferry leaves the harbour at dawn, and the crew checks the ropes twice."}\n' % i)
PY

row() { # name, description, command...
  local name=$1 desc=$2; shift 2
  local out="$work/$name.out" err="$work/$name.err" tv="$work/$name.time"
  /usr/bin/time -v -o "$tv" "$@" >"$out" 2>"$err"
  local rc=$?
  local wall rss first
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$tv")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$tv")
  first=$(grep -v "^textpipe: [0-9,]* of" "$err" | grep -v '^Command' | head -1 | sed "s|$work/||g" | cut -c1-150)
  printf '| %s | %s | exit %s; %s records; %s | %s | %s MB |\n' "$name" "$desc" "$rc" "$(wc -l <"$out")" "${first:-no error line}" "$wall" "$rss"
}

echo "| case | input | behaviour | wall | peak RSS |"
echo "|---|---|---|---|---|"
row zalgo "1 letter + 500k combining marks between two good files, --timeout-per-doc 10" "$tp" convert "$work/good.txt" "$work/zalgo500k.txt" "$work/good.txt" --timeout-per-doc 10
row html-div-100k "100k nested <div> between two good files, --timeout-per-doc 10" "$tp" convert "$work/good.txt" "$work/div100k.html" "$work/good.txt" --timeout-per-doc 10
row gzip-1g "1 GiB of 'a' gzipped (1 MB), default limits" "$tp" convert "$work/good.txt" "$work/zeros1g.txt.gz"
row gzip-1g-64m "same, --max-input-bytes 64M" "$tp" convert "$work/good.txt" "$work/zeros1g.txt.gz" --max-input-bytes 64M
row max-blocks "12 paragraphs, --max-blocks 10" "$tp" convert "$work/paras12.txt" --max-blocks 10
row paras-5m "5M one-letter paragraphs (15 MB), --max-blocks 1000000" "$tp" convert "$work/paras5m.txt" --max-blocks 1000000
row dev-full "-o /dev/full" "$tp" convert "$work/rows200k.jsonl" -o /dev/full

# A closed stdout: time until textpipe ends after head has read one line.
start=$(date +%s.%N)
/usr/bin/time -v -o "$work/head.time" "$tp" convert "$work/rows200k.jsonl" 2>"$work/head.err" | head -1 >/dev/null
rc=${PIPESTATUS[0]}
end=$(date +%s.%N)
printf '| closed-stdout | 200k-row JSONL piped into head -1 | exit %s; stderr: %s | %.1f s | %s MB |\n' "$rc" "$(head -c 100 "$work/head.err" | tr '\n' ' ')" \
  "$(echo "$end - $start" | bc)" "$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/head.time")"

# A kill during -o: what is left in the output folder. (SIGTERM: a non-interactive shell starts background jobs with
# SIGINT ignored; SIGINT runs the same clean-up, see OutputIntegrityTests.)
mkdir -p "$work/o" && echo previous >"$work/o/out.jsonl"
"$tp" convert "$work/rows200k.jsonl" --jobs 1 -o "$work/o/out.jsonl" 2>/dev/null &
pid=$!
sleep 3
kill -TERM $pid
wait $pid
rc=$?
printf '| sigterm | SIGTERM after 3 s of a 200k-row run with -o | exit %s; out.jsonl: "%s"; other files: %s | - | - |\n' "$rc" "$(head -c 20 "$work/o/out.jsonl")" "$(ls -A "$work/o" | grep -vc '^out.jsonl$')"
