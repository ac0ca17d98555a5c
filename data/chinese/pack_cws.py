#!/usr/bin/env python3
"""Packs the Chinese word segmenter's data into one compact binary, cws.bin (python3 stdlib only).

Inputs (see data/README.md for sources and licences):
  words.tsv    word<TAB>frequency     ICTCLAS core dictionary, dumped from lucene-analyzers-smartcn
  bigrams.tsv  hex64<TAB>frequency    ICTCLAS word-bigram table, keyed by the 64-bit FNV-1a hash of
                                      "left@right" over UTF-16LE bytes (that is how SmartCn keys it)
  jieba/finalseg/prob_{start,trans,emit}.py   jieba's BMES character HMM (log probabilities)
  jieba/dict.txt   word frequency POS   jieba's dictionary; its person names (POS nr) give the
                                      character roles of Chinese names (surname, given-name character)

Output layout (little endian), after an 8-byte magic "TPCWS003" (uncompressed: zlib saved only a
quarter of the size and cost more load time than all the parsing together):
  int32 wordCount; then per word, sorted by UTF-16 code units: uint8 length, uint16 chars[length],
      int32 frequency
  int32 bigramCount; then the bigram keys folded to 32 bits ((h ^ h>>32) & 0xffffffff, 0 mapped to 1),
      sorted, as unsigned LEB128 deltas; then the frequencies in the same order as unsigned LEB128
  HMM, states in order B, M, E, S: float32 start[4]; float32 trans[4][4] (missing = -3.14e100);
      per state: int32 count, then count x (uint16 char, float32 logprob)
  name roles: int32 count, then count x (uint16 char, float32 surname, float32 given), sorted by char:
      log of how much likelier the character is as a surname (first of a 2- or 3-character nr word) or
      as a given-name character (the others) than in running text (all words, weighted by frequency);
      -100 where the character never plays that role
Folding the 64-bit keys to 32 bits halves the file; over 330k keys the chance that an unseen pair
collides with a stored one is below 1e-4 per lookup, which cannot move a segmentation measurably.
"""
import ast
import math
import struct
import sys

STATES = "BMES"
MISSING = -3.14e100


def leb128(value, out):
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return


def read_python_dict(path):
    """jieba's prob_*.py files are a single assignment 'P = {...}' of literals; parse without executing."""
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read(), path)
    for node in tree.body:
        if isinstance(node, ast.Assign) and node.targets[0].id == "P":
            return ast.literal_eval(node.value)
    raise ValueError(f"{path}: no P = {{...}} assignment")


def name_roles(dict_txt):
    """Per character: (surname log-odds, given-name log-odds) against its rate in running text."""
    surname, given, text = {}, {}, {}
    with open(dict_txt, encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if len(fields) < 3:
                continue
            word, freq, pos = fields[0], int(fields[1]), fields[2]
            for c in word:
                text[c] = text.get(c, 0) + freq
            if pos == "nr" and len(word) in (2, 3):
                surname[word[0]] = surname.get(word[0], 0) + 1
                for c in word[1:]:
                    given[c] = given.get(c, 0) + 1
    n_surname, n_given, n_text = sum(surname.values()), sum(given.values()), sum(text.values())

    def odds(counts, total, c):
        if c not in counts:
            return -100.0
        return math.log(counts[c] / total) - math.log((text.get(c, 0) + 1) / n_text)

    chars = sorted(c for c in set(surname) | set(given) if ord(c) <= 0xFFFF)
    return [(ord(c), odds(surname, n_surname, c), odds(given, n_given, c)) for c in chars]


def utf16_key(word):
    # Big-endian bytes sort like UTF-16 code units (little-endian would sort by the low byte first).
    return word.encode("utf-16-be")


def main(words_tsv, bigrams_tsv, finalseg_dir, jieba_dict, out_path):
    words = {}
    with open(words_tsv, encoding="utf-8") as f:
        for line in f:
            word, freq = line.rstrip("\n").split("\t")
            if not word or len(word.encode("utf-16-le")) // 2 > 255:
                continue
            words[word] = words.get(word, 0) + int(freq)
    payload = bytearray()
    ordered = sorted(words, key=utf16_key)
    payload += struct.pack("<i", len(ordered))
    for word in ordered:
        units = word.encode("utf-16-le")
        payload += struct.pack("<B", len(units) // 2) + units + struct.pack("<i", words[word])

    bigrams = {}
    with open(bigrams_tsv, encoding="utf-8") as f:
        for line in f:
            hex_hash, freq = line.rstrip("\n").split("\t")
            h = int(hex_hash, 16)
            key = (h ^ (h >> 32)) & 0xFFFFFFFF or 1
            bigrams[key] = bigrams.get(key, 0) + int(freq)
    keys = sorted(bigrams)
    payload += struct.pack("<i", len(keys))
    previous = 0
    for key in keys:
        leb128(key - previous, payload)
        previous = key
    for key in keys:
        leb128(bigrams[key], payload)

    start = read_python_dict(f"{finalseg_dir}/prob_start.py")
    trans = read_python_dict(f"{finalseg_dir}/prob_trans.py")
    emit = read_python_dict(f"{finalseg_dir}/prob_emit.py")
    payload += struct.pack("<4f", *[max(start.get(s, MISSING), -1e30) for s in STATES])
    for a in STATES:
        payload += struct.pack("<4f", *[max(trans.get(a, {}).get(b, MISSING), -1e30) for b in STATES])
    for s in STATES:
        pairs = [(ord(c), p) for c, p in emit[s].items() if len(c) == 1 and ord(c) <= 0xFFFF]
        pairs.sort()
        payload += struct.pack("<i", len(pairs))
        for code, p in pairs:
            payload += struct.pack("<Hf", code, p)

    roles = name_roles(jieba_dict)
    payload += struct.pack("<i", len(roles))
    for code, surname, given in roles:
        payload += struct.pack("<Hff", code, surname, given)

    with open(out_path, "wb") as f:
        f.write(b"TPCWS003")
        f.write(bytes(payload))
    print(f"{out_path}: {len(ordered)} words, {len(keys)} bigrams, "
          f"{sum(len(emit[s]) for s in STATES)} emissions, {len(roles)} name-role characters")


if __name__ == "__main__":
    main(*sys.argv[1:])
