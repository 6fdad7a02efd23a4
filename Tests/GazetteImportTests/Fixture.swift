import Foundation

/// The test fixtures: the seed page, pages in each encoding, HTML pages and feeds.
enum Fixture {
  /// The path of `name` under Fixtures/.
  static func path(_ name: String) -> String {
    Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(name).path
  }

  /// The bytes of `name`.
  static func bytes(_ name: String) -> [UInt8] {
    [UInt8](FileManager.default.contents(atPath: path(name))!)
  }

  /// The text of `name` (UTF-8).
  static func text(_ name: String) -> String {
    String(decoding: bytes(name), as: UTF8.self)
  }
}
