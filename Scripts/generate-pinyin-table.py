#!/usr/bin/env python3
"""Generates Sources/GazetteImport/HanReadingData.swift from Unicode's Unihan database.

Reads Debian's `unicode-data` package (/usr/share/unicode/Unihan_*.txt.bz2) and writes:

- the Mandarin readings of every ideograph (kMandarin, kHanyuPinyin, kXHC1983, kTGHZ2013,
  kHanyuPinlu), grouped by syllable: one line per toned syllable, then every character read so.
  `gazette import` removes a parenthesised pinyin annotation only when it is one of these
  readings of the character before it (`現(xiàn)`).
- the common ideographs (kHanyuPinlu, kFrequency, kGradeLevel, kJoyoKanji, kTGHZ2013 level 1,
  kKoreanEducationHanja): what real text in each CJK encoding is mostly made of, used to tell
  which legacy encoding decodes a page into sensible text.
- the ideographs only Traditional text uses (they have a kSimplifiedVariant other than
  themselves and are no one's simplified form) and those only Simplified text uses: used to tell
  zh-Hant from zh-Hans and to notice a paragraph in the other script.

Usage: Scripts/generate-pinyin-table.py [UNICODE_DIR] [OUTPUT]

Only the Basic Multilingual Plane is kept (about 30,000 ideographs with readings): the damage
this cleans comes from Simplified/Traditional converters, which work on BMP characters, and an
annotation after a supplementary ideograph is simply kept. That keeps the file under 200 KB.

The output is committed; a build needs nothing but the Swift file. Characters are written as
themselves inside string literals (grouped, no separators), which keeps the file small and
lets the Swift compiler read it quickly.
"""

import bz2
import os
import re
import sys

UNICODE_DIR = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
OUTPUT = (
    sys.argv[2]
    if len(sys.argv) > 2
    else os.path.join(
        os.path.dirname(os.path.abspath(__file__)),
        "..",
        "Sources",
        "GazetteImport",
        "HanReadingData.swift",
    )
)


def records(name):
    """Yields (code point, field, value) of one Unihan file."""
    with bz2.open(os.path.join(UNICODE_DIR, f"Unihan_{name}.txt.bz2"), "rt", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("U+"):
                continue
            code, field, value = line.rstrip("\n").split("\t", 2)
            yield int(code[2:], 16), field, value


def syllables_of(field, value):
    """The toned pinyin syllables a Unihan reading field lists."""
    if field == "kMandarin":
        return value.split()
    if field == "kHanyuPinyin":
        # "10019.020:tiàn,tián 10020.030:tiǎn"
        return [s for entry in value.split() for s in entry.split(":", 1)[1].split(",")]
    if field == "kXHC1983":
        # "0001.010:ā 0001.020:á"; a trailing '*' marks a reading given in a note.
        return [entry.split(":", 1)[1].rstrip("*") for entry in value.split()]
    if field == "kTGHZ2013":
        # "482.140:zhōng"
        return [entry.split(":", 1)[1] for entry in value.split()]
    if field == "kHanyuPinlu":
        # "xiàn(3900)"
        return [re.sub(r"\(\d+\)", "", entry) for entry in value.split()]
    return []


def main():
    readings = {}
    common = set()
    for code, field, value in records("Readings"):
        for syllable in syllables_of(field, value):
            syllable = syllable.strip().lower()
            if syllable and code <= 0xFFFF:
                readings.setdefault(syllable, set()).add(code)
        if field == "kHanyuPinlu":
            common.add(code)
        if field == "kTGHZ2013":
            common.add(code)
    for code, field, value in records("DictionaryLikeData"):
        if field in ("kFrequency", "kGradeLevel"):
            common.add(code)
    for code, field, value in records("OtherMappings"):
        if field in ("kJoyoKanji", "kKoreanEducationHanja", "kJinmeiyoKanji"):
            common.add(code)

    simplified_of = {}
    traditional_of = {}
    for code, field, value in records("Variants"):
        targets = {int(v.split("<")[0][2:], 16) for v in value.split()}
        if field == "kSimplifiedVariant":
            simplified_of[code] = targets
        elif field == "kTraditionalVariant":
            traditional_of[code] = targets
    traditional_only = set()
    simplified_only = set()
    for code, targets in simplified_of.items():
        if targets - {code} and code not in targets and not any(
            code in simplified_of.get(t, ()) for t in traditional_of.get(code, ())
        ):
            traditional_only.add(code)
    for code, targets in traditional_of.items():
        if targets - {code} and code not in targets:
            simplified_only.add(code)
    # A character both lists claim (variant chains) tells nothing.
    both = traditional_only & simplified_only
    traditional_only -= both
    simplified_only -= both

    def text(codes):
        return "".join(chr(c) for c in sorted(codes) if c <= 0xFFFF)

    def literal(body, width=96):
        lines = [body[i : i + width] for i in range(0, len(body), width)]
        return '"""\n' + "\n".join("    " + l for l in lines) + '\n    """'

    reading_lines = "\n".join(
        f"    {syllable} {text(codes)}" for syllable, codes in sorted(readings.items())
    )
    source = f"""// Generated by Scripts/generate-pinyin-table.py from Unicode's Unihan database (Debian
// `unicode-data`, /usr/share/unicode/Unihan_*.txt.bz2). Do not edit; run the script again instead.
// swift-format-ignore-file

/// Unihan data `gazette import` cleans and recognises text with (see `HanReadings`).
enum HanReadingData {{
  /// One line per toned pinyin syllable: the syllable, a space, every character read so.
  static let readings = \"\"\"
{reading_lines}
    \"\"\"

  /// Common ideographs of Chinese, Japanese and Korean text (line breaks carry no meaning).
  static let common = {literal(text(common))}

  /// Ideographs only Traditional Chinese uses (line breaks carry no meaning).
  static let traditionalOnly = {literal(text(traditional_only))}

  /// Ideographs only Simplified Chinese uses (line breaks carry no meaning).
  static let simplifiedOnly = {literal(text(simplified_only))}
}}
"""
    with open(OUTPUT, "w", encoding="utf-8") as f:
        f.write(source)
    print(
        f"{OUTPUT}: {len(readings)} syllables, {sum(len(c) for c in readings.values())} readings, "
        f"{len(common)} common, {len(traditional_only)} traditional-only, "
        f"{len(simplified_only)} simplified-only, {os.path.getsize(OUTPUT)} bytes"
    )


main()
