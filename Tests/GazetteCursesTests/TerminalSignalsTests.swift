import Glibc
import Testing

@testable import GazetteCurses

/// The signal relay, in-process.
///
/// A signal wakes the loop once, and uninstalling puts back exactly the dispositions that were
/// replaced. Serialized: dispositions belong to the whole process.
@Suite(.serialized)
struct TerminalSignalsTests {
  /// A handler the test installs first, to see it come back.
  static let marker: @convention(c) (Int32) -> Void = { _ in }

  static func handler(of signal: Int32) -> sighandler_t? {
    var current = sigaction()
    sigaction(signal, nil, &current)
    return current.__sigaction_handler.sa_handler
  }

  static func install(_ handler: sighandler_t?, for signal: Int32) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handler
    sigemptyset(&action.sa_mask)
    sigaction(signal, &action, nil)
  }

  static func readable(_ descriptor: Int32) -> Bool {
    var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&entry, 1, 0) == 1
  }

  @Test func aRelayedSignalWakesTheLoopOnceAndUninstallRestoresThePreviousHandler() throws {
    let signal = SIGQUIT
    Self.install(Self.marker, for: signal)
    defer { Self.install(SIG_DFL, for: signal) }
    let wake = TerminalSignals.installRelay()
    #expect(wake >= 0)
    #expect(
      Self.handler(of: signal).map { unsafeBitCast($0, to: Int.self) }
        != unsafeBitCast(Self.marker, to: Int.self))

    raise(signal)
    #expect(Self.readable(wake))
    #expect(TerminalSignals.take(signal))
    #expect(!TerminalSignals.take(signal))
    TerminalSignals.drainWakeups()
    // The same state the handler wrote is the one drained: nothing is left to wake the loop.
    #expect(!Self.readable(wake))

    TerminalSignals.uninstall()
    let restored = try #require(Self.handler(of: signal))
    #expect(unsafeBitCast(restored, to: Int.self) == unsafeBitCast(Self.marker, to: Int.self))
  }

  @Test func anIgnoredHangupStaysIgnoredAndIsPutBackAsItWas() {
    Self.install(SIG_IGN, for: SIGHUP)
    defer { Self.install(SIG_DFL, for: SIGHUP) }
    _ = TerminalSignals.installRelay()
    #expect(Self.handler(of: SIGHUP).map { unsafeBitCast($0, to: Int.self) } == 1)
    TerminalSignals.uninstall()
    #expect(Self.handler(of: SIGHUP).map { unsafeBitCast($0, to: Int.self) } == 1)
  }

  @Test func crashHandlersAreReplacedByWhatWasThereBefore() throws {
    let signal = SIGFPE
    Self.install(Self.marker, for: signal)
    defer { Self.install(SIG_DFL, for: signal) }
    TerminalSignals.installCrashHandlers()
    #expect(
      Self.handler(of: signal).map { unsafeBitCast($0, to: Int.self) }
        != unsafeBitCast(Self.marker, to: Int.self))
    TerminalSignals.uninstall()
    let restored = try #require(Self.handler(of: signal))
    #expect(unsafeBitCast(restored, to: Int.self) == unsafeBitCast(Self.marker, to: Int.self))
  }
}
