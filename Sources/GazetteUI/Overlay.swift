/// A box drawn over the panes that takes the keys while it is open.
enum Overlay: Hashable, Sendable {
  /// The key help, scrolled to line `top` when taller than the screen.
  case help(top: Int)
  /// The load problems, scrolled to line `top`.
  case problems(top: Int)
  /// The source picker.
  case sourcePicker(SourcePicker)
}
