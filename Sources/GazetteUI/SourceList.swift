import GazetteModel

/// The sources of the articles loaded so far with their counts, kept in list order as batches
/// arrive, so the source picker never sorts on a keystroke.
///
/// Articles without a source and articles whose source is empty count as one source (named
/// `nil`, shown as "(no source)"), as the source filter treats them. A batch costs one pass
/// over its articles, a sort of the sources it touched and one merge with the rest.
struct SourceList: Sendable {
  /// Every source, most articles first, then by name, the one without a name last.
  private(set) var sorted: [SourceSummary] = []
  private var byName: [String?: SourceSummary] = [:]

  /// Creates an empty list.
  init() {}

  /// Number of sources.
  var count: Int { sorted.count }

  /// Counts the sources of `articles`, moving the sources they touched to their new places.
  mutating func add(_ articles: [Article]) {
    var touched: [String?: SourceSummary] = [:]
    for article in articles {
      let name = article.source.flatMap { $0.isEmpty ? nil : $0 }
      touched[name, default: SourceSummary(name: name, count: 0, newest: nil)].merge(
        SourceSummary(name: name, count: 1, newest: article.published))
    }
    guard !touched.isEmpty else { return }
    var moved: [SourceSummary] = []
    moved.reserveCapacity(touched.count)
    for (name, addition) in touched {
      var summary = byName[name] ?? SourceSummary(name: name, count: 0, newest: nil)
      summary.merge(addition)
      byName[name] = summary
      moved.append(summary)
    }
    moved.sort(by: SourceSummary.comesBeforeInList)
    let staying = sorted.filter { touched[$0.name] == nil }
    var merged: [SourceSummary] = []
    merged.reserveCapacity(staying.count + moved.count)
    var next = 0
    for summary in staying {
      while next < moved.count, SourceSummary.comesBeforeInList(moved[next], summary) {
        merged.append(moved[next])
        next += 1
      }
      merged.append(summary)
    }
    merged.append(contentsOf: moved[next...])
    sorted = merged
  }
}
