#!/usr/bin/env bash
# Peak memory and time of `textpipe convert` on inputs shaped to stress the number of blocks (issue 11.4, 11.5).
#
#   bench/memory-cases.sh [-s SCALE] [-l GIB] TEXTPIPE_COMMAND [CASE...]
#   bench/memory-cases.sh src/TextPipe.Cli/bin/Release/net10.0/textpipe
#   bench/memory-cases.sh -s 0.1 src/TextPipe.Cli/bin/Release/net10.0/textpipe lines paras
#
# The inputs are generated into a temporary directory (never committed) by python3, deterministically:
#   lines    10M short lines of text (about 60 MB), one document
#   paras    5M one-letter paragraphs (about 15 MB), one document
#   gz       400 MiB of ordinary lines, gzip-compressed, one document
#   html     an HTML page of 500k paragraphs (about 12 MB)
#   docx     a DOCX whose document.xml holds 1.1M tiny paragraphs (about 120 KB compressed)
#   blocksN  one text document of N blocks (N = 1, 10, 100000, 1000000), for the linearity table
#   jsonlM   M MB of JSONL rows (M = 8, 16, 32, 64), for the linearity table
# SCALE multiplies every size (default 1). Each run gets a managed-heap ceiling of GIB GiB (default 4, as the
# machine the issue was measured on killed runs at 4 GB): a run over it fails and is reported as such.
# Printed per case: input bytes, exit code, wall seconds, CPU seconds (user + system: on a shared machine the
# steadier measure of work), peak RSS in MB (from /usr/bin/time -v), and the peak RSS budget of the target
# (3x the input + 150 MB), and the yardstick: CPU seconds of `gzip -6` over the same (decompressed) input.
set -euo pipefail
cd "$(dirname "$0")/.."

scale=1
limit_gib=4
while getopts "s:l:" opt; do
  case $opt in
    s) scale=$OPTARG ;;
    l) limit_gib=$OPTARG ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if [ $# -eq 0 ]; then
  echo "usage: bench/memory-cases.sh [-s SCALE] [-l GIB] TEXTPIPE_COMMAND [CASE...]" >&2
  exit 2
fi
textpipe=$1
shift
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(lines paras gz html docx)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

generate() { # case -> path of the generated input
  local name=$1
  python3 - "$name" "$scale" "$work" <<'PY'
import gzip, io, os, random, sys, zipfile
name, scale, work = sys.argv[1], float(sys.argv[2]), sys.argv[3]
rng = random.Random(11)
words = ("the harbour ferry left at dawn with crates of apples and letters for the island "
         "le bateau quitte le port avant midi avec des lettres pour le village "
         "river stone window garden market evening").split()
def line(n):
    return " ".join(rng.choice(words) for _ in range(n))
def n(count):
    return max(1, int(count * scale))
def write_text(path, chunks):
    with open(path, "w", encoding="utf-8") as f:
        for c in chunks:
            f.write(c)
    return path
if name == "lines":
    # 10M short lines, single newlines: the plain-text reader joins them into one paragraph of 10M lines.
    path = write_text(os.path.join(work, "lines.txt"), (line(1) + "\n" for _ in range(n(10_000_000))))
elif name == "paras":
    path = write_text(os.path.join(work, "paras.txt"), ("ab"[i % 2] + "\n\n" for i in range(n(5_000_000))))
elif name == "gz":
    path = os.path.join(work, "lines.txt.gz")
    target = n(400 * 1024 * 1024)
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as f:
        written = 0
        while written < target:
            s = line(rng.randint(6, 14)).capitalize() + ".\n"
            f.write(s)
            written += len(s)
elif name == "html":
    path = os.path.join(work, "page.html")
    with open(path, "w", encoding="utf-8") as f:
        f.write("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Many paragraphs</title></head><body><main>\n")
        for _ in range(n(500_000)):
            f.write("<p>" + line(2) + "</p>\n")
        f.write("</main></body></html>\n")
elif name == "docx":
    path = os.path.join(work, "tiny.docx")
    body = io.StringIO()
    for i in range(n(1_100_000)):
        body.write("<w:p><w:r><w:t>" + "ab"[i % 2] + "</w:t></w:r></w:p>")
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body.getvalue() + '</w:body></w:document>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '</Types>')
        z.writestr("_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
        z.writestr("word/document.xml", xml)
elif name.startswith("blocks"):
    count = int(name[len("blocks"):])
    path = write_text(os.path.join(work, name + ".txt"),
                      (line(rng.randint(6, 14)).capitalize() + ".\n\n" for _ in range(max(1, int(count * scale)))))
elif name.startswith("jsonl"):
    import json
    target = int(int(name[len("jsonl"):]) * 1024 * 1024 * scale)
    path = os.path.join(work, name + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        written = 0
        while written < target:
            paras = ["%s." % line(rng.randint(6, 14)).capitalize() for _ in range(rng.randint(2, 6))]
            s = json.dumps({"text": "\n\n".join(paras)}, ensure_ascii=False) + "\n"
            f.write(s)
            written += len(s.encode("utf-8"))
else:
    sys.exit("unknown case " + name)
print(path)
PY
}

limit_hex=$(printf '0x%x' $((limit_gib * 1024 * 1024 * 1024)))
printf '%-12s %12s %4s %9s %9s %10s %10s %9s\n' case input_bytes rc wall_s cpu_s peak_rss_mb budget_mb gzip6_cpu_s
for name in "${cases[@]}"; do
  input=$(generate "$name")
  bytes=$(stat -c %s "$input")
  # The size a document reaches in memory is the decompressed one: the budget counts that.
  doc_bytes=$bytes
  case $input in *.gz) doc_bytes=$(gzip -dc "$input" | wc -c) ;; esac
  # The bench measures what a document costs, so the per-document time budget (60 s by default) is off.
  extra=(--timeout-per-doc 0)
  case $name in jsonl*) extra+=(--text-field text) ;; esac
  set +e
  DOTNET_GCHeapHardLimit=$limit_hex /usr/bin/time -v -o "$work/time.txt" \
    $textpipe convert "$input" "${extra[@]}" -o "$work/out.jsonl" >/dev/null 2>"$work/err.txt"
  rc=$?
  set -e
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$work/time.txt")
  cpu=$(awk -F': ' '/(User|System) time \(seconds\)/ {s += $2} END {print s}' "$work/time.txt")
  rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  case $input in
    *.gz) gzip -dc "$input" > "$work/plain" ;;
    *) ln -sf "$input" "$work/plain" ;;
  esac
  /usr/bin/time -f '%U %S' -o "$work/gzip.txt" gzip -6 -c "$work/plain" > /dev/null
  gzip_cpu=$(awk '{print $1 + $2}' "$work/gzip.txt")
  rm -f "$work/plain"
  printf '%-12s %12d %4d %9.1f %9.1f %10d %10d %9.2f\n' "$name" "$bytes" "$rc" "$wall" "$cpu" $((rss_kb / 1024)) $((3 * doc_bytes / 1048576 + 150)) "$gzip_cpu"
  if [ "$rc" -ne 0 ]; then sed -n '1,2p' "$work/err.txt" | cut -c1-200 >&2; fi
  rm -f "$input" "$work/out.jsonl"
done
