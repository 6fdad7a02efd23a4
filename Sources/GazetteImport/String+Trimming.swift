extension StringProtocol {
  /// The text without leading and trailing Unicode White_Space (the ideographic space and
  /// no-break space included) and without the leading and trailing characters in `extra`.
  func trimming(_ extra: String = "") -> String {
    func drop(_ character: Character) -> Bool {
      character.unicodeScalars.allSatisfy(\.properties.isWhitespace) || extra.contains(character)
    }
    guard let first = firstIndex(where: { !drop($0) }) else { return "" }
    let last = lastIndex(where: { !drop($0) })!
    return String(self[first...last])
  }
}
