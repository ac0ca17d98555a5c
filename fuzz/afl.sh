#!/usr/bin/env bash
# Coverage-guided fuzzing with afl++ and SharpFuzz (issue 12.6): TextPipe.Core.dll is instrumented in a copy of the
# harness's build, so the ordinary builds are never touched, and afl-fuzz runs `textpipe-fuzz afl TARGET` for SECONDS
# on each target named. Seeds are the target's small files from samples/, seeds/ and the tests (up to 64 KB each, as
# afl works best on small inputs); gzip and zstd seeds are the text seeds compressed. One line per target: executions,
# paths found, crashes and hangs (afl's own fuzzer_stats). Crashing or hanging inputs stay in OUT/TARGET/default/.
#   fuzz/afl.sh SECONDS OUT TARGET...
# Needs: apt-get install afl++; dotnet tool install -g SharpFuzz.CommandLine (the `sharpfuzz` tool).
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:?seconds per target}
out=${2:?output folder}
shift 2
[ $# -gt 0 ] || { echo "usage: fuzz/afl.sh SECONDS OUT TARGET..." >&2; exit 2; }
command -v afl-fuzz >/dev/null || { echo "fuzz/afl.sh: afl-fuzz not found (apt-get install afl++)" >&2; exit 2; }
sharpfuzz=$(command -v sharpfuzz || echo "$HOME/.dotnet/tools/sharpfuzz")
[ -x "$sharpfuzz" ] || { echo "fuzz/afl.sh: sharpfuzz not found (dotnet tool install -g SharpFuzz.CommandLine)" >&2; exit 2; }

build=$out/build
mkdir -p "$out"
if [ ! -e "$build/.instrumented" ]; then
  dotnet build fuzz/TextPipe.Fuzz -c Release -o "$build" -v q -nologo >/dev/null || { echo "fuzz/afl.sh: the harness did not build" >&2; exit 2; }
  "$sharpfuzz" "$build/TextPipe.Core.dll" || exit 2
  touch "$build/.instrumented"
fi

extensions() {
  case $1 in
    text|gzip|zstd) echo txt ;;
    markdown) echo md ;;
    html) echo "html htm" ;;
    cleanup) echo "txt md" ;;
    *) echo "$1" ;;
  esac
}

status=0
for target in "$@"; do
  seeds=$out/$target-seeds
  rm -rf "$seeds" && mkdir -p "$seeds"
  for ext in $(extensions "$target"); do
    find samples seeds tests/TextPipe.Tests -type f -name "*.$ext" -size -64k -not -path '*/bin/*' -not -path '*/obj/*' |
      sort | head -40 | while read -r f; do
        name=$(echo "$f" | tr '/' '_')
        case $target in
          gzip) gzip -6 -c "$f" > "$seeds/$name.gz" ;;
          zstd) zstd -q -c "$f" > "$seeds/$name.zst" ;;
          *) cp "$f" "$seeds/$name" ;;
        esac
      done
  done
  [ -n "$(ls -A "$seeds")" ] || { echo "fuzz/afl.sh: no seeds for $target" >&2; status=2; continue; }
  # dotnet is not an afl-instrumented binary (the instrumentation is in the .NET code): the checks on it are skipped.
  AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1 \
    afl-fuzz -V "$seconds" -i "$seeds" -o "$out/$target" -t 10000 -m none -- dotnet "$build/textpipe-fuzz.dll" afl "$target" \
    > "$out/$target.log" 2>&1
  stats=$out/$target/default/fuzzer_stats
  if [ ! -e "$stats" ]; then
    echo "fuzz/afl.sh: $target: afl-fuzz did not start; see $out/$target.log" >&2
    status=2
    continue
  fi
  value() { awk -F' *: *' -v k="$1" '$1 == k {print $2}' "$stats"; }
  crashes=$(value saved_crashes)
  hangs=$(value saved_hangs)
  printf '{"target": "%s", "seconds": %s, "executions": %s, "paths": %s, "coverage": "%s", "crashes": %s, "hangs": %s}\n' \
    "$target" "$(value run_time)" "$(value execs_done)" "$(value corpus_count)" "$(value bitmap_cvg)" "$crashes" "$hangs"
  [ "${crashes:-0}" -eq 0 ] && [ "${hangs:-0}" -eq 0 ] || status=1
done
exit $status
