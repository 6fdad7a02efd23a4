/// The metadata line of a scraped page (`發布時間:2023-05-05 信息來源:盤錦日報 瀏覽次數:546`):
/// labelled fields in any order, Simplified, Traditional, Japanese, Korean or English labels,
/// full- or halfwidth colons.
public struct MetadataLine: Sendable, Equatable {
  /// The date as written.
  public var date: String?
  /// The source.
  public var source: String?
  /// The view count.
  public var views: Int?

  /// What a label names.
  enum Field { case date, source, views, other }

  /// Labels, longest first within a field so `信息來源` wins over `來源`.
  static let labels: [(String, Field)] = {
    let date = [
      "发布时间", "發布時間", "發佈時間", "发布日期", "發布日期", "發佈日期", "发文日期", "成文日期",
      "更新时间", "更新時間", "日期", "时间", "時間", "掲載日", "更新日", "公開日", "登録日",
      "등록일", "작성일", "게시일", "수정일", "Published", "Posted", "Updated", "Date",
    ]
    let source = [
      "信息来源", "信息來源", "文章来源", "文章來源", "稿件来源", "来源", "來源", "出处", "出處",
      "発行元", "出典", "担当", "출처", "작성자", "부서", "Source", "Author", "By",
    ]
    let views = [
      "浏览次数", "瀏覽次數", "阅读次数", "閱讀次數", "点击数", "點擊數", "点击量", "點擊量",
      "浏览量", "瀏覽量", "阅读", "閱讀", "浏览", "瀏覽", "閲覧数", "アクセス数", "조회수", "조회",
      "Views", "Hits",
    ]
    let other = ["作者", "编辑", "編輯", "责任编辑", "責任編輯", "字号", "字號", "【字体", "字体"]
    let all =
      date.map { ($0, Field.date) } + source.map { ($0, Field.source) }
      + views.map { ($0, Field.views) } + other.map { ($0, Field.other) }
    return all.sorted { $0.0.count > $1.0.count }
  }()

  /// `labels` as lower-cased characters, for matching.
  static let loweredLabels: [([Character], Field)] = labels.map { label, field in
    (Array(label.lowercased()), field)
  }

  /// Parses `line`, or nil when it is not a metadata line.
  ///
  /// It must hold at least two of date, source and views, or one of them on a line of at most
  /// 60 characters, and start with a label (after at most two characters such as a bracket):
  /// a line of prose that mentions 日期： is not a metadata line.
  public init?(_ line: String) {
    let characters = Array(line)
    // Labels compare case-insensitively (Published, PUBLISHED); lower-case the line once.
    let lowered = characters.map { $0.isASCII ? Character($0.lowercased()) : $0 }
    var found: [(start: Int, valueStart: Int, field: Field)] = []
    var index = 0
    while index < characters.count {
      var matched = false
      for (label, field) in Self.loweredLabels where label[0] == lowered[index] {
        guard index + label.count <= characters.count,
          lowered[index..<(index + label.count)].elementsEqual(label)
        else { continue }
        var after = index + label.count
        while after < characters.count && (characters[after] == " ") { after += 1 }
        guard after < characters.count, characters[after] == ":" || characters[after] == "："
        else { continue }
        // A Latin label must start a word.
        if label[0].isASCII, index > 0, characters[index - 1].isLetter { continue }
        found.append((index, after + 1, field))
        index = after + 1
        matched = true
        break
      }
      if !matched { index += 1 }
    }
    guard !found.isEmpty else { return nil }
    var date: String?
    var source: String?
    var views: Int?
    var covered = 0
    for (position, entry) in found.enumerated() {
      let end = position + 1 < found.count ? found[position + 1].start : characters.count
      var value = String(characters[entry.valueStart..<end])
      value = Self.trimmed(value)
      covered += end - entry.start
      switch entry.field {
      case .date:
        if date == nil { date = Self.dateText(in: value) ?? (value.isEmpty ? nil : value) }
      case .source: if source == nil, !value.isEmpty { source = value }
      case .views: if views == nil { views = Self.number(in: value) }
      case .other: break
      }
    }
    // What precedes the first label must be short (a bracket, a space), else this is prose.
    let lead = Self.trimmed(String(characters[0..<found[0].start]))
    guard lead.count <= 2 else { return nil }
    let usable = [date != nil, source != nil, views != nil].filter { $0 }.count
    // One usable field is enough on a short line made of labelled fields only.
    guard usable >= 2 || (usable == 1 && characters.count <= 60) else { return nil }
    self.date = date
    self.source = source
    self.views = views
  }

  /// `value` without surrounding whitespace and the separators pages put between fields.
  static func trimmed(_ value: String) -> String {
    value.trimming("|｜/【】[]()（）·•")
  }

  /// The first date-shaped run in `value` (`2023-05-05`, `2023-05-05 09:30`, `2023年5月5日`),
  /// as written.
  static func dateText(in value: String) -> String? {
    let characters = Array(value)
    guard let start = characters.firstIndex(where: { $0.isASCII && $0.isNumber || $0.isNumber })
    else { return nil }
    var end = start
    let allowed: Set<Character> = [
      "-", "/", ".", ":", " ", "年", "月", "日", "号", "時", "时", "分", "秒", "T", "Z", "+",
      "년", "월", "일",
    ]
    while end < characters.count && (characters[end].isNumber || allowed.contains(characters[end]))
    {
      end += 1
    }
    var text = String(characters[start..<end])
    text = text.trimming()
    // Whatever is written, the loader's parser decides; cut back word by word until it reads.
    while !text.isEmpty {
      if PublishedDateCheck.isValid(text) { return text }
      guard let space = text.lastIndex(of: " ") else { break }
      text = String(text[..<space])
    }
    return PublishedDateCheck.isValid(text) ? text : nil
  }

  /// The first whole number in `value` (`546`, `1,234`, `１２`).
  static func number(in value: String) -> Int? {
    var digits = ""
    var started = false
    for character in value {
      if let digit = character.wholeNumberValue, digit >= 0, digit <= 9 {
        digits.append(String(digit))
        started = true
      } else if started && (character == "," || character == "，") {
        continue
      } else if started {
        break
      }
    }
    return digits.isEmpty || digits.count > 15 ? nil : Int(digits)
  }
}
