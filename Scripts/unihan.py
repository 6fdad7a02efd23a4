"""Reading Unihan's `.txt.bz2` files (Debian's `unicode-data`), shared by the generators."""

import bz2
import os


def path(unicode_dir, name):
    """The path of `Unihan_<name>.txt.bz2` in `unicode_dir`."""
    return os.path.join(unicode_dir, f"Unihan_{name}.txt.bz2")


def records(unicode_dir, name):
    """Yields (code point, field, value) for every entry of `Unihan_<name>.txt.bz2`."""
    with bz2.open(path(unicode_dir, name), "rt", encoding="utf-8") as data:
        for line in data:
            if not line.startswith("U+"):
                continue
            code, field, value = line.rstrip("\n").split("\t", 2)
            yield int(code[2:], 16), field, value


def version(unicode_dir, name):
    """The Unicode version the file's header names, or None."""
    with bz2.open(path(unicode_dir, name), "rt", encoding="utf-8") as data:
        for line in data:
            if not line.startswith("#"):
                return None
            if "Unicode version" in line:
                return line.split(":", 1)[1].strip()
    return None
