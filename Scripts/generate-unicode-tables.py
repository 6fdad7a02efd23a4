#!/usr/bin/env python3
"""Generates Sources/GazetteText/UnicodePropertyData.swift from the Unicode 15.0 data files.

Reads Debian's `unicode-data` package (/usr/share/unicode/) and writes one combined property
table: for every scalar, its terminal width (as glibc 2.36 `wcwidth` computes it), whether glibc
considers it printable, its line-break class (UAX #14, LB1 resolved), its East Asian width class
(F/W/H or not), its grapheme-cluster-break property (UAX #29), Extended_Pictographic, and what
the sanitiser does with it.

Usage: Scripts/generate-unicode-tables.py [UNICODE_DIR] [OUTPUT]

The output is committed; a build needs nothing but the Swift file. The layout is a three-level
lookup (block of 256 scalars -> block contents -> property record), stored as base64 text so the
Swift compiler never sees a large array literal. The bit layout must match ScalarProperties.swift
and the class numbering must match LineBreakClass.swift and GraphemeBreakProperty.swift.
"""

import base64
import os
import sys

UNICODE_DIR = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
OUTPUT = (
    sys.argv[2]
    if len(sys.argv) > 2
    else os.path.join(
        os.path.dirname(os.path.abspath(__file__)),
        "..",
        "Sources",
        "GazetteText",
        "UnicodePropertyData.swift",
    )
)

# glibc 2.36 (Debian 12) builds its C.UTF-8/`wcwidth` tables from Unicode 14.0.0: a scalar assigned
# later is unknown to it and `wcwidth` returns -1. The table mirrors that, so the sanitiser replaces
# such scalars instead of handing ncurses a character it would not place.
GLIBC_UNICODE_AGE = (14, 0)

MAX_SCALAR = 0x110000

# Order = raw values of LineBreakClass (LineBreakClass.swift). QU is split by general category
# (Pi / Pf / other) for the CJK quote tailoring; AI, SG, XX, SA and CJ are resolved by LB1.
LINE_BREAK_CLASSES = [
    "AL", "BA", "B2", "BB", "BK", "CB", "CL", "CM", "CP", "CR", "EB", "EM", "EX", "GL", "H2",
    "H3", "HL", "HY", "ID", "IN", "IS", "JL", "JT", "JV", "LF", "NL", "NS", "NU", "OP", "PO",
    "PR", "QU", "QU_PI", "QU_PF", "RI", "SP", "SY", "WJ", "ZW", "ZWJ",
]

# Order = raw values of GraphemeBreakProperty (GraphemeBreakProperty.swift).
GRAPHEME_BREAK_PROPERTIES = [
    "Other", "CR", "LF", "Control", "Extend", "ZWJ", "Regional_Indicator", "Prepend",
    "SpacingMark", "L", "V", "T", "LV", "LVT",
]

# Sanitiser actions = raw values of ScalarProperties.SanitizeAction.
KEEP, DROP, BIDI, LINE_SEPARATOR, JOINER, EMOJI_VARIATION = range(6)

# Bit layout of a property record (ScalarProperties.swift).
WIDTH_SHIFT = 0  # 2 bits: columns (for a non-printable scalar: columns of its substitute)
NON_PRINTABLE_BIT = 1 << 2  # glibc wcwidth reports -1
LINE_BREAK_SHIFT = 3  # 6 bits
EAST_ASIAN_BIT = 1 << 9  # East_Asian_Width F, W or H
GRAPHEME_SHIFT = 10  # 4 bits
PICTOGRAPHIC_BIT = 1 << 14  # Extended_Pictographic
UNASSIGNED_PICTOGRAPHIC_BIT = 1 << 15  # Extended_Pictographic and unassigned (LB30b)
SANITIZE_SHIFT = 16  # 3 bits
EMOJI_MODIFIER_BIT = 1 << 19  # Emoji_Modifier (skin tones)
DASH_BIT = 1 << 20  # em dash, horizontal bar, two- and three-em dash: kept in pairs (CJK)

BIDI_CONTROLS = {0x061C, 0x200E, 0x200F} | set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))
LINE_SEPARATORS = {0x2028, 0x2029}
CJK_DASHES = {0x2014, 0x2015, 0x2E3A, 0x2E3B}
# Tags extend an emoji into a subdivision flag; as the cluster's tail they take no cell.
TAG_RANGE = range(0xE0020, 0xE0080)


