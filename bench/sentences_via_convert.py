#!/usr/bin/env python3
"""Sentence benchmark through the whole pipeline: every case of ../shared/benchmarks/sentences/golden_rules.jsonl
goes through `textpipe convert` as a row of one JSON Lines dataset (no language given: the pipeline detects it,
cleans the text, then splits), and the sentences of the record are written as predictions for its score.py.

usage: python3 bench/sentences_via_convert.py TEXTPIPE_DLL GOLDEN.jsonl OUT.jsonl [convert options...]
then:  python3 ../shared/benchmarks/sentences/score.py GOLDEN.jsonl OUT.jsonl
"""
import json
import subprocess
import sys
import tempfile


def main() -> None:
    dll, golden, out, extra = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    cases = [json.loads(line) for line in open(golden, encoding="utf-8") if line.strip()]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as rows:
        for case in cases:
            rows.write(json.dumps({"id": case["id"], "text": case["text"]}, ensure_ascii=False) + "\n")
    run = subprocess.run(["dotnet", dll, "convert", rows.name, "--allow-empty", *extra], capture_output=True, text=True)
    records = [json.loads(line) for line in run.stdout.splitlines()]
    if len(records) != len(cases):
        sys.exit(f"{len(records)} records for {len(cases)} cases: {run.stderr[:500]}")
    with open(out, "w", encoding="utf-8") as f:
        for case, record in zip(cases, records):
            sentences = [s["text"] for p in record.get("paragraphs", []) for s in p.get("sentences", [])]
            f.write(json.dumps({"id": case["id"], "sentences": sentences}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
