#!/usr/bin/env python3
"""Writes the seed inputs of the fuzz targets to Fuzz/.work/seeds/<target>/.

Seeds: the sample data (data/**/*.json), the test fixtures (Tests/**/Fixtures/**/*.json),
hostile JSON files, and naughty strings (terminal escapes, bidi controls, emoji sequences,
combining marks, invalid UTF-8). `Scripts/fuzz.sh merge` then keeps the ones that add coverage
in Fuzz/corpus/<target>/. Run: python3 Fuzz/seeds.py
"""

import hashlib
import json
import pathlib
import shutil

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "Fuzz" / ".work" / "seeds"

NAUGHTY = [
    "\x1b[31mred\x1b[0m plain",
    "\x1b]52;c;SGVsbG8=\x07 clipboard",
    "\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\",
    "\x1bP+q544e\x1b\\ DCS",
    "\x9b31m 8-bit CSI \x9d0;title\x9c",
    "\x00\x01\x07\x08\x0b\x0c\x7f",
    "bell\x07 backspace\x08 del\x7f",
    "\u202eevil\u202c \u2066isolate\u2069 \u200e\u200f\u061c",
    "Trojan \u202e }return;{ \u2066",
    "Z\u0337\u0322\u034e\u0353a\u0335\u0327\u0348l\u0336\u0341g\u0338\u0303o\u0337\u0300",
    "\u0301\u0302 marks with no base",
    "👨\u200d👩\u200d👧\u200d👦 family",
    "🏳\ufe0f\u200d🌈 flag",
    "🇯🇵🇰🇷🇨🇳🇹🇼 🇯",
    "👍🏽 👍🏿👋",
    "❤\ufe0f ⌚\ufe0f 1\ufe0f\u20e3 #\ufe0f\u20e3",
    "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",
    "\u200d\u200d\u200d lone joiners \u200d",
    "\u1112\u1161\u11ab \u1160 \u11a8 \ud7b0",
    "\u200b\ufeff\u00ad\u2060\u200c invisible",
    "a\u200db क्\u200dष",
    "\u3000\u3000本文開始。　全角スペース",
    "「中文」。、（括號）【見出し】",
    "……——――⸺⸻",
    "서울특별시 공지사항: 한국어 문장은 음절 사이에서 줄바꿈됩니다.",
    "ｶﾞｷﾞｸﾞ ﾊﾟﾋﾟ ＡＢＣ１２３ ｱｲｳ",
    "ぁぃぅぇぉっゃゅょゎ ァィゥェォッャュョヮヵヶ ー々〻ゝゞヽヾ",
    "ภาษาไทยไม่มีช่องว่าง",
    "العربية من اليمين إلى اليسار",
    "हिन्दी देवनागरी",
    "\t\ttabs\tin\tthe\tmiddle\t",
    "line\r\nwindows\rmac\nunix\u2028ls\u2029ps\u0085nel",
    "\ufffe\uffff\ufdd0 noncharacters",
    "\U0001fae8 \U00031350 unicode 15",
    "\ue000\uf8ff\U000f0000 private use",
    "https://example.com/a/very/long/path/that/does/not/fit/on/one/line?query=value&other=1",
    "supercalifragilisticexpialidocious" * 3,
    "中" * 50,
    "1,234.56 -7 +8 3.14e10 100% $5 ¥300 ₩1000",
    "ß ẞ Σσς ﬁ ﬀ K Å İ ı ǅ",
    "e\u0301 é Å A\u030a 한 \u1112\u1161\u11ab",
    "",
    " ",
    "\n",
    "\t",
]

NAUGHTY_BYTES = [
    b"\xc0\xaf overlong",
    b"\xed\xa0\x80 surrogate",
    b"\xf4\x90\x80\x80 above",
    b"\xe4\xb8 truncated",
    b"\xff\xfe\xfd",
    b"\x80\x80\x80",
    b"\xef\xbb\xbfBOM start",
]


def write(target, data):
    folder = OUT / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def article_files():
    files = sorted((ROOT / "data").rglob("*.json"))
    files += sorted(path for path in (ROOT / "Tests").rglob("*.json") if "Fixtures" in path.parts)
    return [path for path in files if path.is_file()]


