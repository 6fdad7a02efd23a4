/// The styles of every part of the screen, in colour or for monochrome terminals.
///
/// Colours come from the terminal's own palette over its default background, so Gazette
/// follows the user's colour scheme. The monochrome theme (`NO_COLOR`, or a terminal without
/// colours) uses only bold, dim, underline and reverse video; everything that matters (the
/// selection, matches, the status line) stays visible without colour.
public struct Theme: Hashable, Sendable {
  /// "Gazette" in the header.
  public var headerTitle: Style
  /// The rest of the header: directory and active filters.
  public var header: Style
  /// Article rows in the list.
  public var listText: Style
  /// The date column of the list.
  public var listDate: Style
  /// The source column of the list.
  public var listSource: Style
  /// The selected row while the list has focus.
  public var selection: Style
  /// The selected row while the reader has focus.
  public var inactiveSelection: Style
  /// The border or rule between the list and the reader.
  public var divider: Style
  /// The article's title in the reader.
  public var title: Style
  /// The metadata line under the title.
  public var metadata: Style
  /// The rule between the metadata and the body.
  public var rule: Style
  /// Body text.
  public var body: Style
  /// Messages in a pane: "Loading…", a problem reading the body, an empty list.
  public var notice: Style
  /// Search matches in the reader.
  public var match: Style
  /// The match `n`/`N` last jumped to.
  public var currentMatch: Style
  /// The status line.
  public var status: Style
  /// Parts of the status line that need attention (load problems).
  public var statusAlert: Style
  /// The search prompt line.
  public var prompt: Style
  /// Text inside an overlay box.
  public var overlay: Style
  /// The frame of an overlay box.
  public var overlayBorder: Style
  /// Section titles and key names inside an overlay.
  public var overlayEmphasis: Style
  /// The chosen row inside an overlay.
  public var overlaySelection: Style

  /// The standard theme, with colours or monochrome.
  public static func standard(colors: Bool) -> Theme {
    colors ? color : monochrome
  }

  /// The colour theme.
  public static let color = Theme(
    headerTitle: Style(foreground: .cyan, bold: true),
    header: Style(foreground: .cyan),
    listText: .plain,
    listDate: Style(foreground: .green),
    listSource: Style(foreground: .yellow),
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
  public static let monochrome = Theme(
    headerTitle: Style(bold: true),
    header: .plain,
    listText: .plain,
    listDate: Style(dim: true),
    listSource: .plain,
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
