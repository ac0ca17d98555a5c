"""Removes the space (U+0020) from every ToUnicode map of a PDF, as producers that leave the space glyph unmapped
do, and writes the file again with a fresh cross-reference table. Usage: python3 drop-space-mapping.py IN OUT
(python3 stdlib; handles the bfrange-with-array maps pdfkit writes and plain bfchar entries)."""
import re
import sys
import zlib


def drop_space(cmap: bytes) -> bytes:
    def split_range(m):
        start, values = int(m.group(1), 16), m.group(3).split()
        out = []
        run = []
        for i, v in enumerate(values + [b'<0020>']):
            if v == b'<0020>':
                if run:
                    first = start + i - len(run)
                    out.append(b'<%04x> <%04x> [%s]' % (first, first + len(run) - 1, b' '.join(run)))
                run = []
            else:
                run.append(v)
        return b'\n'.join(out)
    cmap = re.sub(rb'<([0-9a-fA-F]+)> <([0-9a-fA-F]+)> \[(.*?)\]', split_range, cmap, flags=re.S)
    cmap = re.sub(rb'<[0-9a-fA-F]+> <0020>\n?', b'', cmap)
    count = len(re.findall(rb'<[0-9a-fA-F]+> <[0-9a-fA-F]+> \[', cmap))
    return re.sub(rb'\d+ beginbfrange', b'%d beginbfrange' % count, cmap)


def main(source: str, target: str) -> None:
    data = open(source, 'rb').read()
    parts = re.split(rb'(?m)^(\d+ 0 obj\n)', data)
    out = parts[0]
    for head, body in zip(parts[1::2], parts[2::2]):
        m = re.search(rb'>>\nstream\n(.*?)\nendstream', body, re.S)
        if m:
            raw = m.group(1)
            flate = b'/FlateDecode' in body[:m.start()]
            text = zlib.decompress(raw) if flate else raw
            if b'beginbfrange' in text or b'beginbfchar' in text:
                text = drop_space(text)
                raw = zlib.compress(text) if flate else text
                body = body[:m.start(1)] + raw + body[m.end(1):]
                body = re.sub(rb'/Length \d+', b'/Length %d' % len(raw), body, count=1)
        out += head + body
    out = out[:out.rfind(b'xref\n')]
    offsets = {int(m.group(1)): m.start() for m in re.finditer(rb'(?m)^(\d+) 0 obj', out)}
    size = max(offsets) + 1
    xref = b'xref\n0 %d\n0000000000 65535 f \n' % size + b''.join(b'%010d 00000 n \n' % offsets[i] for i in range(1, size))
    trailer = re.search(rb'trailer\n<<(.*?)>>\n', data, re.S).group(1)
    trailer = re.sub(rb'/Size \d+', b'/Size %d' % size, trailer)
    open(target, 'wb').write(out + xref + b'trailer\n<<' + trailer + b'>>\nstartxref\n%d\n%%%%EOF\n' % len(out))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
