import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Wall clock, process CPU time and peak resident memory at one moment.
struct Measurement {
  /// Monotonic wall-clock seconds.
  var wall: Double
  /// User plus system CPU seconds of the process so far.
  var cpu: Double
  /// Peak resident memory of the process so far.
  var maxResidentMegabytes: Int

  /// Resident memory at this moment, from /proc/self/statm.
  static func currentResidentMegabytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else {
      return 0
    }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / (1 << 20)
  }

  /// The measurement at this moment.
  static func now() -> Measurement {
    var usage = rusage()
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    let cpu =
      Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
      + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    var clock = timespec()
    clock_gettime(CLOCK_MONOTONIC, &clock)
    let wall = Double(clock.tv_sec) + Double(clock.tv_nsec) / 1e9
    return Measurement(wall: wall, cpu: cpu, maxResidentMegabytes: usage.ru_maxrss / 1024)
  }
}
