#!/usr/bin/env python3
"""Writes data/langid-sole-words.txt: the stop words of the supported languages whose script other languages
also write (hi: Devanagari, also Marathi, Nepali, Sanskrit; bn: Bengali, also Assamese), from npm
`stopwords-iso` 1.1.0 (MIT). The detector checks what share of a text's words are among them: Hindi text has
many, Marathi text few. One `lang<TAB>word` line per word, sorted; deterministic.
Hebrew (also Yiddish's script) is left out: its prefixes (ו, ה, ב, ל) glue onto words, so few words of running
Hebrew are bare stop words, and the check sent one Hebrew sentence in ten of the langid benchmark to `und` to
catch one Yiddish declaration.

Usage: python3 data/scripts/build-sole-script-words.py [stopwords-iso-1.1.0.tgz]   (runs `npm pack` without it)
"""
import json
import os
import subprocess
import sys
import tarfile
import tempfile

LANGS = ["hi", "bn"]
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "langid-sole-words.txt")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        tgz = sys.argv[1] if len(sys.argv) > 1 else None
        if tgz is None:
            subprocess.run(["npm", "pack", "stopwords-iso@1.1.0", "--silent"], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
            tgz = os.path.join(tmp, "stopwords-iso-1.1.0.tgz")
        with tarfile.open(tgz) as archive:
            stopwords = json.load(archive.extractfile("package/stopwords-iso.json"))
    lines = sorted({f"{lang}\t{word.lower()}" for lang in LANGS for entry in stopwords[lang] for word in entry.split()})
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(lines) + "\n")
    print(f"{len(lines)} words -> {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
