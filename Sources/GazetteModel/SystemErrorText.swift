import Foundation

/// Plain words for the `errno` values that loading meets.
enum SystemErrorText {
  /// Describes `code` for a person.
  static func describe(_ code: Int32) -> String {
    switch code {
    case ENOENT: return "it no longer exists (removed while loading?)"
    case EACCES, EPERM: return "permission denied"
    case ELOOP: return "too many levels of symbolic links (a link loop)"
    case ENAMETOOLONG: return "the path is too long"
    case ENOTDIR: return "a folder in its path is not a folder"
    case EIO: return "input/output error"
    case EMFILE, ENFILE: return "too many open files"
    case EISDIR: return "it is a folder"
    default: return String(cString: strerror(code))
    }
  }
}
