/// Where a key is read: which part of the reader has the keys decides what a key means.
public enum KeyContext: String, Hashable, Sendable, CaseIterable {
  /// The article list has the focus.
  case list
  /// The reader pane has the focus.
  case reader
  /// The source picker is open (letters are typed text).
  case picker
  /// The search prompt is open (letters are typed text).
  case prompt
  /// The help or the load problems are open.
  case overlay
}
