/// The store was written by a newer Gazette whose schema this one does not know.
struct StateDatabaseTooNew: Error {}
