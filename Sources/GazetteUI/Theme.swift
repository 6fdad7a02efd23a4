import GazetteTerminal

/// The styles of every part of the screen, in colour or for monochrome terminals.
///
/// Colours come from the terminal's own palette over its default background, so Gazette
/// follows the user's colour scheme. The monochrome theme (`NO_COLOR`, or a terminal without
/// colours) uses only bold, dim, underline and reverse video; everything that matters (the
/// selection, matches, the status line) stays visible without colour.
struct Theme: Hashable, Sendable {
  /// "Gazette" in the header.
  var headerTitle: Style
  /// The rest of the header: directory and active filters.
  var header: Style
  /// Article rows in the list.
  var listText: Style
  /// The date column of the list.
  var listDate: Style
  /// The source column of the list.
  var listSource: Style
  /// The reading marks column of the list (new, unread, flagged).
  var listMarks: Style
  /// The selected row while the list has focus.
  var selection: Style
  /// The selected row while the reader has focus.
  var inactiveSelection: Style
  /// The border or rule between the list and the reader.
  var divider: Style
  /// The article's title in the reader.
  var title: Style
  /// The metadata line under the title.
  var metadata: Style
  /// The rule between the metadata and the body.
  var rule: Style
  /// Body text.
  var body: Style
  /// Messages in a pane: "Loading…", a problem reading the body, an empty list.
  var notice: Style
  /// Search matches in the reader.
  var match: Style
  /// The match `n`/`N` last jumped to.
  var currentMatch: Style
  /// The status line.
  var status: Style
  /// Parts of the status line that need attention (load problems).
  var statusAlert: Style
  /// The search prompt line.
  var prompt: Style
  /// Text inside an overlay box.
  var overlay: Style
  /// The frame of an overlay box.
  var overlayBorder: Style
  /// Section titles and key names inside an overlay.
  var overlayEmphasis: Style
  /// The chosen row inside an overlay.
  var overlaySelection: Style

  /// The standard theme, with colours or monochrome.
  static func standard(colors: Bool) -> Theme {
    colors ? color : monochrome
  }

  /// The colour theme.
  static let color = Theme(
    headerTitle: Style(foreground: .cyan, bold: true),
    header: Style(foreground: .cyan),
    listText: .plain,
    listDate: Style(foreground: .green),
    listSource: Style(foreground: .yellow),
    listMarks: Style(foreground: .magenta, bold: true),
    selection: Style(foreground: .blue, bold: true, reverse: true),
    inactiveSelection: Style(reverse: true),
    divider: Style(foreground: .blue),
    title: Style(bold: true),
    metadata: Style(foreground: .cyan),
    rule: Style(foreground: .blue),
    body: .plain,
    notice: Style(foreground: .yellow),
    match: Style(foreground: .black, background: .yellow),
    currentMatch: Style(foreground: .black, background: .green, bold: true),
    status: Style(reverse: true),
    statusAlert: Style(foreground: .red, bold: true, reverse: true),
    prompt: Style(bold: true),
    overlay: .plain,
    overlayBorder: Style(foreground: .cyan),
    overlayEmphasis: Style(foreground: .cyan, bold: true),
    overlaySelection: Style(foreground: .blue, bold: true, reverse: true))

  /// The monochrome theme: attributes only.
  static let monochrome = Theme(
    headerTitle: Style(bold: true),
    header: .plain,
    listText: .plain,
    listDate: Style(dim: true),
    listSource: .plain,
    listMarks: Style(bold: true),
    selection: Style(bold: true, reverse: true),
    inactiveSelection: Style(reverse: true),
    divider: .plain,
    title: Style(bold: true),
    metadata: Style(dim: true),
    rule: .plain,
    body: .plain,
    notice: Style(bold: true),
    match: Style(reverse: true),
    currentMatch: Style(bold: true, underline: true, reverse: true),
    status: Style(reverse: true),
    statusAlert: Style(bold: true, reverse: true),
    prompt: Style(bold: true),
    overlay: .plain,
    overlayBorder: .plain,
    overlayEmphasis: Style(bold: true),
    overlaySelection: Style(bold: true, reverse: true))
}
