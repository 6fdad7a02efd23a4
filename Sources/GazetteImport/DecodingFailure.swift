/// Why a page could not be decoded; the message names the problem, the caller names the file.
public enum DecodingFailure: Error, Equatable, CustomStringConvertible {
  /// Invalid bytes for the encoding that was declared or given.
  case invalid(TextEncoding, evidence: DecodedText.Evidence, offset: Int)
  /// Not UTF-8, nothing declared, and no legacy encoding reads it.
  case undecodable
  /// Several encodings read it and none clearly better: Gazette does not guess.
  case ambiguous([TextEncoding])
  /// A declared encoding Gazette does not read.
  case unsupported(String)
  /// Binary data (NUL bytes) rather than text.
  case binary

  /// The problem in plain words.
  public var description: String {
    switch self {
    case .invalid(let encoding, let evidence, let offset):
      return "not valid \(encoding.rawValue) (\(evidence.rawValue)) at byte offset \(offset)"
    case .undecodable:
      return "not valid UTF-8, no encoding declared, and none of GB18030, Big5, Shift_JIS, "
        + "EUC-JP, EUC-KR reads it; give the encoding with --encoding"
    case .ambiguous(let encodings):
      return "the encoding is not declared and could be any of "
        + encodings.map(\.rawValue).joined(separator: ", ") + "; give it with --encoding"
    case .unsupported(let label):
      return "the declared encoding \(label.debugDescription) is not one Gazette reads "
        + "(UTF-8, GB18030/GBK, Big5, Shift_JIS, EUC-JP, EUC-KR)"
    case .binary: return "binary data, not text"
    }
  }
}
