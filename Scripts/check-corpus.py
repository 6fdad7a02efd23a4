#!/usr/bin/env python3
"""Check that a Gazette article directory is valid and describe what it holds.

    python3 Scripts/check-corpus.py DATA_DIR [--demo] [--quiet]

Every `.json` file under DATA_DIR is decoded (UTF-8, optional BOM) and checked against the
article format of docs/sample-data.md: one article object or a non-empty array of them, a
non-empty `title`, a `body` that is a string of blank-line separated paragraphs or an array of
paragraph strings, and correctly typed optional fields with dates in one of the accepted forms.
Strings must hold no control characters other than newline and tab in bodies, and ids (given or
derived from the path) must be unique.

`--demo` also checks the promises the shipped `data/` directory makes (article, source and
language counts, every date form, array files, a BOM file, a long body).

Exits 1 when any problem is found, after printing every problem and the summary.
"""

import argparse
import calendar
import collections
import json
import os
import re
import sys

LANGUAGES = {"zh-Hans", "zh-Hant", "ja", "ko", "en"}
OPTIONAL_FIELDS = ("id", "source", "published", "url", "category", "views", "language")
KNOWN_FIELDS = {"title", "body", *OPTIONAL_FIELDS}

# Each accepted date form, by the name the summary reports.
DATE_FORMS = {
    "iso-date": re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"),
    "iso-datetime": re.compile(
        r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$"
    ),
    "slash": re.compile(r"^(\d{4})/(\d{2})/(\d{2})$"),
    "dot": re.compile(r"^(\d{4})\.(\d{2})\.(\d{2})$"),
    "cjk": re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$"),
}

# C0 and C1 controls, DEL, and the bidi embedding/override/isolate controls; newline and tab
# are judged separately because bodies may hold them.
FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def date_form(value):
    """Returns the name of the form `value` is written in, or None when it is not a real date."""
    for name, pattern in DATE_FORMS.items():
        match = pattern.match(value)
        if not match:
            continue
        year, month, day = (int(group) for group in match.groups()[:3])
        if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]):
            return None
        if name == "iso-datetime":
            hour, minute = int(match.group(4)), int(match.group(5))
            second = int(match.group(6) or 0)
            if hour > 23 or minute > 59 or second > 59:
                return None
        return name
    return None


def paragraphs_of(body):
    """Returns the paragraphs of a body value, or None when the value is not a valid body."""
    if isinstance(body, str):
        paragraphs = [part.strip() for part in PARAGRAPH_BREAK.split(body)]
        return [part for part in paragraphs if part] or None
    if isinstance(body, list) and body and all(isinstance(part, str) for part in body):
        paragraphs = [part for part in body if part.strip()]
        return paragraphs or None
    return None


def reject_duplicate_keys(pairs):
    """Object hook for `json.loads`: a key given twice is an error, not a silent overwrite."""
    keys = [key for key, _ in pairs]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    if duplicates:
        raise ValueError("duplicate key(s) " + ", ".join(duplicates))
    return dict(pairs)


class Report:
    """Collects problems and figures while files are checked."""

    def __init__(self):
        self.problems = []
        self.files = 0
        self.bytes = 0
        self.articles = 0
        self.array_files = []
        self.bom_files = []
        self.languages = collections.Counter()
        self.sources = collections.Counter()
        self.date_forms = collections.Counter()
        self.fields_used = collections.Counter()
        self.body_kinds = collections.Counter()
        self.body_chars = []
        self.paragraph_counts = []
        self.undated = 0
        self.ids = {}

    def problem(self, where, message):
        self.problems.append(f"{where}: {message}")


def check_string(report, where, field, value, allow_layout=False):
    """Reports control characters; newline and tab are allowed only where `allow_layout` says."""
    text = value if not allow_layout else value.replace("\n", "").replace("\t", "")
    if not allow_layout and ("\n" in value or "\t" in value):
        report.problem(where, f"`{field}` holds a newline or tab")
    match = FORBIDDEN.search(text)
    if match:
        report.problem(where, f"`{field}` holds control character U+{ord(match.group()):04X}")


def check_article(report, where, article, default_id):
    """Checks one article object and adds it to the figures."""
    if not isinstance(article, dict):
        report.problem(where, "is not a JSON object")
        return
    report.articles += 1
    for key in article:
        if key not in KNOWN_FIELDS:
            report.problem(where, f"unknown field `{key}`")
        else:
            report.fields_used[key] += 1

    title = article.get("title")
    if not isinstance(title, str) or not title.strip():
        report.problem(where, "`title` is missing, not a string or empty")
    else:
        check_string(report, where, "title", title)

    paragraphs = paragraphs_of(article.get("body"))
    if paragraphs is None:
        report.problem(where, "`body` is missing, empty, or neither a string nor an array of strings")
    else:
        report.body_kinds["array" if isinstance(article["body"], list) else "string"] += 1
        report.body_chars.append(sum(len(paragraph) for paragraph in paragraphs))
        report.paragraph_counts.append(len(paragraphs))
        for paragraph in paragraphs:
            check_string(report, where, "body", paragraph, allow_layout=True)

    for field in ("id", "source", "url"):
        if field in article:
            value = article[field]
            if not isinstance(value, str) or not value.strip():
                report.problem(where, f"`{field}` is not a non-empty string")
            else:
                check_string(report, where, field, value)

    article_id = article.get("id") if isinstance(article.get("id"), str) else default_id
    if article_id in report.ids:
        report.problem(where, f"id `{article_id}` already used by {report.ids[article_id]}")
    else:
        report.ids[article_id] = where

    if isinstance(article.get("source"), str):
        report.sources[article["source"]] += 1

    if "published" in article:
        published = article["published"]
        form = date_form(published) if isinstance(published, str) else None
        if form is None:
            report.problem(where, f"`published` {published!r} is not an accepted date")
        else:
            report.date_forms[form] += 1
    else:
        report.undated += 1

    if "category" in article:
        category = article["category"]
        if not isinstance(category, list) or not all(
            isinstance(part, str) and part.strip() for part in category
        ):
            report.problem(where, "`category` is not an array of non-empty strings")
        else:
            for part in category:
                check_string(report, where, "category", part)

    if "views" in article:
        views = article["views"]
        if isinstance(views, bool) or not isinstance(views, int) or views < 0:
            report.problem(where, f"`views` {views!r} is not an integer ≥ 0")

    if "language" in article:
        language = article["language"]
        if language not in LANGUAGES:
            report.problem(where, f"`language` {language!r} is not one of {sorted(LANGUAGES)}")
        else:
            report.languages[language] += 1
    else:
        report.languages["(none)"] += 1


