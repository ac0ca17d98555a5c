#!/usr/bin/env bash
# Measures the CLI on generated hostile inputs for docs/reliability.md's "Hostile-input table": for each case the
# exit code, the records written, the first error line, wall time and peak RSS (/usr/bin/time -v). Every case but the
# special ones runs as `textpipe convert good.txt CASE`, so "records" shows the batch going on past the bad input.
# Inputs are generated into a temporary folder (about 1.5 GB while it runs) and deleted at the end; nothing is committed.
#   fuzz/hostile-table.sh [TEXTPIPE] [CASE-PATTERN]
#   (default: the Release build, src/TextPipe.Cli/bin/Release/net10.0/textpipe; CASE-PATTERN a grep -E pattern of case names)
set -uo pipefail
cd "$(dirname "$0")/.."
tp=${1:-src/TextPipe.Cli/bin/Release/net10.0/textpipe}
only=${2:-.}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import gzip, io, os, subprocess, sys, zipfile, zlib
w = sys.argv[1]
def path(name):
    return os.path.join(w, name)
def write(name, data):
    with open(path(name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())
def zst(name, data):
    subprocess.run(["zstd", "-q", "-f", "-o", path(name)], input=data, check=True)

write("good.txt", "A good document before the bad one.\n")

# --- compression bombs
with gzip.open(path("a1g.txt.gz"), "wb", compresslevel=9) as f:
    chunk = b"a" * (1 << 20)
    for _ in range(1024):
        f.write(chunk)
# 600 MB of sentences, gzip -6 (21 MB): within the ratio limit, over --max-input-bytes once inflated
with gzip.open(path("rows600m.txt.gz"), "wb", compresslevel=6) as f:
    block = b"".join(b"Row %d: the ferry leaves the harbour at dawn, and the crew checks the ropes twice.\n" % i for i in range(100_000))
    for _ in range((600 << 20) // len(block) + 1):
        f.write(block)
subprocess.run(f"head -c 1073741824 /dev/zero | tr '\\0' a | zstd -q -o {path('a1g.txt.zst')}", shell=True, check=True)
def docx(name, body, prolog="", level=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path(name), "w", level, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", '<?xml version="1.0" encoding="UTF-8"?>' + prolog + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>' + body + '</w:body></w:document>')
# document.xml of 200 MB of one repeated paragraph: a zip bomb (ratio far over 200)
docx("zipbomb.docx", "<w:p><w:r><w:t>bomb</w:t></w:r></w:p>" * 5_500_000)

# --- giant lines and cells
# random letters, so that gzip and zstd shrink them only ~1.3x: the line limit is met while streaming, not the ratio limit
import base64, random
rng = random.Random(12)
giant = base64.b64encode(rng.randbytes(3 * (50 << 20) // 4)).replace(b"+", b"a").replace(b"/", b"b")
write("line50m.txt", giant)
with gzip.open(path("line50m.txt.gz"), "wb", compresslevel=6) as f:
    f.write(giant)
zst("line50m.txt.zst", giant)
cell = b'id,text\n1,"' + giant + b'"\n2,after\n'
write("cell50m.csv", cell)
with gzip.open(path("cell50m.csv.gz"), "wb", compresslevel=6) as f:
    f.write(cell)
zst("cell50m.csv.zst", cell)
write("row50m.jsonl", b'{"text":"' + giant + b'"}\n{"text":"after"}\n')

# --- deep nesting
write("div100k.html", "<html><body><p>Before.</p>" + "<div>" * 100_000 + "deep" + "</div>" * 100_000 + "</body></html>")
write("bq100k.html", "<html><body><p>Before.</p>" + "<blockquote>" * 100_000 + "deep" + "</blockquote>" * 100_000 + "</body></html>")
write("ul50k.html", "<html><body><p>Before.</p>" + "<ul><li>level " * 50_000 + "deep" + "</li></ul>" * 50_000 + "</body></html>")
docx("wr100k.docx", "<w:p>" + "<w:r>" * 100_000 + "<w:t>deep</w:t>" + "</w:r>" * 100_000 + "</w:p>")
docx("sdt100k.docx", "<w:sdt><w:sdtContent>" * 100_000 + "<w:p><w:r><w:t>deep</w:t></w:r></w:p>" + "</w:sdtContent></w:sdt>" * 100_000)
docx("sdt100k-cell.docx", "<w:tbl><w:tr><w:tc>" + "<w:sdt><w:sdtContent>" * 100_000 + "<w:p><w:r><w:t>deep</w:t></w:r></w:p>" + "</w:sdtContent></w:sdt>" * 100_000 + "</w:tc></w:tr></w:tbl>")
docx("hyperlink100k.docx", "<w:p>" + '<w:hyperlink w:anchor="a">' * 100_000 + "<w:r><w:t>deep</w:t></w:r>" + "</w:hyperlink>" * 100_000 + "</w:p>")
docx("sdt40.docx", "<w:sdt><w:sdtContent>" * 40 + "<w:p><w:r><w:t>forty controls deep</w:t></w:r></w:p>" + "</w:sdtContent></w:sdt>" * 40 + "<w:p><w:smartTag><w:r><w:t>smart tag text</w:t></w:r></w:smartTag></w:p>")
write("json100k.jsonl", '{"text":"ok","deep":' + "[" * 100_000 + "]" * 100_000 + "}\n" + '{"text":"after"}\n')
def pdf(objects):
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objects):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
text = b"BT /F1 12 Tf 72 720 Td (Harbour opens at six) Tj ET\n"
font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
def catalog(extra=b""):
    return b"<< /Type /Catalog /Pages 2 0 R " + extra + b" >>"
plain = pdf([catalog(), b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page, b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream", font])
write("catalog300.pdf", pdf([catalog(b"/Junk " + b"[" * 300 + b"(deep)" + b"]" * 300), b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page, b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream", font]))
write("catalog100k.pdf", pdf([catalog(b"/Junk " + b"[" * 100_000 + b"]" * 100_000), b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page, b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream", font]))

# --- XML entities in DOCX (billion laughs)
lol = '<!DOCTYPE w:document [<!ENTITY l0 "lol">' + "".join(f'<!ENTITY l{i} "' + f"&l{i-1};" * 10 + '">' for i in range(1, 10)) + "]>"
docx("entities.docx", "<w:p><w:r><w:t>&l9;</w:t></w:r></w:p>", prolog=lol)

# --- broken and odd PDFs
write("truncated.pdf", plain[: len(plain) // 2])
write("nopages.pdf", pdf([catalog(), b"<< /Type /Pages /Kids [] /Count 0 >>"]))
inflating = zlib.compressobj(9)
body = inflating.compress(text)
chunk = b" " * (1 << 20)
for _ in range(1024):
    body += inflating.compress(chunk)
body += inflating.flush()
write("inflate1g.pdf", pdf([catalog(), b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page, b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream", font]))
write("notpdf.pdf", b"%PDF-1.7\n" + os.urandom(4096))
# no xref table, and a cross-reference stream whose field width wraps round to a negative 32-bit number (an afl finding:
# PdfPig stackallocs that size, a stack overflow that ended the process)
xo = [catalog(), b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
      b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
      b"<< /Type /XRef /Size 6 /Root 1 0 R /W [1 7777777777777777772 2] /Length 4 >>\nstream\n\x01\x00\x00\x00\nendstream"]
write("xrefwidth.pdf", b"%PDF-1.5\n" + b"".join(b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n" for i, o in enumerate(xo)) + b"startxref\n999999\n%%EOF\n")

# --- invalid encodings, control and combining characters
write("invalid-utf8.txt", b"Valid start, then \xff\xfe\xc3\x28 broken \xe2\x82 bytes, then valid again.\n" * 1000)
write("random.bin.txt", os.urandom(1 << 20))
write("utf16-odd.txt", b"\xff\xfe" + "UTF-16 with an odd byte".encode("utf-16-le") + b"\x00")
write("controls.txt", "".join(chr(c) for c in list(range(1, 9)) + list(range(11, 32)) + [0x7f] + list(range(0x80, 0xa0))) * 10000 + " and text.\n")
write("zalgo500k.txt", "a" + "\u0301\u0316" * 250_000 + "\n")

# --- HTML
write("frameset.html", '<html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>')
write("amp50m.html", "<html><body><p>" + "&amp;" * 10_000_000 + "</p></body></html>")
write("script50m.html", "<html><body><p>Some text.</p><script>" + "var a=1;" * 6_250_000 + "</script></body></html>")
write("attrs1m.html", "<html><body><p " + " ".join("a%d=\"x\"" % i for i in range(1_000_000)) + ">Text</p></body></html>")

# --- the memory helper's cases (per-block memory in the pipeline)
write("paras5m.txt", "a\n\n" * 5_000_000)
write("paras500k.html", "<html><body>" + "<p>Paragraph text.</p>" * 500_000 + "</body></html>")
docx("paras1m.docx", "".join(f"<w:p><w:r><w:t>p{i}</w:t></w:r></w:p>" for i in range(1_100_000)))
write("lines10m.txt", "line\n" * 10_000_000)

# --- limits and output
write("paras12.txt", "\n\n".join(f"Paragraph {i}." for i in range(12)))
with open(path("rows200k.jsonl"), "w") as f:
    for i in range(200_000):
        f.write('{"text":"Row %d: the ferry leaves the harbour at dawn, and the crew checks the ropes twice."}\n' % i)
PY

mkfifo "$work/fifo.txt"
mkdir -p "$work/loop/sub" && ln -s .. "$work/loop/sub/up" && echo "Text inside the looping folder." >"$work/loop/sub/in.txt"

row() { # name, description, command...
  local name=$1 desc=$2; shift 2
  echo "$name" | grep -qE "$only" || return 0
  local out="$work/$name.out" err="$work/$name.err" tv="$work/$name.time"
  /usr/bin/time -v -o "$tv" "$@" >"$out" 2>"$err"
  local rc=$?
  local wall rss first
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$tv")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$tv")
  first=$(grep -v "^textpipe: [0-9,]* of" "$err" | grep -v '^Command' | head -1 | sed "s|$work/||g" | cut -c1-170 | sed 's/|/\\|/g')
  printf '| %s | %s | exit %s; %s records; %s | %s | %s MB |\n' "$name" "$desc" "$rc" "$(wc -l <"$out")" "${first:-no error line}" "$wall" "$rss"
  rm -f "$out"
}
g="$work/good.txt"

echo "| case | input | behaviour | wall | peak RSS |"
echo "|---|---|---|---|---|"
row gzip-1g "1 GiB of 'a', gzip -9 (1 MB), default limits" "$tp" convert "$g" "$work/a1g.txt.gz"
row gzip-1g-64m "same, --max-input-bytes 64M" "$tp" convert "$g" "$work/a1g.txt.gz" --max-input-bytes 64M
row gzip-600m "600 MB of sentences, gzip -6 (21 MB, ratio ~30), default limits" "$tp" convert "$g" "$work/rows600m.txt.gz"
row zstd-1g "1 GiB of 'a', zstd -19 (33 KB)" "$tp" convert "$g" "$work/a1g.txt.zst"
row docx-zipbomb "DOCX whose document.xml inflates to 209 MB (ratio ~1000)" "$tp" convert "$g" "$work/zipbomb.docx"
row line-50m "one 50 MB line (random letters), no newline" "$tp" convert "$g" "$work/line50m.txt"
row line-50m-gz "same, .gz" "$tp" convert "$g" "$work/line50m.txt.gz"
row line-50m-zst "same, .zst" "$tp" convert "$g" "$work/line50m.txt.zst"
row csv-cell-50m "CSV with one 50 MB cell, then a good row" "$tp" convert "$g" "$work/cell50m.csv"
row csv-cell-50m-gz "same, .csv.gz" "$tp" convert "$g" "$work/cell50m.csv.gz"
row csv-cell-50m-zst "same, .csv.zst" "$tp" convert "$g" "$work/cell50m.csv.zst"
row jsonl-row-50m "JSONL with one 50 MB row, then a good row" "$tp" convert "$g" "$work/row50m.jsonl"
row html-div-100k "100k nested <div>" "$tp" convert "$g" "$work/div100k.html"
row html-blockquote-100k "100k nested <blockquote>" "$tp" convert "$g" "$work/bq100k.html"
row html-lists-50k "50k nested <ul><li>" "$tp" convert "$g" "$work/ul50k.html"
row docx-wr-100k "DOCX, 100k nested <w:r>" "$tp" convert "$g" "$work/wr100k.docx"
row docx-sdt-100k "DOCX, 100k nested content controls (w:sdt) in the body" "$tp" convert "$g" "$work/sdt100k.docx"
row docx-sdt-100k-cell "same, in a table cell" "$tp" convert "$g" "$work/sdt100k-cell.docx"
row docx-hyperlink-100k "DOCX, a run in 100k nested hyperlinks" "$tp" convert "$g" "$work/hyperlink100k.docx"
row docx-sdt-40-smarttag "DOCX, text in 40 nested content controls and in a w:smartTag" "$tp" convert "$g" "$work/sdt40.docx"
row json-100k "JSONL row with 100k nested arrays, then a good row" "$tp" convert "$g" "$work/json100k.jsonl"
row pdf-catalog-300 "PDF, catalog entry: array nested 300 deep" "$tp" convert "$g" "$work/catalog300.pdf"
row pdf-catalog-100k "PDF, catalog entry: array nested 100k deep" "$tp" convert "$g" "$work/catalog100k.pdf"
row docx-entities "DOCX, billion-laughs entities (DTD) in document.xml" "$tp" convert "$g" "$work/entities.docx"
row pdf-truncated "PDF cut in half" "$tp" convert "$g" "$work/truncated.pdf"
row pdf-no-pages "PDF with an empty page tree" "$tp" convert "$g" "$work/nopages.pdf"
row pdf-inflate-1g "PDF (1 MB) whose content stream inflates to 1 GiB" "$tp" convert "$g" "$work/inflate1g.pdf"
row pdf-garbage "%PDF- header, then 4 KB of random bytes" "$tp" convert "$g" "$work/notpdf.pdf"
row pdf-xref-width "PDF, cross-reference stream /W [1 7777777777777777772 2], no xref table" "$tp" convert "$g" "$work/xrefwidth.pdf"
row invalid-utf8 "text with invalid UTF-8 sequences on every line" "$tp" convert "$g" "$work/invalid-utf8.txt"
row random-bytes "1 MB of random bytes named .txt" "$tp" convert "$g" "$work/random.bin.txt"
row utf16-odd "UTF-16 BOM, odd number of bytes" "$tp" convert "$g" "$work/utf16-odd.txt"
row controls "every C0/C1 control character but NUL, 10k times, then text" "$tp" convert "$g" "$work/controls.txt"
row zalgo "1 letter + 500k combining marks" "$tp" convert "$g" "$work/zalgo500k.txt"
row dev-zero "/dev/zero, --max-input-bytes 64M" "$tp" convert "$g" /dev/zero --max-input-bytes 64M
row fifo "a FIFO with a writer (a sentence, then closed)" bash -c "(sleep 1; echo 'Text through a FIFO.' >$work/fifo.txt) & exec $tp convert $g $work/fifo.txt"
row symlink-loop "a folder with a symbolic link to its parent" "$tp" convert "$g" "$work/loop"
row html-frameset "HTML frameset page (no body)" "$tp" convert "$g" "$work/frameset.html"
row html-amp-50m "HTML, 10M '&amp;' (50 MB)" "$tp" convert "$g" "$work/amp50m.html"
row html-script-50m "HTML, a 50 MB inline script" "$tp" convert "$g" "$work/script50m.html"
row html-attrs-1m "HTML, an element with 1M attributes (12 MB)" "$tp" convert "$g" "$work/attrs1m.html"
row max-blocks "12 paragraphs, --max-blocks 10" "$tp" convert "$g" "$work/paras12.txt" --max-blocks 10
row dev-full "200k-row JSONL, -o /dev/full" "$tp" convert "$work/rows200k.jsonl" -o /dev/full
row mem-paras-5m "(memory helper) 5M one-letter paragraphs (15 MB), --max-blocks 1000000" "$tp" convert "$g" "$work/paras5m.txt" --max-blocks 1000000
row mem-html-500k "(memory helper) HTML, 500k paragraphs (11 MB)" "$tp" convert "$g" "$work/paras500k.html"
row mem-docx-1.1m "(memory helper) DOCX, 1.1M paragraphs" "$tp" convert "$g" "$work/paras1m.docx"
row mem-lines-10m "(memory helper) 10M short lines (50 MB), one paragraph" "$tp" convert "$g" "$work/lines10m.txt"

if echo closed-stdout | grep -qE "$only"; then
  # A closed stdout: time until textpipe ends after head has read one line.
  start=$(date +%s.%N)
  /usr/bin/time -v -o "$work/head.time" "$tp" convert "$work/rows200k.jsonl" 2>"$work/head.err" | head -1 >/dev/null
  rc=${PIPESTATUS[0]}
  end=$(date +%s.%N)
  printf '| closed-stdout | 200k-row JSONL piped into head -1 | exit %s; stderr: %s | %.1f s | %s MB |\n' "$rc" "$(head -c 100 "$work/head.err" | tr '\n' ' ')" \
    "$(echo "$end - $start" | bc)" "$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/head.time")"
fi

if echo sigterm | grep -qE "$only"; then
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
fi
