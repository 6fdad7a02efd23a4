import CNcursesw
import GazetteTerminal
import Testing

@testable import GazetteCurses

struct KeyDecoderTests {
  @Test(arguments: [
    (UInt32(9), Key.tab), (10, .enter), (13, .enter), (8, .backspace), (127, .backspace),
    (27, .escape), (1, .control("a")), (19, .control("s")), (26, .control("z")),
    (0x20, .character(" ")), (0x71, .character("q")), (0x4E2D, .character("中")),
    (0xD55C, .character("한")), (0xFF21, .character("Ａ")), (0x1F44D, .character("👍")),
  ])
  func charactersBecomeKeys(code: UInt32, key: Key) {
    #expect(KeyDecoder.key(forCharacter: code) == key)
  }

  @Test(arguments: [UInt32(0), 28, 31, 0x80, 0x9B, 0x9F, 0xD800, 0x110000])
  func controlAndInvalidCharactersAreIgnored(code: UInt32) {
    #expect(KeyDecoder.key(forCharacter: code) == nil)
  }

  @Test func keyCodesBecomeKeys() {
    let expected: [(Int32, Key)] = [
      (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
      (KEY_NPAGE, .pageDown), (KEY_PPAGE, .pageUp), (KEY_HOME, .home), (KEY_END, .end),
      (KEY_BTAB, .backTab), (KEY_DC, .delete), (KEY_BACKSPACE, .backspace),
      (KEY_ENTER, .enter), (gz_key_function(1), .function(1)),
      (gz_key_function(12), .function(12)),
    ]
    for (code, key) in expected {
      #expect(KeyDecoder.key(forKeyCode: code) == key, "key code \(code)")
    }
  }

  @Test func eventCodesAndUnboundKeysAreNotKeys() {
    for code in [
      KEY_RESIZE, KEY_MOUSE, gz_key_function(0), gz_key_function(13), KEY_IC, KEY_MAX + 5,
    ] {
      #expect(KeyDecoder.key(forKeyCode: code) == nil, "key code \(code)")
    }
  }

  // ncurses mouse version 2 masks: five bits per button (released 1, pressed 2, clicked 4).
  @Test(arguments: [
    (mmask_t(0x2), MouseEvent.Kind?.some(.click)), (0x4, .click), (0x1_0000, .wheelUp),
    (0x20_0000, .wheelDown), (0x1, nil), (0x800, nil), (0, nil),
  ])
  func mouseReportsBecomeClicksAndWheelTurns(buttonState: mmask_t, kind: MouseEvent.Kind?) {
    #expect(KeyDecoder.mouseKind(buttonState: buttonState) == kind)
  }
}