def check_file(report, root, path):
    """Decodes one file (UTF-8, optional BOM) and checks the article or array it holds."""
    relative = os.path.relpath(path, root).replace(os.sep, "/")
    with open(path, "rb") as handle:
        raw = handle.read()
    report.files += 1
    report.bytes += len(raw)
    if raw.startswith(b"\xef\xbb\xbf"):
        report.bom_files.append(relative)
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        report.problem(relative, f"is not UTF-8 (byte {error.start})")
        return
    try:
        value = json.loads(text, object_pairs_hook=reject_duplicate_keys)
    except ValueError as error:
        report.problem(relative, f"is not valid JSON: {error}")
        return
    base_id = relative[: -len(".json")]
    if isinstance(value, list):
        if not value:
            report.problem(relative, "is an empty array")
        report.array_files.append((relative, len(value)))
        for index, article in enumerate(value):
            check_article(report, f"{relative}[{index}]", article, f"{base_id}#{index + 1}")
    else:
        check_article(report, relative, value, base_id)


def check_demo_promises(report):
    """Checks what docs/sample-data.md promises about the shipped sample directory."""
    if report.articles < 48:
        report.problem("data", f"only {report.articles} articles (48 promised)")
    if len(report.sources) < 7:
        report.problem("data", f"only {len(report.sources)} sources (7 promised)")
    for language in sorted(LANGUAGES):
        if report.languages[language] < 6:
            report.problem("data", f"only {report.languages[language]} {language} articles")
    for form in DATE_FORMS:
        if report.date_forms[form] == 0:
            report.problem("data", f"no date in {form} form")
    if report.undated == 0:
        report.problem("data", "no undated article")
    if sum(1 for _, count in report.array_files if 2 <= count <= 4) < 2:
        report.problem("data", "fewer than two array files of 2–4 articles")
    if not report.bom_files:
        report.problem("data", "no file with a byte order mark")
    if not report.body_chars or max(report.body_chars) < 3000:
        report.problem("data", "no body of 3,000 characters or more")
    for field in OPTIONAL_FIELDS:
        if report.fields_used[field] == 0:
            report.problem("data", f"field `{field}` never used")
        if report.fields_used[field] == report.articles and field != "language":
            report.problem("data", f"field `{field}` never omitted")
    if set(report.body_kinds) != {"array", "string"}:
        report.problem("data", "bodies do not use both the string and the array form")


def describe(report):
    """The summary printed after the problems: counts of files, articles, forms and fields."""
    def counter(values):
        return ", ".join(f"{key} {count}" for key, count in sorted(values.items()))

    chars = sorted(report.body_chars) or [0]
    paragraphs = collections.Counter(report.paragraph_counts)
    lines = [
        f"files {report.files}, articles {report.articles}, bytes {report.bytes}",
        f"array files {len(report.array_files)}, BOM files {len(report.bom_files)}",
        f"languages: {counter(report.languages)}",
        f"sources ({len(report.sources)}): {counter(report.sources)}",
        f"dates: {counter(report.date_forms)}, undated {report.undated}",
        f"body forms: {counter(report.body_kinds)}",
        "body characters: min {}, median {}, max {}".format(
            chars[0], chars[len(chars) // 2], chars[-1]
        ),
        f"paragraphs per body: {counter(paragraphs)}",
        "optional fields used: "
        + ", ".join(f"{field} {report.fields_used[field]}" for field in OPTIONAL_FIELDS),
    ]
    return "\n".join(lines)


def main():
    """Checks the directory named on the command line; exits 1 when a problem was found."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("root", help="the article directory")
    parser.add_argument("--demo", action="store_true", help="also check the sample-data promises")
    parser.add_argument("--quiet", action="store_true", help="print problems only")
    arguments = parser.parse_args()

    if not os.path.isdir(arguments.root):
        print(f"{arguments.root}: not a directory", file=sys.stderr)
        return 2
    report = Report()
    for directory, subdirectories, names in os.walk(arguments.root):
        subdirectories.sort()
        for name in sorted(names):
            if name.endswith(".json"):
                check_file(report, arguments.root, os.path.join(directory, name))
    if arguments.demo:
        check_demo_promises(report)
    for problem in report.problems:
        print(problem)
    if not arguments.quiet:
        print(describe(report))
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
