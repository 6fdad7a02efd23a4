import GazetteModel

extension SourceSummary {
  /// Adds the articles counted in `other` (a summary of the same source) to this one.
  mutating func merge(_ other: SourceSummary) {
    count += other.count
    if let date = other.newest, newest.map({ date > $0 }) ?? true {
      newest = date
    }
  }

  /// The order of the source picker: most articles first, then by name, the source without
  /// a name last among equals.
  static func comesBeforeInList(_ lhs: SourceSummary, _ rhs: SourceSummary) -> Bool {
    if lhs.count != rhs.count { return lhs.count > rhs.count }
    switch (lhs.name, rhs.name) {
    case (let left?, let right?): return left < right
    case (.some, nil): return true
    case (nil, _): return false
    }
  }
}
