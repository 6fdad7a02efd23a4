import ArgumentParser
import GazetteModel

/// Reads the dates given to `--since` and `--until`, in any form an article may use.
enum DateArgument {
  /// The date `text` names; a validation error naming `option` when it names none.
  static func parse(_ text: String, option: String) throws -> PublishedDate {
    guard let date = PublishedDate(parsing: text) else {
      throw ValidationError(
        "\(option) \(text): not a date. Use a form like 2023-05-05, 2023/05/05 or 2023年5月5日.")
    }
    return date
  }
}
