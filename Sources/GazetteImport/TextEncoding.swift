/// The encodings `gazette import` reads, with the names iconv knows them by.
public enum TextEncoding: String, Sendable, CaseIterable {
  case utf8 = "UTF-8"
  case gb18030 = "GB18030"
  case big5 = "BIG5"
  case shiftJIS = "SHIFT_JIS"
  case eucJP = "EUC-JP"
  case eucKR = "EUC-KR"
  case utf16LE = "UTF-16LE"
  case utf16BE = "UTF-16BE"

  /// The encoding a label names (`charset=gbk`, `<meta charset="Big5">`, `--encoding sjis`),
  /// after the WHATWG Encoding Standard's labels: GB2312 and GBK are read as GB18030 (a
  /// superset), Big5-HKSCS as Big5, Windows-31J as Shift_JIS, and so on.
  public init?(label: String) {
    let name = label.trimming("\"'").lowercased()
    switch name {
    case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": self = .utf8
    case "gb18030", "gbk", "gb2312", "gb_2312", "gb_2312-80", "chinese", "csgb2312", "x-gbk",
      "iso-ir-58", "cp936", "windows-936", "euc-cn":
      self = .gb18030
    case "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5", "cp950": self = .big5
    case "shift_jis", "shift-jis", "sjis", "ms_kanji", "csshiftjis", "windows-31j", "x-sjis",
      "ms932", "cp932":
      self = .shiftJIS
    case "euc-jp", "eucjp", "cseucpkdfmtjapanese", "x-euc-jp": self = .eucJP
    case "euc-kr", "euckr", "cseuckr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601",
      "ksc_5601", "korean", "windows-949", "cp949", "iso-ir-149":
      self = .eucKR
    case "utf-16le", "utf-16": self = .utf16LE
    case "utf-16be": self = .utf16BE
    default: return nil
    }
  }

  /// The name iconv converts from.
  ///
  /// Shift_JIS is read as CP932 and EUC-KR as CP949 (their Windows supersets, which pages
  /// labelled with the older names use in practice).
  var iconvName: String {
    switch self {
    case .shiftJIS: return "CP932"
    case .eucKR: return "CP949"
    default: return rawValue
    }
  }
}
