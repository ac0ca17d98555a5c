#!/usr/bin/env python3
"""Held-out text for calibrating the language detector's `und` decision and confidence: the translated
messages of the gettext catalogs (.mo) Debian installs under /usr/share/locale (coreutils, tar, apt, glib...).

Usage: python3 bench/calibration/extract-mo-heldout.py OUT.tsv
Writes `split<TAB>label<TAB>text` lines: label is a supported language code (en from the catalogs' English
msgids) or `x-LOCALE` for a language outside the detector's 31; split is `fit` or `test` (by a hash of the
text, so the same string always falls on the same side). Nothing here was used to build the model, and the
file is not committed (it is whatever the machine has installed; the constants fitted on it are in the code).
Messages are cleaned of printf/brace placeholders, options (--foo), keyboard mnemonics (_File, &File) and
markup; messages left with fewer than 2 words, or equal to their English source, are skipped.
"""
import gettext
import glob
import hashlib
import os
import re
import sys

SUPPORTED = {
    "fr": "fr", "de": "de", "es": "es", "pt": "pt", "pt_BR": "pt", "it": "it", "nl": "nl", "ru": "ru", "uk": "uk",
    "ar": "ar", "fa": "fa", "vi": "vi", "id": "id", "ms": "ms", "tr": "tr", "pl": "pl", "cs": "cs", "sv": "sv",
    "da": "da", "nb": "nb", "fi": "fi", "ro": "ro", "hu": "hu", "hi": "hi", "bn": "bn", "el": "el", "he": "he",
    "th": "th", "ko": "ko", "ja": "ja", "zh_CN": "zh", "zh_TW": "zh",
    # Nynorsk is counted as Norwegian (`no` includes nb and nn), as in the UDHR test (data/scripts/extract-udhr.py).
    "nn": "nb",
}
UNSUPPORTED = ("lt lv ca gl eu et sk sl hr bs af is cy ga eo sq az be bg mk sr kk ky ur ug ps ast oc br "
               "tl fo mt ku tk uz sr@latin ta te ka hy am km si my ml kn gu pa ne mr yi as mai").split()
PER_LANGUAGE = 1500
PLACEHOLDER = re.compile(r"%(\d+\$)?[-+ #0']*(\*|\d+)?(\.(\*|\d+))?(hh|h|ll|l|L|q|j|z|t|I64|I)?[diouxXeEfFgGaAcspnmS%]|\{[^{}]*\}|\$\{?\w+\}?|<[^>]+>|--?[\w-]+|\\[ntr]")


def clean(text):
    text = PLACEHOLDER.sub(" ", text)
    text = text.replace("_", "").replace("&", "")
    return " ".join(text.split())


def messages(locale):
    seen = set()
    for path in sorted(glob.glob(f"/usr/share/locale/{locale}/LC_MESSAGES/*.mo")):
        try:
            with open(path, "rb") as f:
                catalog = gettext.GNUTranslations(f)._catalog
        except Exception:
            continue
        for key, value in sorted(catalog.items(), key=lambda kv: str(kv[0])):
            source = key[0] if isinstance(key, tuple) else key
            if not source or not isinstance(value, str):
                continue
            yield clean(source), clean(value), seen


def keep(text):
    return len(re.findall(r"\w{2,}", text)) >= 2 and len(text) <= 400


def split_of(text):
    return "fit" if hashlib.sha1(text.encode()).digest()[0] % 2 == 0 else "test"


def sample(texts):
    texts = sorted(set(texts), key=lambda t: hashlib.sha1(t.encode()).hexdigest())
    return texts[:PER_LANGUAGE]


def main():
    out = []
    english = []
    for locale, label in SUPPORTED.items():
        texts = []
        for source, target, _ in messages(locale):
            if keep(target) and target != source:
                texts.append(target)
            if locale == "fr" and keep(source):
                english.append(source)
        out += [(label, t) for t in sample(texts)]
    out += [("en", t) for t in sample(english)]
    for locale in dict.fromkeys(UNSUPPORTED):
        texts = [target for source, target, _ in messages(locale) if keep(target) and target != source]
        out += [("x-" + locale, t) for t in sample(texts)]
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        for label, text in out:
            f.write(f"{split_of(text)}\t{label}\t{text}\n")
    print(f"{len(out)} messages -> {sys.argv[1]}")


if __name__ == "__main__":
    main()
