#!/usr/bin/env python3
"""Writes data/langid-rivals.bin: the words of close relatives ("rivals") of supported languages that the detector
does not know, so that Galician, Catalan or Asturian is not taken for Spanish, Slovak, Croatian or Slovenian for
Czech, Bulgarian, Macedonian or Serbian for Russian, Azerbaijani for Turkish, Urdu for Persian, Yiddish for Hebrew...
Identifiers such as CLD and fastText know a language's neighbours; ours knows their words: a text whose words are
the rival's rather than the winner's is `und` (the best guess stays the supported language).

Sources (Debian and npm packages, see data/README.md):
  * Debian tesseract-ocr-{glg,cat,cos,afr,fry,slk,hrv,slv,bul,mkd,srp,aze,uzb,urd,yid} and of their neighbours
    {spa,por,ita,nld,ces,rus,tur,fas,heb} (Apache-2.0): the word list inside each `.traineddata` (`lstm-word-dawg`,
    read back with `combine_tessdata -u` and `dawg2wordlist`, as data/build-langid.py does), English words
    (Tesseract's own `eng` list) removed. Both lists of a pair are kept: web word lists hold each other's words as
    noise, and the detector counts a word for one side only when the other side's list lacks it (a word both write
    says nothing between them).
  * Debian apertium-spa-ast (GPL-2): the surface forms of its Asturian analyser (`ast-spa.automorf.bin`, printed by
    `lt-print` from lttoolbox-dev; see apertium_words), for Asturian, which has no Tesseract list.
  * npm stopwords-iso 1.1.0 (MIT): the stop words of the rivals it has (gl, ca, af, sk, hr, sl, bg, ur...), held exactly
    and whole. The detector compares stop words with stop words (a rival's stop word in the neighbour's web list, as
    Slovak "ako" in Czech's, is noise there): a rival's stop word that is not the neighbour's counts for the rival, one
    both have ("en" in Afrikaans and Dutch) for neither.

Format (little-endian), read by src/TextPipe/Language/LanguageModelReader.cs:
  "TPLR", int32 version (2), int32 rival count, per rival: byte-length-prefixed UTF-8 rival code, then the code of
  the supported language it is mistaken for, then a byte: the index of the rival's word list, and a byte: the index
  of its neighbour's (a neighbour's list is stored once however many rivals it has); then int32 n, n uint64 FNV-1a
  hashes of the rivals' stop words, n uint32 masks (bit r: rival r); then int32 log2 of the Bloom filter's bit
  count, int32 probes, the filter's bytes: each word of list i is set under key i (see bloom_bits).

Usage (as root on Debian it installs the packages): python3 data/scripts/build-rival-words.py
Deterministic (no sampling).
"""
import importlib.util
import json
import os
import struct
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "langid-rivals.bin"))

# rival code, the supported language it is mistaken for, the Tesseract lists of both.
# Asturian has no Tesseract list: its words are the surface forms of Apertium's Asturian analyser.
APERTIUM_ASTURIAN = "apertium:apertium-spa-ast/ast-spa.automorf.bin"

# The Croatian list stands for the whole Serbo-Croatian continuum in Latin letters (Bosnian, Serbian, Montenegrin
# write the same words); the Serbian list for its Cyrillic side.
RIVALS = [
    ("gl", "es", "glg", "spa"),
    ("gl", "pt", "glg", "por"),
    ("ca", "es", "cat", "spa"),
    ("ast", "es", APERTIUM_ASTURIAN, "spa"),
    ("co", "it", "cos", "ita"),
    ("af", "nl", "afr", "nld"),
    ("fy", "nl", "fry", "nld"),
    ("sk", "cs", "slk", "ces"),
    ("hr", "cs", "hrv", "ces"),
    ("sl", "cs", "slv", "ces"),
    ("bg", "ru", "bul", "rus"),
    ("mk", "ru", "mkd", "rus"),
    ("sr", "ru", "srp", "rus"),
    ("az", "tr", "aze", "tur"),
    ("uz", "tr", "uzb", "tur"),
    ("ur", "fa", "urd", "fas"),
    ("yi", "he", "yid", "heb"),
]
BLOOM_BITS_LOG2 = 25   # 4 MB: ~2.5 million (word, list) pairs at 5 probes, ~0.3 % false positives
BLOOM_PROBES = 5