def strings_of(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from strings_of(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_of(item)


def loader_seeds():
    for path in article_files():
        data = path.read_bytes()
        if len(data) <= 65536:
            write("loader", data)
    hostile = [
        b'{"title":"t","body":"b"}',
        b'\xef\xbb\xbf{"title":"BOM","body":["a","b"]}',
        b'[{"title":"a","body":""},{"title":"","body":"x"},3,null,{"body":"no title"}]',
        b'{"title":"dup","title":"again","body":"x","id":" ","id":"id"}',
        b'{"title":"t","body":"p1\\n\\np2\\r\\n\\r\\np3\\u2029p4","views":1e400}',
        b'{"title":"t","body":{"not":"a string"},"views":-3}',
        b'{"title":"t","body":["ok",1,null],"views":2.5,"category":[1,"a",""]}',
        b'{"title":"\\ud800\\udc00\\ud800 \\u0000 \\u001b[31m","body":"x"}',
        b'{"title":"t","body":"x","published":"2023-02-30"}',
        b'{"title":"t","body":"x","published":"2023\xe5\xb9\xb45\xe6\x9c\x885\xe6\x97\xa5 9\xe6\x97\xb630\xe5\x88\x86"}',
        b'{"title":"t","body":"x","published":"2023-05-04T09:30:00+08:00"}',
        b'{"title":"t","body":"x","published":"\xef\xbc\x92\xef\xbc\x90\xef\xbc\x92\xef\xbc\x93-05-05"}',
        b'{"title":"t","body":"x","published":"2023\xeb\x85\x84 5\xec\x9b\x94 5\xec\x9d\xbc"}',
        b'{"title":"t","body":"x","category":["a","b","c","d","e","f"],"language":"ja"}',
        b'{"title":"t","body":"x","url":"https://example.com","source":"\xe6\xb8\xaf\xe5\x8c\xba"}',
        b"[" * 70 + b"]" * 70,
        b'{"a":[[[[{"b":[1,2,{"c":true}]}]]]],"title":"deep","body":"x"}',
        b'[1,2,]',
        b'{"title":NaN,"body":"x"}',
        b'// comment\n{"title":"t","body":"x"}',
        b'{"title":"t",\r\n "body":"x"\r\n,}',
        b'{"title":"t","body":"x"} trailing',
        b'{"title":"' + ("長" * 1200).encode() + b'","body":"x"}',
        b'{"title":"unterminated',
        b"[]",
        b"   \n\t  ",
        b'"just a string"',
        b'{"title":"a\tb","body":"raw\ncontrol"}',
        b'{"title":"t","body":"x","views":5.0,"id":"x#1"}',
    ]
    for data in hostile:
        write("loader", data)
    for text in NAUGHTY:
        write("loader", json.dumps({"title": text or "t", "body": text}, ensure_ascii=False).encode())
        write("loader", json.dumps({"title": text or "t", "body": text}).encode())
    for raw in NAUGHTY_BYTES:
        write("loader", b'{"title":"' + raw + b'","body":"x"}')


def texts():
    for path in article_files():
        try:
            value = json.loads(path.read_bytes())
        except ValueError:
            continue
        for text in strings_of(value):
            if len(text) > 20:
                yield text


def layout_seeds():
    widths = [1, 2, 4, 7, 10, 23, 40, 80, 120]
    seen = 0
    for text in texts():
        data = text.encode()[:2048]
        write("layout", bytes([widths[seen % len(widths)]]) + data)
        seen += 1
    for number, text in enumerate(NAUGHTY):
        for width in (1, 3, 10, 40):
            write("layout", bytes([width]) + text.encode("utf-8", "surrogatepass"))
    for raw in NAUGHTY_BYTES:
        write("layout", bytes([5]) + raw)


def search_seeds():
    pairs = [
        ("ss", "Straße STRASSE"),
        ("ẞ", "strasse"),
        ("σ", "ΟΔΥΣΣΕΥΣ οδυσσευς"),
        ("fi", "ﬁle"),
        ("k", "Kelvin K"),
        ("ＡＢＣ１２３", "abc123"),
        ("ｶﾞ", "ガイド"),
        ("e", "café cafe\u0301"),
        ("é", "cafe\u0301"),
        ("\u3000", "全角 スペース"),
        ("s", "ß"),
        ("한", "\u1112\u1161\u11ab"),
        ("İ", "i̇stanbul"),
        ("ǆ", "ǄǅǆDŽ"),
    ]
    for pattern, candidate in pairs:
        write("search", pattern.encode() + b"\xff" + candidate.encode())
    for text in texts():
        data = text.encode()[:1024]
        write("search", data)
        middle = text[len(text) // 3 : len(text) // 3 + 4]
        write("search", middle.upper().encode() + b"\xff" + data)
    for text in NAUGHTY:
        write("search", text.encode("utf-8", "surrogatepass"))
        write("search", text[:3].encode() + b"\xff" + text.encode())


def import_seeds():
    fixtures = ROOT / "Tests" / "GazetteImportTests" / "Fixtures"
    for path in sorted(fixtures.rglob("*")):
        if path.is_file() and path.suffix != ".json" and path.stat().st_size <= 32768:
            write("import", path.read_bytes())
    pages = [
        "位置: 首頁 > 要聞\n標題\n發布時間:2023-05-05 信息來源:盤錦日報 瀏覽次數:546\n\n現(xiàn)在。",
        "Home » News\nTitle\nPublished: 2024-05-14 | Source: Clerk | Views: 1,234\n\nText.",
        "掲載日：2024年4月1日\n見出し\n本文。",
        "등록일 : 2024-04-01 조회수 : 3\n제목\n본문.",
        "日期：2023-13-45\n(xiàn)\n現(xian4)(xiàn)（xiàn）",
        "<html><head><meta name=ArticleTitle content=T><meta name=PubDate content=2024-01-01></head>"
        "<body><div class=nav>a b c</div><p>正文，正文。</p><br><br>欧美,国产,精品拍拍拍拍----</body></html>",
        "<title>x</title><p>" + "<div>" * 300 + "deep" + "</div>" * 300,
    ]
    for page in pages:
        write("import", page.encode())
    for text in NAUGHTY:
        write("import", ("日期：2024-01-01\n" + text + "\n" + text).encode("utf-8", "surrogatepass"))
        write("import", ("<title>" + text + "</title><p>" + text + "</p>").encode("utf-8", "surrogatepass"))
    for raw in NAUGHTY_BYTES:
        write("import", b"<meta charset=gbk><title>t</title><p>" + raw)


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    loader_seeds()
    layout_seeds()
    search_seeds()
    import_seeds()
    for target in ("loader", "layout", "search", "import"):
        count = len(list((OUT / target).iterdir()))
        print(f"{target}: {count} seeds in {OUT / target}")


if __name__ == "__main__":
    main()
