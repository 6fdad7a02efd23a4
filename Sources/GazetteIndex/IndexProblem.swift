import GRDB

/// Why an index cannot be used as it is.
public enum IndexProblem: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file is not a whole index of this directory: it is rebuilt.
  case damaged(String)
  /// It was written by a Gazette with another index format: it is rebuilt.
  case otherFormat(Int)
  /// The cache folder cannot be written: Gazette reads the directory without an index.
  case unwritable(String, String)

  /// The problem in plain words.
  public var description: String {
    switch self {
    case .damaged(let reason):
      return "the index is damaged: \(reason)"
    case .otherFormat(let format):
      return format > IndexSchema.formatVersion
        ? "the index was written by a newer Gazette (format \(format))"
        : "the index was written by an older Gazette (format \(format))"
    case .unwritable(let folder, let reason):
      return "cannot write the index in \(folder): \(reason)"
    }
  }

  /// A database error in plain words.
  static func describe(_ error: Error) -> String {
    if let error = error as? DatabaseError {
      return error.message ?? "SQLite error \(error.resultCode.rawValue)"
    }
    if let problem = error as? IndexProblem { return problem.description }
    return "\(error)"
  }
}