def read_ranges(path):
    """Yields (first, last, value) for every data line of a UCD-style file."""
    with open(path, encoding="utf-8") as file:
        for line in file:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            fields = [field.strip() for field in line.split(";")]
            if ".." in fields[0]:
                first, last = (int(part, 16) for part in fields[0].split(".."))
            else:
                first = last = int(fields[0], 16)
            yield first, last, fields[1]


def read_unicode_data():
    """General category and bidi class of every assigned scalar (ranges expanded)."""
    attributes = {}
    range_start = None
    with open(os.path.join(UNICODE_DIR, "UnicodeData.txt"), encoding="utf-8") as file:
        for line in file:
            fields = line.rstrip("\n").split(";")
            scalar = int(fields[0], 16)
            name, category, bidi = fields[1], fields[2], fields[4]
            if name.endswith(", First>"):
                range_start = scalar
                continue
            if name.endswith(", Last>"):
                for value in range(range_start, scalar + 1):
                    attributes[value] = (category, bidi)
                continue
            attributes[scalar] = (category, bidi)
    return attributes


def read_property(path, default, wanted=None):
    values = [default] * MAX_SCALAR
    for first, last, value in read_ranges(path):
        if wanted is not None and value != wanted:
            continue
        for scalar in range(first, last + 1):
            values[scalar] = value if wanted is None else True
    return values


def main():
    attributes = read_unicode_data()
    ages = [None] * MAX_SCALAR
    for first, last, value in read_ranges(os.path.join(UNICODE_DIR, "DerivedAge.txt")):
        age = tuple(int(part) for part in value.split("."))
        for scalar in range(first, last + 1):
            ages[scalar] = age
    east_asian = read_property(os.path.join(UNICODE_DIR, "EastAsianWidth.txt"), "N")
    line_break = read_property(os.path.join(UNICODE_DIR, "LineBreak.txt"), "XX")
    grapheme = read_property(
        os.path.join(UNICODE_DIR, "auxiliary", "GraphemeBreakProperty.txt"), "Other"
    )
    emoji_data = os.path.join(UNICODE_DIR, "emoji", "emoji-data.txt")
    pictographic = read_property(emoji_data, False, "Extended_Pictographic")
    emoji_modifier = read_property(emoji_data, False, "Emoji_Modifier")
    concatenation_mark = read_property(
        os.path.join(UNICODE_DIR, "PropList.txt"), False, "Prepended_Concatenation_Mark"
    )

    def glibc_width(scalar):
        """glibc 2.36 `wcwidth` (localedata/unicode-gen/utf8_gen.py rules on Unicode 14)."""
        if scalar not in attributes or ages[scalar] is None or ages[scalar] > GLIBC_UNICODE_AGE:
            return -1
        category, bidi = attributes[scalar]
        if category in ("Cc", "Zl", "Zp", "Cs"):
            return 0 if scalar == 0 else -1
        width = 2 if east_asian[scalar] in ("W", "F") else 1
        if category in ("Mn", "Me", "Cf") or bidi == "NSM":
            width = 0
        if concatenation_mark[scalar] or scalar == 0x00AD:
            width = 1
        if 0x1160 <= scalar <= 0x11FF or 0xD7B0 <= scalar <= 0xD7FF:
            width = 0
        if 0x3248 <= scalar <= 0x324F or 0x4DC0 <= scalar <= 0x4DFF:
            width = 2
        return width

    def line_break_class(scalar):
        """Line_Break with LB1 applied; QU split into Pi, Pf and the rest."""
        value = line_break[scalar]
        category = attributes.get(scalar, ("Cn", ""))[0]
        if value in ("AI", "SG", "XX"):
            value = "AL"
        elif value == "SA":
            value = "CM" if category in ("Mn", "Mc") else "AL"
        elif value == "CJ":
            value = "NS"
        elif value == "QU":
            value = {"Pi": "QU_PI", "Pf": "QU_PF"}.get(category, "QU")
        return LINE_BREAK_CLASSES.index(value)

    def sanitize_action(scalar, width):
        if scalar in BIDI_CONTROLS:
            return BIDI
        if scalar in LINE_SEPARATORS:
            return LINE_SEPARATOR
        if scalar == 0x200D:
            return JOINER
        if scalar == 0xFE0F:
            return EMOJI_VARIATION
        category = attributes.get(scalar, ("Cn", ""))[0]
        if scalar == 0x00AD:
            return DROP
        if category == "Cf" and width == 0 and scalar not in TAG_RANGE:
            return DROP
        return KEEP

    records = []
    record_index = {}
    scalar_records = []
    for scalar in range(MAX_SCALAR):
        width = glibc_width(scalar)
        record = 0
        if width < 0:
            record |= NON_PRINTABLE_BIT
            # The substitute keeps the cell count the scalar's own East Asian width implies.
            width = 2 if east_asian[scalar] in ("W", "F") else 1
        record |= width << WIDTH_SHIFT
        record |= line_break_class(scalar) << LINE_BREAK_SHIFT
        if east_asian[scalar] in ("F", "W", "H"):
            record |= EAST_ASIAN_BIT
        record |= GRAPHEME_BREAK_PROPERTIES.index(grapheme[scalar]) << GRAPHEME_SHIFT
        if pictographic[scalar]:
            record |= PICTOGRAPHIC_BIT
            if scalar not in attributes:
                record |= UNASSIGNED_PICTOGRAPHIC_BIT
        record |= sanitize_action(scalar, glibc_width(scalar)) << SANITIZE_SHIFT
        if emoji_modifier[scalar]:
            record |= EMOJI_MODIFIER_BIT
        if scalar in CJK_DASHES:
            record |= DASH_BIT
        if record not in record_index:
            record_index[record] = len(records)
            records.append(record)
        scalar_records.append(record_index[record])
    if len(records) > 256:
        sys.exit(f"{len(records)} distinct records do not fit the one-byte block format")

    blocks = []
    block_index = {}
    block_of_scalar_block = []
    for start in range(0, MAX_SCALAR, 256):
        block = bytes(scalar_records[start : start + 256])
        if block not in block_index:
            block_index[block] = len(blocks)
            blocks.append(block)
        block_of_scalar_block.append(block_index[block])
    if len(blocks) > 256:
        sys.exit(f"{len(blocks)} distinct blocks do not fit the one-byte index")

    record_bytes = b"".join(record.to_bytes(4, "little") for record in records)
    write_swift(
        record_bytes, bytes(block_of_scalar_block), b"".join(blocks), len(records), len(blocks)
    )


