import Foundation

/// The config file on disk: where it is, and what it says.
public struct ConfigFile: Sendable {
  /// The file's path.
  public let path: String
  /// Whether the file exists (a missing file is not a problem: every setting has a default).
  public let exists: Bool
  /// The settings the file gives.
  public let settings: SettingsOverrides
  /// Everything wrong with it, in file order.
  public let problems: [ConfigProblem]

  /// The path Gazette reads its config from.
  ///
  /// `$XDG_CONFIG_HOME/gazette/config.toml`, else `~/.config/gazette/config.toml`. A relative
  /// `XDG_CONFIG_HOME` is ignored, as the XDG specification says.
  public static func defaultPath(environment: [String: String]) -> String {
    configHome(environment: environment) + "gazette/config.toml"
  }

  /// The user's config folder, ending in `/`: `$XDG_CONFIG_HOME`, else `~/.config`.
  ///
  /// A relative `XDG_CONFIG_HOME` is ignored, as the XDG specification says.
  public static func configHome(environment: [String: String]) -> String {
    if let configHome = environment["XDG_CONFIG_HOME"], configHome.hasPrefix("/") {
      return directory(configHome)
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return directory(home) + ".config/"
  }

  private static func directory(_ path: String) -> String {
    path.hasSuffix("/") ? path : path + "/"
  }

  /// Reads the file at `path` and checks it against `catalog`.
  public init(path: String, catalog: KeyCommandCatalog, home: String?) {
    self.path = path
    guard FileManager.default.fileExists(atPath: path) else {
      exists = false
      settings = SettingsOverrides()
      problems = []
      return
    }
    exists = true
    let bytes: Data
    do {
      bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      settings = SettingsOverrides()
      problems = [ConfigProblem(at: nil, "cannot read the file: \(Self.reason(of: error))")]
      return
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      settings = SettingsOverrides()
      problems = [ConfigProblem(at: nil, "the file is not UTF-8 text")]
      return
    }
    let directory = (path as NSString).deletingLastPathComponent
    let reader = ConfigFileReader(
      catalog: catalog, baseDirectory: directory.isEmpty ? "." : directory, home: home)
    (settings, problems) = reader.read(text)
  }

  /// The settings of the file at the default path.
  public static func load(environment: [String: String], catalog: KeyCommandCatalog) -> ConfigFile {
    ConfigFile(
      path: defaultPath(environment: environment), catalog: catalog, home: environment["HOME"])
  }

  private static func reason(of error: Error) -> String {
    if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(underlying.code)))
    }
    return (error as NSError).localizedDescription
  }
}
