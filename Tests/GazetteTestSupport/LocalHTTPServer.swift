import Foundation
import Glibc
import Synchronization

/// A tiny HTTP/1.1 server on 127.0.0.1 for tests that fetch.
///
/// It answers each request with what a handler decides, including conditional responses,
/// redirects, bodies that never end and servers that never answer. One thread accepts; each
/// connection gets its own thread.
public final class LocalHTTPServer: @unchecked Sendable {
  /// A request as the server read it.
  public struct Request: Sendable {
    /// `GET`, `HEAD`, ….
    public var method: String
    /// The path with its query (`/feed.xml?x=1`).
    public var path: String
    /// Header fields, names lower-cased.
    public var headers: [String: String]
  }

  /// What to send back.
  public enum Response: Sendable {
    /// A complete response.
    case full(status: Int, headers: [String: String], body: [UInt8])
    /// Headers, then body bytes forever (until the client goes away).
    case endless(headers: [String: String])
    /// Nothing at all, with the connection kept open for `seconds`.
    case silence(seconds: Double)

    /// A 200 with `body` and `contentType`.
    public static func ok(_ body: [UInt8], contentType: String, headers: [String: String] = [:])
      -> Response
    {
      var all = headers
      all["Content-Type"] = contentType
      return .full(status: 200, headers: all, body: body)
    }
  }

  /// The port the server listens on.
  public let port: Int
  /// Every request received, in order.
  public var requests: [Request] { received.withLock { $0 } }
  private let received = Mutex<[Request]>([])
  private let listener: Int32
  private let handler: @Sendable (Request) -> Response
  private let stopped = Atomic<Bool>(false)

  /// Starts a server answering with `handler`.
  public init(handler: @escaping @Sendable (Request) -> Response) throws {
    self.handler = handler
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw POSIXError(.EIO) }
    var yes: Int32 = 1
    setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0, listen(descriptor, 64) == 0 else {
      close(descriptor)
      throw POSIXError(.EADDRINUSE)
    }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
    }
    listener = descriptor
    port = Int(UInt16(bigEndian: address.sin_port))
    let thread = Thread { [self] in acceptLoop() }
    thread.start()
  }

  /// The URL of `path` on this server.
  public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

  /// Stops accepting connections.
  public func stop() {
    stopped.store(true, ordering: .relaxed)
    shutdown(listener, Int32(SHUT_RDWR))
    close(listener)
  }

  deinit { if !stopped.load(ordering: .relaxed) { stop() } }

  private func acceptLoop() {
    while !stopped.load(ordering: .relaxed) {
      let connection = accept(listener, nil, nil)
      if connection < 0 {
        if errno == EINTR { continue }
        return
      }
      let thread = Thread { [self] in serve(connection) }
      thread.start()
    }
  }

  private func serve(_ connection: Int32) {
    defer { close(connection) }
    guard let request = readRequest(connection) else { return }
    received.withLock { $0.append(request) }
    switch handler(request) {
    case .full(let status, let headers, let body):
      var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
      var all = headers
      all["Content-Length"] = String(body.count)
      all["Connection"] = "close"
      for (name, value) in all.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
      head += "\r\n"
      guard send(connection, Array(head.utf8)) else { return }
      if request.method != "HEAD" { _ = send(connection, body) }
    case .endless(let headers):
      var head = "HTTP/1.1 200 OK\r\nConnection: close\r\n"
      for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
        head += "\(name): \(value)\r\n"
      }
      head += "\r\n"
      guard send(connection, Array(head.utf8)) else { return }
      let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 64 * 1024)
      while !stopped.load(ordering: .relaxed) && send(connection, chunk) {}
    case .silence(let seconds):
      Thread.sleep(forTimeInterval: seconds)
    }
  }

  private func readRequest(_ connection: Int32) -> Request? {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while bytes.count < 65536 {
      let count = buffer.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
      guard count > 0 else { return nil }
      bytes += buffer.prefix(count)
      if let end = bytes.firstRange(of: [13, 10, 13, 10]) {
        let head = String(decoding: bytes[..<end.lowerBound], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
          guard let colon = line.firstIndex(of: ":") else { continue }
          headers[line[..<colon].lowercased()] = line[line.index(after: colon)...]
            .trimmingCharacters(in: .whitespaces)
        }
        return Request(
          method: String(requestLine[0]), path: String(requestLine[1]), headers: headers)
      }
    }
    return nil
  }

  private func send(_ connection: Int32, _ bytes: [UInt8]) -> Bool {
    var done = 0
    while done < bytes.count {
      let count = bytes.withUnsafeBytes {
        Glibc.send(connection, $0.baseAddress! + done, $0.count - done, Int32(MSG_NOSIGNAL))
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return false }
      done += count
    }
    return true
  }

  private static func reason(_ status: Int) -> String {
    switch status {
    case 200: return "OK"
    case 301: return "Moved Permanently"
    case 302: return "Found"
    case 304: return "Not Modified"
    case 404: return "Not Found"
    case 500: return "Internal Server Error"
    default: return "Status"
    }
  }
}
