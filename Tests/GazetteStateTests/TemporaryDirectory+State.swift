import Foundation
import GazetteTestSupport

extension TemporaryDirectory {
  /// A data directory inside this directory (beside the state directory, not above it).
  var data: String {
    let data = path + "/data"
    try? FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    return data
  }

  /// An environment whose state directory is `state` inside this directory.
  var environment: [String: String] { ["XDG_STATE_HOME": path + "/state", "HOME": path] }
}
