#!/usr/bin/env bash
# Start-up time of one-file runs, measured side by side with `textpipe --version`.
#
#   bench/startup.sh [-n RUNS] NAME=COMMAND [NAME=COMMAND...]
#   bench/startup.sh -n 15 jit=src/TextPipe.Cli/bin/Release/net10.0/textpipe native=native/textpipe
#
# For every build named, three commands run one process each: `--version`, `convert samples/note-en.txt`
# (a 93-byte text) and `inspect samples/harbour-news.html` (an 8 KB page). The runs are interleaved (round
# after round, every command once per round), so a machine busy with other work slows all of them alike.
# Printed per command: median wall time, median CPU time (user + system), and the ratio of its median wall
# time to the same build's `--version`.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=10
if [ "${1:-}" = "-n" ]; then
  runs=$2
  shift 2
fi
if [ $# -eq 0 ]; then
  echo "usage: bench/startup.sh [-n RUNS] NAME=COMMAND [NAME=COMMAND...]" >&2
  exit 2
fi

TIMEFORMAT='%3R %3U %3S'
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cases=("--version" "convert samples/note-en.txt" "inspect samples/harbour-news.html")

for build in "$@"; do
  name=${build%%=*}
  command=${build#*=}
  # One untimed run of each, so the first round does not pay for a cold disk cache.
  for c in "${cases[@]}"; do $command $c >/dev/null 2>&1 || true; done
done

for ((round = 1; round <= runs; round++)); do
  for build in "$@"; do
    name=${build%%=*}
    command=${build#*=}
    for i in "${!cases[@]}"; do
      # Wall, user and system seconds to the millisecond; the command's own output is thrown away.
      { time $command ${cases[$i]} >/dev/null 2>&1; } 2>"$work/t" || true
      awk '{ printf "%.4f %.4f\n", $1, $2 + $3 }' "$work/t" >>"$work/$name.$i"
    done
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf '%-8s %-36s %10s %10s %12s\n' build command "wall ms" "cpu ms" "x --version"
for build in "$@"; do
  name=${build%%=*}
  base=$(cut -d' ' -f1 "$work/$name.0" | median)
  for i in "${!cases[@]}"; do
    wall=$(cut -d' ' -f1 "$work/$name.$i" | median)
    cpu=$(cut -d' ' -f2 "$work/$name.$i" | median)
    awk -v n="$name" -v c="${cases[$i]}" -v w="$wall" -v u="$cpu" -v b="$base" \
      'BEGIN { printf "%-8s %-36s %10.0f %10.0f %12.2f\n", n, c, w * 1000, u * 1000, w / b }'
  done
done
echo "($runs interleaved runs per command; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg))"
