/// One thing the directory walk found, in path order: a `.json` file, or a problem.
enum WalkEntry: Sendable {
  /// A file to load, by its path relative to the data directory.
  case file(relativePath: String)
  /// Something that could not be walked or is not a loadable file (boxed: the list of entries
  /// stays small, as problems are rare).
  indirect case problem(LoadProblem)
}
