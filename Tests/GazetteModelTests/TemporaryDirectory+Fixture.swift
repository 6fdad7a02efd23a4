import Foundation
import GazetteTestSupport

extension TemporaryDirectory {
  /// Creates a directory holding a copy of this target's fixture tree `Fixtures/<name>`.
  convenience init(copyingFixture name: String) throws {
    guard let fixtures = Bundle.module.resourceURL?.appendingPathComponent("Fixtures/" + name)
    else { throw CocoaError(.fileNoSuchFile) }
    try self.init(copyingContentsOf: fixtures.path)
  }
}
