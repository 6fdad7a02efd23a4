import Foundation

/// Unicode normalisation of loaded text to NFC, free for text that is already NFC.
///
/// Nearly all CJK, kana, Hangul and ASCII text is made only of characters that NFC never
/// changes and that never combine with a neighbour; a scan of the bytes proves that and skips
/// Foundation. Anything else goes through `precomposedStringWithCanonicalMapping`.
enum TextNormalizer {
  /// `text` in Normalization Form C.
  static func nfc(_ text: String) -> String {
    isKnownNFC(text) ? text : text.precomposedStringWithCanonicalMapping
  }

  /// Whether `text` is certainly NFC (`false` means "maybe not").
  static func isKnownNFC(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { isKnownNFC($0) }
  }

  /// Whether the UTF-8 `bytes` are certainly NFC (`false` means "maybe not").
  static func isKnownNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      // Everything below U+0300 (lead bytes up to 0xCB) is a stable starter.
      if lead < 0xCC {
        index += 1
        continue
      }
      guard let (value, length) = decodeScalar(bytes, at: index), isStableStarter(value) else {
        return false
      }
      index += length
    }
    return true
  }

  /// Decodes the (valid) UTF-8 scalar at `index`; `nil` when the bytes are not well formed.
  static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int)
    -> (value: UInt32, length: Int)?
  {
    let lead = UInt32(bytes[index])
    func continuation(_ offset: Int) -> UInt32? {
      guard index + offset < bytes.count else { return nil }
      let byte = bytes[index + offset]
      return byte & 0xC0 == 0x80 ? UInt32(byte & 0x3F) : nil
    }
    switch lead {
    case 0..<0x80:
      return (lead, 1)
    case 0xC2..<0xE0:
      guard let b1 = continuation(1) else { return nil }
      return ((lead & 0x1F) << 6 | b1, 2)
    case 0xE0..<0xF0:
      guard let b1 = continuation(1), let b2 = continuation(2) else { return nil }
      return ((lead & 0x0F) << 12 | b1 << 6 | b2, 3)
    case 0xF0..<0xF5:
      guard let b1 = continuation(1), let b2 = continuation(2), let b3 = continuation(3) else {
        return nil
      }
      return ((lead & 0x07) << 18 | b1 << 12 | b2 << 6 | b3, 4)
    default:
      return nil
    }
  }

  /// Whether `value` is a character NFC leaves alone and that never combines with its neighbour
  /// (checked against Unicode's normalisation data for every assigned character in these ranges).
  static func isStableStarter(_ value: UInt32) -> Bool {
    switch value {
    case 0..<0x300, 0x370...0x373, 0x375...0x37D, 0x37F...0x386, 0x388...0x3FF,
      0x400...0x482, 0x48A...0x52F,
      0x2010...0x2027, 0x2030...0x205E,
      0x3001...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x309B...0x30FF,
      0x3105...0x312F, 0x3131...0x318E,
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFFEE,
      0x20000...0x2A6DF, 0x2A700...0x2EBE0, 0x30000...0x3134A:
      return true
    default:
      return false
    }
  }
}
