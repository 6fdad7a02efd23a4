import ArgumentParser
import GazetteConfig
import GazetteModel

/// `--sort FIELD` and `--reverse`, shared by `list` and `read`; they win over `[sort]` in the
/// config file.
struct SortOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Sort by date (newest first, the default), source, title (A to Z, case and width "
        + "ignored) or views (most first); `[sort]` in the config file sets the default.",
      valueName: "field"))
  var sort: String?

  @Flag(name: .long, help: "Reverse the order (articles without the field stay last).")
  var reverse = false

  /// The command line's part of the settings: the sort field and direction it gives.
  func overrides() throws -> SettingsOverrides {
    var overrides = SettingsOverrides()
    if let sort {
      guard let field = SortOrder.Field(rawValue: sort.lowercased()) else {
        let fields = SortOrder.Field.allCases.map(\.rawValue)
        let hint = Suggestion.closest(to: sort, among: fields).map { "; did you mean \($0)?" }
        throw UsageError(
          "--sort \(sort): the list sorts by date, source, title or views\(hint ?? ".")")
      }
      overrides.sortField = field
    }
    if reverse { overrides.sortReversed = true }
    return overrides
  }

  /// The model's order for the resolved settings.
  static func order(of settings: Settings) -> ArticleSortOrder {
    ArticleSortOrder(
      field: ArticleSortOrder.Field(rawValue: settings.sort.field.rawValue) ?? .date,
      reversed: settings.sort.reversed)
  }
}
