import Foundation
import GazetteModel

#if canImport(Glibc)
  import Glibc
#endif

/// Tells when a data directory may have changed: inotify on every folder of it, or, when
/// inotify cannot be used (no more watches, a file system that sends no events), a look at
/// every file's stamp at each wait.
///
/// It only says "something changed"; what changed is `ArticleIndex.revalidate(with:)`'s (or
/// `DirectoryChanges.between`'s) to find, so a missed or coalesced event never loses a change:
/// the next revalidation compares the whole directory anyway.
public final class DirectoryWatcher: @unchecked Sendable {
  /// How the watcher learns of changes.
  public enum Mode: Equatable, Sendable {
    /// inotify events on every folder.
    case notifications
    /// Comparing the stamps of every file at each wait; why inotify is not used.
    case polling(reason: String)
  }

  /// The data directory.
  public let root: String
  /// How changes are noticed now (it falls back to polling when inotify gives up).
  public private(set) var mode: Mode
  // Only the thread that calls `waitForChange` touches what follows (hence `@unchecked`).
  private var descriptor: Int32 = -1
  private var watchedFolders: [Int32: String] = [:]
  private var lastStamps: [DirectoryListing.File] = []

  /// The events that can mean a `.json` file appeared, changed, moved or went away.
  private static let events: UInt32 = UInt32(
    IN_CREATE | IN_DELETE | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
      | IN_DELETE_SELF | IN_MOVE_SELF)

  /// Starts watching `root` (every folder in it); `polling` forces the polling mode.
  public init(root: String, polling: Bool = false) {
    self.root = root
    mode = .notifications
    if polling {
      startPolling(reason: "asked for")
      return
    }
    descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
    guard descriptor >= 0 else {
      startPolling(reason: "inotify is unavailable: \(String(cString: strerror(errno)))")
      return
    }
    watchTree(root)
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
  }

  /// Waits at most `timeout` for a sign that the directory changed; `true` when one came.
  ///
  /// Events that arrive together (10,000 files copied in) are drained as one: after the first,
  /// it keeps reading until `settle` passes without a new one.
  public func waitForChange(timeout: Duration, settle: Duration = .milliseconds(100)) -> Bool {
    if case .polling = mode { return pollStamps(timeout: timeout) }
    guard waitReadable(timeout) else { return false }
    while drainEvents() {
      if case .polling = mode { return true }
      guard waitReadable(settle) else { break }
    }
    return true
  }

  // MARK: - inotify

  private func watchTree(_ folder: String) {
    guard case .notifications = mode else { return }
    let watch = inotify_add_watch(descriptor, folder, DirectoryWatcher.events)
    guard watch >= 0 else {
      let reason = String(cString: strerror(errno))
      if folder == root || errno == ENOSPC {
        // No more watches (fs.inotify.max_user_watches): every later change could be missed.
        startPolling(reason: "cannot watch \(folder): \(reason)")
      }
      return
    }
    watchedFolders[watch] = folder
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in names where !name.hasPrefix(".") {
      let path = folder + "/" + name
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
        watchTree(path)
      }
    }
  }

  private func waitReadable(_ timeout: Duration) -> Bool {
    var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    let milliseconds = Int32(clamping: Int64(timeout / .milliseconds(1)))
    while true {
      let ready = poll(&entry, 1, max(0, milliseconds))
      if ready < 0 && errno == EINTR { continue }
      return ready > 0
    }
  }

  /// Reads every pending event, watching new folders; `false` when there was none.
  private func drainEvents() -> Bool {
    let size = 64 * 1024
    let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
    defer { buffer.deallocate() }
    var any = false
    while true {
      let count = read(descriptor, buffer, size)
      if count <= 0 { break }
      any = true
      var offset = 0
      while offset + MemoryLayout<inotify_event>.size <= count {
        let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
        let nameStart = buffer + offset + MemoryLayout<inotify_event>.size
        if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
          // Events were dropped; the revalidation that follows compares everything anyway.
        } else if event.mask & UInt32(IN_ISDIR) != 0,
          event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, event.len > 0,
          let folder = watchedFolders[event.wd]
        {
          let name = String(cString: nameStart.assumingMemoryBound(to: CChar.self))
          if !name.hasPrefix(".") { watchTree(folder + "/" + name) }
        }
        if event.mask & UInt32(IN_IGNORED) != 0 { watchedFolders[event.wd] = nil }
        offset += MemoryLayout<inotify_event>.size + Int(event.len)
      }
    }
    return any
  }

  // MARK: - Polling

  private func startPolling(reason: String) {
    mode = .polling(reason: reason)
    if descriptor >= 0 {
      close(descriptor)
      descriptor = -1
    }
    watchedFolders = [:]
    lastStamps = DirectoryScanner(root: root).list().files
  }

  /// Sleeps `timeout`, then compares every file's stamp with the last look: one walk per
  /// wait, so the caller's timeout (a second or two) sets what polling costs.
  private func pollStamps(timeout: Duration) -> Bool {
    Thread.sleep(forTimeInterval: Double(timeout / .milliseconds(1)) / 1000)
    let files = DirectoryScanner(root: root).list().files
    guard files != lastStamps else { return false }
    lastStamps = files
    return true
  }
}
