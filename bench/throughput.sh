#!/usr/bin/env bash
# End-to-end throughput of `textpipe convert` on a generated JSONL corpus, beside `cat` and `gzip -6` on the
# same file in the same run, so the figures are ratios that survive a busy or slower machine.
#
#   bench/throughput.sh [--mb 64] [--seed 1] [--jobs "1 2"] [--textpipe CMD]
#
# Builds nothing: CMD defaults to the Release build (dotnet build src/TextPipe.Cli -c Release). The corpus is
# written once by `textpipe-bench gencorpus` (Release build of bench/TextPipe.Bench) to /tmp and reused.
# Printed per command: wall seconds, MB/s, ratio to gzip -6, CPU seconds, peak RSS (GNU time -v).
set -euo pipefail
cd "$(dirname "$0")/.."

mb=64
seed=1
jobs="1 2"
textpipe="dotnet src/TextPipe.Cli/bin/Release/net10.0/textpipe.dll"
while [ $# -gt 0 ]; do
  case "$1" in
    --mb) mb=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --textpipe) textpipe=$2; shift 2 ;;
    *) echo "usage: bench/throughput.sh [--mb 64] [--seed 1] [--jobs \"1 2\"] [--textpipe CMD]" >&2; exit 2 ;;
  esac
done
if [ ! -x /usr/bin/time ]; then
  echo "GNU time is needed for peak RSS: apt-get install -y time" >&2
  exit 2
fi

corpus=/tmp/textpipe-corpus-${mb}mb-seed${seed}.jsonl
if [ ! -s "$corpus" ]; then
  dotnet bench/TextPipe.Bench/bin/Release/net10.0/textpipe-bench.dll gencorpus "$corpus" --mb "$mb" --seed "$seed"
fi
bytes=$(stat -c %s "$corpus")
documents=$(wc -l < "$corpus")
cat "$corpus" > /dev/null  # warm the page cache so the first timed command does not pay for the disk

log=$(mktemp)
trap 'rm -f "$log"' EXIT
measure() {  # NAME COMMAND...: prints "NAME wall cpu rss_kb"
  local name=$1; shift
  /usr/bin/time -v -o "$log" "$@" > /dev/null
  local wall cpu rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$log")
  cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  echo "$name $wall $cpu $rss"
}

results=()
results+=("$(measure cat cat "$corpus")")
results+=("$(measure gzip-6 sh -c "gzip -6 -c '$corpus' > /dev/null")")
for j in $jobs; do
  # shellcheck disable=SC2086
  results+=("$(measure "convert--jobs-$j" $textpipe convert "$corpus" --text-field text --jobs "$j" -o /dev/null)")
done

echo "corpus: $corpus, $bytes bytes, $documents documents; nproc $(nproc); load $(cut -d' ' -f1-3 /proc/loadavg)"
gzip_wall=$(echo "${results[1]}" | cut -d' ' -f2)
printf '%-18s %8s %9s %9s %10s %8s %9s\n' command wall_s MB/s docs/s x_gzip-6 cpu_s rss_MB
for r in "${results[@]}"; do
  read -r name wall cpu rss <<< "$r"
  awk -v n="$name" -v w="$wall" -v c="$cpu" -v r="$rss" -v b="$bytes" -v d="$documents" -v g="$gzip_wall" \
    'BEGIN {w = (w > 0 ? w : 0.01); printf "%-18s %8.2f %9.1f %9.0f %10.2f %8.2f %9.0f\n", n, w, b / 1048576 / w, d / w, g / w, c, r / 1024}'
done
