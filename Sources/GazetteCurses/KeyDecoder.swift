import CNcursesw
import GazetteTerminal

/// Turns what `get_wch` and `getmouse` report into Gazette's keys and mouse actions.
///
/// Pure functions of the codes, so they are tested without a terminal. Escape is not decided
/// here: telling a lone Esc from an Alt chord needs to look at the input that follows.
enum KeyDecoder {
  /// The character code of Escape.
  static let escapeCode: UInt32 = 27

  /// The key for a character `get_wch` returned with `OK`, or nil for codes Gazette ignores.
  static func key(forCharacter value: UInt32) -> Key? {
    switch value {
    case 9: return .tab
    case 10, 13: return .enter
    case 8, 127: return .backspace
    case escapeCode: return .escape
    case 1...26:
      guard let letter = Unicode.Scalar(0x60 + value) else { return nil }
      return .control(Character(letter))
    case 0, 28...31, 0x80...0x9F: return nil
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .character(Character(scalar))
    }
  }

  /// The key for a key code `get_wch` returned with `KEY_CODE_YES`, or nil when Gazette has no
  /// use for it (KEY_RESIZE and KEY_MOUSE are events, decoded by the backend).
  static func key(forKeyCode code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_NPAGE: return .pageDown
    case KEY_PPAGE: return .pageUp
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_BTAB: return .backTab
    case KEY_DC: return .delete
    case KEY_BACKSPACE: return .backspace
    case KEY_ENTER: return .enter
    default:
      let number = code - gz_key_function(0)
      if (1...12).contains(number) { return .function(Int(number)) }
      return nil
    }
  }

  /// What a mouse report means, or nil for buttons and releases Gazette ignores.
  static func mouseKind(buttonState: mmask_t) -> MouseEvent.Kind? {
    if buttonState & gz_mouse_wheel_up_mask() != 0 { return .wheelUp }
    let wheelDown = gz_mouse_wheel_down_mask()
    if wheelDown != 0 && buttonState & wheelDown != 0 { return .wheelDown }
    if buttonState & gz_mouse_button1_mask() != 0 { return .click }
    return nil
  }
}