def load_langid_builder():
    spec = importlib.util.spec_from_file_location("build_langid", os.path.join(HERE, "..", "build-langid.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def apertium_words(binary):
    """Every surface form of an lttoolbox analyser (Debian apertium-* packages), lower-cased, letters only.

    `lt-print` writes the transducer as AT&T text (one section per dictionary part, "--" between them); the input
    side of every path to a final state is a word form. Only arcs that read a letter (or nothing) are followed: the
    analyser loops over digits for numbers. Paths through enclitic pronouns joined to a verb (output "+" or "<enc>")
    are not followed either: they multiply the forms of every verb a hundredfold, and the verb itself is there.
    """
    printed = subprocess.run(["lt-print", os.path.join("/usr/share/apertium", binary)], check=True,
                             capture_output=True, text=True).stdout
    forms = set()
    for section in printed.split("\n--\n"):
        arcs, finals = {}, set()
        for line in section.splitlines():
            fields = line.split("\t")
            if len(fields) >= 4:
                if fields[3] in ("+", "<enc>"):
                    continue
                symbol = "" if fields[2] in ("ε", "@0@") else fields[2]
                # Only letters make words: the arcs of digits, punctuation and tags are not followed (numbers loop).
                if symbol == "" or (len(symbol) == 1 and (symbol.isalpha() or unicodedata.category(symbol).startswith("M"))):
                    arcs.setdefault(int(fields[0]), []).append((symbol, int(fields[1])))
            elif fields and fields[0]:
                finals.add(int(fields[0]))
        seen, stack = set(), [(0, "")]
        while stack:
            state, word = stack.pop()
            if (state, word) in seen:
                continue
            seen.add((state, word))
            if state in finals and word:
                forms.add(word)
            for symbol, target in arcs.get(state, ()):
                if len(word) + len(symbol) <= 30:
                    stack.append((target, word + symbol))
    return {unicodedata.normalize("NFC", f).lower() for f in forms}


HEBREW_LIGATURES = {"\u05F0": "\u05D5\u05D5", "\u05F1": "\u05D5\u05D9", "\u05F2": "\u05D9\u05D9"}


def fold_hebrew(word):
    """Hebrew-script words without their points (niqqud, cantillation) and with the Yiddish ligatures װ ױ ײ spelt as
    two letters (mirrored in HebrewFolding.cs). Pointed Hebrew (the Bible, poetry, children's books) is rare in web
    lists, while Yiddish spells its vowels with points (אַ אָ פֿ) and the ligatures are set either way: the unpointed,
    unligated form is what both sides share. Other scripts pass unchanged."""
    if not any("\u0590" <= c <= "\u05FF" for c in word):
        return word
    decomposed = unicodedata.normalize("NFD", word)
    kept = "".join(HEBREW_LIGATURES.get(c, c) for c in decomposed if not ("\u0591" <= c <= "\u05C7" and unicodedata.category(c) == "Mn"))
    return unicodedata.normalize("NFC", kept)


def word_list(langid, source):
    """A rival's or neighbour's words: a Tesseract language code, or "apertium:PACKAGE/ANALYSER.bin"."""
    if source.startswith("apertium:"):
        return apertium_words(source[len("apertium:"):])
    return {fold_hebrew(w) for w in langid.tesseract_words(source)}


def bloom_bits(word_hash, list_index):
    """Bit positions of a word in list `list_index` (mirrored in RivalWords.cs): the word hash keyed by the list, mixed, double hashing."""
    h = word_hash ^ (((list_index + 1) * 0x9E3779B97F4A7C15) & MASK64)
    h = (h * 0xBF58476D1CE4E5B9) & MASK64
    h ^= h >> 31
    h1, h2 = h & 0xFFFFFFFF, (h >> 32) | 1
    return [((h1 + i * h2) & 0xFFFFFFFF) & ((1 << BLOOM_BITS_LOG2) - 1) for i in range(BLOOM_PROBES)]


MASK64 = (1 << 64) - 1


def main():
    langid = load_langid_builder()
    if os.geteuid() == 0:
        packages = ["tesseract-ocr", "tesseract-ocr-eng", "lttoolbox-dev"] + sorted(
            {t.split(":")[1].split("/")[0] if t.startswith("apertium:") else "tesseract-ocr-" + t.replace("_", "-")
             for _, _, *lists in RIVALS for t in lists})
        subprocess.run(["apt-get", "install", "-y", "-q"] + packages, check=True, stdout=subprocess.DEVNULL,
                       env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", "stopwords-iso@1.1.0", "--silent"], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
        with tarfile.open(os.path.join(tmp, "stopwords-iso-1.1.0.tgz")) as archive:
            stopwords = json.load(archive.extractfile("package/stopwords-iso.json"))
    english = langid.tesseract_words("eng")
    frequent = {}
    bits = bytearray(1 << (BLOOM_BITS_LOG2 - 3))

    def add_list(words, list_index):
        for word in words:
            for bit in bloom_bits(langid.fnv1a64(word), list_index):
                bits[bit >> 3] |= 1 << (bit & 7)

    lists = sorted({t for _, _, *pair in RIVALS for t in pair})
    entries = 0
    for list_index, tess in enumerate(lists):
        words = word_list(langid, tess) - english
        add_list(sorted(words), list_index)
        entries += len(words)
        print(f"{tess}: {len(words)} words", file=sys.stderr)
    for index, (rival, target, _, _) in enumerate(RIVALS):
        for entry in stopwords.get(rival, []):
            for word in langid.words_of(entry):
                h = langid.fnv1a64(word)
                frequent[h] = frequent.get(h, 0) | (1 << index)
        print(f"{rival} -> {target}: {len(stopwords.get(rival, []))} stop words", file=sys.stderr)
    filled = sum(bin(b).count("1") for b in bits) / (len(bits) * 8)
    print(f"{entries} list entries; Bloom filter {filled:.1%} set, ~{filled ** BLOOM_PROBES:.2%} false positives", file=sys.stderr)
    items = sorted(frequent.items())
    with open(OUT, "wb") as out:
        out.write(b"TPLR" + struct.pack("<ii", 2, len(RIVALS)))
        for rival, target, tess, target_tess in RIVALS:
            for code in (rival, target):
                out.write(struct.pack("<B", len(code)) + code.encode())
            out.write(struct.pack("<BB", lists.index(tess), lists.index(target_tess)))
        out.write(struct.pack("<i", len(items)))
        out.write(b"".join(struct.pack("<Q", h) for h, _ in items))
        out.write(b"".join(struct.pack("<I", m) for _, m in items))
        out.write(struct.pack("<ii", BLOOM_BITS_LOG2, BLOOM_PROBES))
        out.write(bytes(bits))
    print(f"{len(RIVALS)} rivals, {len(items)} stop words -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
