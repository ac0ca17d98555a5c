#!/usr/bin/env bash
# Runs every fuzz target of fuzz/TextPipe.Fuzz for SECONDS each with our mutation loop over the samples, seeds and test
# files, and prints one JSON line per target (executions, unique crashes, hangs). Findings (input + stack trace) go to
# FINDINGS. Exit code 1 when any target found something.
#   fuzz/run.sh SECONDS [FINDINGS] [RANDOM_SEED]
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:?seconds per target}
findings=${2:-fuzz/findings}
seed=${3:-12}
dotnet build fuzz/TextPipe.Fuzz -v q -nologo >/dev/null || { echo "fuzz: the harness did not build" >&2; exit 2; }
fuzzer=fuzz/TextPipe.Fuzz/bin/Debug/net10.0/textpipe-fuzz.dll
status=0
for target in $(dotnet "$fuzzer" list); do
  dotnet "$fuzzer" mutate "$target" "$seconds" "$findings" samples seeds tests/TextPipe.Tests --seed "$seed" --timeout-ms 30000 || status=1
  if [ -e "$findings/.inflight-$target" ]; then
    # The process died on this input (a stack overflow cannot be caught): keep it as a finding.
    mv "$findings/.inflight-$target" "$findings/$target-died-$(sha256sum "$findings/.inflight-$target" | cut -c1-16).bin"
    echo "fuzz: $target: the process died; input kept in $findings" >&2
    status=1
  fi
done
exit $status
