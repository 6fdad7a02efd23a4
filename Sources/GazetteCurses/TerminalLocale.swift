import CNcursesw
import Glibc

/// Sets up the C locale that ncurses and `wcwidth` need: the user's, or C.UTF-8 when the user's
/// is not UTF-8.
///
/// Swift never calls `setlocale`; without it ncurses prints `?` for every non-ASCII character
/// and `wcwidth` answers -1. Only the character type changes on a fallback: messages, dates and
/// collation keep the user's settings.
public enum TerminalLocale {
  /// Locales tried, in order, for the character type when the user's is not UTF-8.
  static let fallbacks = ["C.UTF-8", "C.utf8", "en_US.UTF-8"]

  /// Applies the user's locale and makes sure the character set is UTF-8.
  ///
  /// Returns true when the character type had to fall back to a UTF-8 locale.
  @discardableResult
  public static func prepare() throws(TerminalStartError) -> Bool {
    _ = setlocale(LC_ALL, "")
    let original = codeset
    if isUTF8(original) { return false }
    for name in fallbacks where setlocale(LC_CTYPE, name) != nil {
      if isUTF8(codeset) { return true }
    }
    throw .noUTF8Locale(codeset: original)
  }

  /// The character set of the current LC_CTYPE, as `nl_langinfo(CODESET)` names it.
  static var codeset: String {
    guard let name = gz_locale_codeset() else { return "unknown" }
    return String(cString: name)
  }

  /// Whether a codeset name means UTF-8 (glibc spells it `UTF-8`; others write `utf8`).
  static func isUTF8(_ codeset: String) -> Bool {
    let folded = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
    return folded == "utf8"
  }
}
