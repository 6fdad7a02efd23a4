/// A key the user pressed, as the backend decoded it.
public enum Key: Hashable, Sendable {
  /// A printable character (including CJK input from an input method).
  case character(Character)
  /// A control key, `Ctrl-A` ... `Ctrl-Z`, given as the lowercase letter.
  case control(Character)
  /// Enter or Return.
  case enter
  /// Escape.
  case escape
  /// Tab.
  case tab
  /// Shift-Tab.
  case backTab
  /// Backspace.
  case backspace
  /// Delete.
  case delete
  /// Arrow up.
  case up
  /// Arrow down.
  case down
  /// Arrow left.
  case left
  /// Arrow right.
  case right
  /// Page up.
  case pageUp
  /// Page down.
  case pageDown
  /// Home.
  case home
  /// End.
  case end
  /// A function key, F1 ... F12.
  case function(Int)
}
