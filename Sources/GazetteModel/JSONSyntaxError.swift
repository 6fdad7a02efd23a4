/// Why a file could not be read as JSON, and the byte offset where it went wrong.
struct JSONSyntaxError: Error {
  /// The family of the failure, which decides how the problem is worded.
  enum Kind {
    /// The bytes break the JSON grammar.
    case grammar
    /// The bytes are not valid UTF-8.
    case encoding
    /// Arrays and objects are nested deeper than the limit.
    case nesting
  }

  /// Offset of the offending byte in the file.
  var offset: Int
  /// What is wrong, in plain words.
  var message: String
  /// The family of the failure.
  var kind: Kind = .grammar
}
