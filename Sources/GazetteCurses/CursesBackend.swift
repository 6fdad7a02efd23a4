import CNcursesw
import GazetteUI

/// The ncurses terminal backend. STUB (skeleton): the reader work implements it.
public final class CursesBackend {
  /// Creates the backend.
  public init() {}
}
