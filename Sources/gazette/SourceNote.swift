import GazetteConfig
import GazetteModel
import GazetteText

/// What `list --source` tells on standard error about the sources a name was taken to mean, so
/// a filter never narrows the list silently to something else, or to nothing.
enum SourceNote {
  /// Says which source `text` matched when it is not the source's whole name, and, when it
  /// matched none, why: several sources contain it, or none does (with the closest names).
  static func explain(_ text: String, named: [String], in matcher: SourceMatcher) {
    let shown = TextLayout.sanitizeLine(text)
    func list(_ names: [String?]) -> String {
      names.map { TextLayout.sanitizeLine(SourceMatcher.label(of: $0)) }.joined(separator: ", ")
    }
    if !named.isEmpty {
      guard named != [text] else { return }
      TerminalOutput.printError("gazette: --source \(shown) means \(list(named)).")
      return
    }
    let candidates = matcher.candidates(for: text).map { $0.name }
    if candidates.count > 1 {
      let more = candidates.count > 5 ? ", …" : ""
      TerminalOutput.printError(
        "gazette: --source \(shown) matches \(candidates.count) sources (\(list(Array(candidates.prefix(5))))\(more)); "
          + "give more of the name. Nothing is listed for it.")
      return
    }
    let names = matcher.sources.compactMap(\.name)
    let closest = Suggestion.nearest(to: text, among: names, count: 3)
    TerminalOutput.printError(
      "gazette: no source is called \(shown)"
        + (closest.isEmpty ? "." : "; the closest: \(list(closest)).")
        + " `gazette sources` lists them all.")
  }
}
