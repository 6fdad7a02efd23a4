import GazetteText

/// The words `gazette import` prints for each event and for the summary.
///
/// Every quoted piece of a page goes through `TextLayout.sanitizeLine`, so nothing from a page
/// reaches the terminal as a control sequence.
public enum ImportReport {
  /// The lines for `event` on standard output, and those for standard error.
  public static func lines(for event: ImportEvent, dryRun: Bool) -> (
    output: [String], errors: [String]
  ) {
    switch event {
    case .article(let origin, let cleaned, let outcome, let json):
      var output: [String]
      switch outcome {
      case .imported(let path):
        output = ["\(safe(origin)): \(dryRun ? "would import" : "imported") \(safe(path))"]
      case .unchanged(let path): output = ["\(safe(origin)): unchanged \(safe(path))"]
      case .updated(let path):
        output = ["\(safe(origin)): \(dryRun ? "would update" : "updated") \(safe(path))"]
      case .skipped(let path, let reason):
        return (["\(safe(origin)): skipped \(safe(path)): \(reason)"], [])
      }
      output += cleaned.removed.map {
        "  " + describe($0, verb: dryRun ? "would remove" : "removed")
      }
      output += cleaned.keptSuspects.map { "  " + describe($0, verb: "kept (--keep-suspect)") }
      var changes = true
      if case .unchanged = outcome { changes = false }
      if dryRun && changes {
        // What would be written, indented under the file's lines.
        output += String(decoding: json, as: UTF8.self).split(separator: "\n").map {
          "    " + TextLayout.sanitizeLine(String($0))
        }
      }
      return (output, [])
    case .skipped(let origin, let reason):
      return (["\(safe(origin)): skipped: \(safe(reason))"], [])
    case .failed(let origin, let reason):
      return ([], ["gazette import: \(safe(origin)): \(safe(reason))"])
    case .notModified(let origin):
      return (["\(safe(origin)): not modified since the last import"], [])
    case .note(let origin, let message):
      return (["\(safe(origin)): \(safe(message))"], [])
    }
  }

  /// One removal in words.
  static func describe(_ fragment: RemovedFragment, verb: String) -> String {
    switch fragment {
    case .pinyin(let annotations):
      let total = annotations.reduce(0) { $0 + $1.count }
      let list = annotations.map { entry in
        safe(entry.annotation.characters + entry.annotation.annotation)
          + (entry.count > 1 ? " ×\(entry.count)" : "")
      }
      return "\(verb) \(total) pinyin \(total == 1 ? "annotation" : "annotations"): "
        + list.joined(separator: ", ")
    case .spam(let paragraph, let text, let rules):
      return "\(verb) paragraph \(paragraph) as spam ("
        + rules.map(\.rawValue).joined(separator: ", ") + "): " + safe(text)
    case .field(let note):
      return "changed: \(safe(note))"
    }
  }

  /// The summary lines.
  public static func summary(_ summary: ImportSummary, dryRun: Bool) -> [String] {
    func plural(_ count: Int, _ word: String, _ words: String) -> String {
      "\(count) \(count == 1 ? word : words)"
    }
    var line =
      "\(dryRun ? "Dry run (nothing written): " : "")\(summary.imported) imported, "
      + "\(summary.unchanged) unchanged, \(summary.updated) updated, "
      + "\(summary.skippedCount) skipped, \(summary.failed) failed"
    var removed: [String] = []
    if summary.pinyinRemoved > 0 {
      removed.append(plural(summary.pinyinRemoved, "pinyin annotation", "pinyin annotations"))
    }
    if summary.spamRemoved > 0 {
      removed.append(plural(summary.spamRemoved, "spam paragraph", "spam paragraphs"))
    }
    line +=
      removed.isEmpty ? "; nothing removed" : "; removed " + removed.joined(separator: " and ")
    if summary.suspectsKept > 0 {
      line += "; kept " + plural(summary.suspectsKept, "suspect paragraph", "suspect paragraphs")
    }
    if summary.fieldsChanged > 0 {
      line += "; " + plural(summary.fieldsChanged, "field", "fields") + " cut or left out"
    }
    var lines = [line]
    for (reason, count) in summary.skipped.sorted(by: { $0.key < $1.key }) {
      lines.append("  skipped \(count): \(safe(reason))")
    }
    return lines
  }

  private static func safe(_ text: String) -> String { TextLayout.sanitizeLine(text) }
}
