/// A mouse action at a cell of the screen.
public struct MouseEvent: Hashable, Sendable {
  /// What the mouse did.
  public enum Kind: Hashable, Sendable {
    /// A click (button 1 press or click).
    case click
    /// The wheel turned up (scroll towards the start).
    case wheelUp
    /// The wheel turned down (scroll towards the end).
    case wheelDown
  }

  /// What the mouse did.
  public var kind: Kind
  /// Column, from 0.
  public var x: Int
  /// Row, from 0.
  public var y: Int

  /// Creates a mouse event.
  public init(kind: Kind, x: Int, y: Int) {
    self.kind = kind
    self.x = x
    self.y = y
  }
}
