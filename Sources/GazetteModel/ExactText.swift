/// A string that hashes and compares by its UTF-8 bytes.
///
/// `String`'s own hashing and `==` follow canonical equivalence, which normalises non-ASCII
/// text on every call. Loaded text is already NFC, where byte equality is the same thing, so
/// dictionaries of loaded text (interning, id registry) key on this instead.
struct ExactText: Hashable {
  /// The text.
  let text: String

  static func == (lhs: ExactText, rhs: ExactText) -> Bool {
    guard lhs.text.utf8.count == rhs.text.utf8.count else { return false }
    var left = lhs.text
    var right = rhs.text
    return left.withUTF8 { leftBytes in
      right.withUTF8 { rightBytes in
        leftBytes.elementsEqual(rightBytes)
      }
    }
  }

  func hash(into hasher: inout Hasher) {
    var text = text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