def swift_base64_literal(data):
    text = base64.b64encode(data).decode("ascii")
    lines = [text[i : i + 92] for i in range(0, len(text), 92)]
    return '"""\n' + "\n".join("    " + line for line in lines) + '\n    """'


def write_swift(record_bytes, block_index_bytes, block_bytes, record_count, block_count):
    source = f"""// Generated by Scripts/generate-unicode-tables.py from the Unicode 15.0.0 data files
// (Debian `unicode-data`, /usr/share/unicode). Do not edit; run the script again instead.
// {record_count} distinct property records, {block_count} distinct blocks of 256 scalars.

/// The packed Unicode property table that `PropertyTable` decodes once at first use.
///
/// Three levels: `blockIndex` maps a scalar's high bits (scalar >> 8) to a block, a block maps
/// the low 8 bits to a record number, and `records` holds the little-endian `UInt32` property
/// records whose bits `ScalarProperties` reads. Stored as base64 so the compiler never
/// type-checks a large array literal.
enum UnicodePropertyData {{
  /// Version of the Unicode data the table was generated from.
  static let unicodeVersion = "15.0.0"
  /// Version of the Unicode data glibc 2.36's `wcwidth` knows; later scalars are non-printable.
  static let glibcUnicodeVersion = "{GLIBC_UNICODE_AGE[0]}.{GLIBC_UNICODE_AGE[1]}.0"
  /// Number of property records.
  static let recordCount = {record_count}
  /// Number of distinct blocks.
  static let blockCount = {block_count}
  /// `UInt32` property records, little-endian, base64.
  static let records = {swift_base64_literal(record_bytes)}
  /// One block number per 256 scalars (0x1100 entries), base64.
  static let blockIndex = {swift_base64_literal(block_index_bytes)}
  /// 256 record numbers per block, base64.
  static let blocks = {swift_base64_literal(block_bytes)}
}}
"""
    with open(OUTPUT, "w", encoding="utf-8") as file:
        file.write(source)
    print(f"wrote {OUTPUT}: {record_count} records, {block_count} blocks")


if __name__ == "__main__":
    main()
