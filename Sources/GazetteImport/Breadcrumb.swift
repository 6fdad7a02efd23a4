import Foundation

/// A breadcrumb line (`您现在所在的位置: 首页 > 要闻动态 > 盘锦要闻`): a location label, then
/// levels separated by `>`, `›`, `»`, `/` or `→` (halfwidth or fullwidth).
public enum Breadcrumb {
  /// Labels that introduce a breadcrumb.
  static let labels = [
    "当前位置", "當前位置", "现在位置", "現在位置", "所在位置", "您的位置", "你的位置", "位置",
    "現在地", "現在の位置", "현재 위치", "현재위치", "위치", "You are here", "Location",
  ]
  /// First levels that make a line a breadcrumb without a label.
  static let homes = ["首页", "首頁", "主页", "主頁", "ホーム", "トップ", "홈", "Home"]
  static let separators: Set<Character> = [">", "›", "»", "＞", "→", "/", "／", "〉", "≫"]

  /// The levels of `line`, outermost first, or nil when it is not a breadcrumb.
  public static func levels(in line: String) -> [String]? {
    var rest = Substring(line)
    var labelled = false
    for label in labels {
      guard let range = rest.range(of: label, options: .caseInsensitive),
        rest.distance(from: rest.startIndex, to: range.lowerBound) <= 12
      else { continue }
      var after = rest[range.upperBound...].drop(while: { $0 == " " || $0 == "\u{3000}" })
      guard let first = after.first, first == ":" || first == "：" else { continue }
      after = after.dropFirst()
      rest = after
      labelled = true
      break
    }
    let parts = rest.split(whereSeparator: { separators.contains($0) }).map { $0.trimming() }
      .filter { !$0.isEmpty }
    guard parts.count >= 2 || (labelled && parts.count == 1) else { return nil }
    // Without a label the first level must be a home link, and levels must be short.
    if !labelled && !homes.contains(where: { parts[0].caseInsensitiveCompare($0) == .orderedSame })
    {
      return nil
    }
    guard parts.allSatisfy({ $0.count <= 40 }) else { return nil }
    return parts
  }
}
