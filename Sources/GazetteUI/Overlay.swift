/// A box drawn over the panes that takes the keys while it is open.
enum Overlay: Hashable, Sendable {
  /// What a key did to the help or the load problems.
  enum Outcome: Hashable, Sendable {
    /// The overlay stays open (perhaps scrolled).
    case open
    /// The overlay closed.
    case closed
  }

  /// The key help, scrolled to line `top` when taller than the screen.
  case help(top: Int)
  /// The load problems, scrolled to line `top`.
  case problems(top: Int)
  /// The source picker (its keys: `SourcePicker.update`).
  case sourcePicker(SourcePicker)

  /// Applies a key to the help or the load problems.
  ///
  /// `command` is what the key map makes of the key in an overlay. Scroll commands scroll (`maxTop` is the largest first line, `page` a
  /// page); the help closes on any other key, and on every key when it fits; the problems
  /// close on `close`.
  mutating func update(_ command: Command?, maxTop: Int, page: Int) -> Outcome {
    let delta = command.flatMap { Self.scrollDelta(for: $0, page: page) }
    switch self {
    case .help:
      guard maxTop > 0, let delta else { return .closed }
      scroll(by: delta, maxTop: maxTop)
    case .problems:
      if command == .close { return .closed }
      if let delta { scroll(by: delta, maxTop: maxTop) }
    case .sourcePicker:
      break
    }
    return .open
  }

  /// Scrolls the help or the problems by `delta` lines, or moves the picker's choice by
  /// `delta` rows (keys and the mouse wheel alike).
  mutating func scroll(by delta: Int, maxTop: Int) {
    switch self {
    case .help(let top): self = .help(top: min(max(0, top + delta), maxTop))
    case .problems(let top): self = .problems(top: min(max(0, top + delta), maxTop))
    case .sourcePicker(var picker):
      picker.move(by: delta)
      self = .sourcePicker(picker)
    }
  }

  /// How far a scrolling command moves an overlay's list; `nil` for other commands.
  private static func scrollDelta(for command: Command, page: Int) -> Int? {
    switch command {
    case .up: return -1
    case .down: return 1
    case .pageUp: return -page
    case .pageDown: return page
    case .top: return -Int(Int32.max)
    case .bottom: return Int(Int32.max)
    default: return nil
    }
  }
}
