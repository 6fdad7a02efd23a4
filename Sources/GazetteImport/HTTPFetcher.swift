import Foundation
import Synchronization

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Downloads pages and feeds over HTTP(S): a User-Agent naming Gazette, conditional requests
/// (ETag / Last-Modified), at most `maxRedirects` redirects, an idle and a total timeout, and a
/// size limit checked as the body arrives, so an endless body stops at the limit.
public final class HTTPFetcher: Sendable {
  /// What a download gave.
  public enum Response: Sendable {
    /// The body, its `Content-Type`, the final URL after redirects and the validators to send
    /// next time.
    case body(
      bytes: [UInt8], contentType: String?, finalURL: String, validators: HTTPValidators)
    /// HTTP 304: nothing changed since the validators sent.
    case notModified
  }

  /// Why a download failed.
  public struct Failure: Error, Equatable, CustomStringConvertible {
    /// Plain words.
    public var description: String
  }

  /// The User-Agent sent.
  public static let userAgent = "Gazette/0.1 (gazette import; civic notice reader)"

  private let limits: ImportLimits

  /// Creates a fetcher keeping to `limits`.
  public init(limits: ImportLimits) {
    self.limits = limits
  }

  /// Downloads `url`, sending `validators` from the last download.
  public func fetch(_ url: URL, validators: HTTPValidators?) throws(Failure) -> Response {
    guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
      throw Failure(description: "only http and https addresses can be fetched")
    }
    var request = URLRequest(url: url)
    request.cachePolicy = .reloadIgnoringLocalCacheData
    request.timeoutInterval = limits.idleTimeout
    request.setValue(Self.userAgent, forHTTPHeaderField: "User-Agent")
    request.setValue(
      "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, "
        + "text/plain;q=0.8, */*;q=0.5", forHTTPHeaderField: "Accept")
    if let etag = validators?.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
    if let modified = validators?.lastModified {
      request.setValue(modified, forHTTPHeaderField: "If-Modified-Since")
    }
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = limits.idleTimeout
    configuration.timeoutIntervalForResource = limits.totalTimeout
    configuration.urlCache = nil
    configuration.httpCookieStorage = nil
    let delegate = DownloadDelegate(limits: limits)
    let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    defer { session.invalidateAndCancel() }
    let task = session.dataTask(with: request)
    task.resume()
    // The delegate reports the end; the total timeout bounds the wait even if it never does.
    guard delegate.finished.wait(timeout: .now() + limits.totalTimeout + 5) == .success else {
      task.cancel()
      throw Failure(description: "timed out after \(Int(limits.totalTimeout)) seconds")
    }
    return try delegate.result(for: url)
  }
}

/// Collects one download's body and enforces the limits as it arrives.
private final class DownloadDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
  let finished = DispatchSemaphore(value: 0)
  private let limits: ImportLimits
  private let state = Mutex(State())

  struct State {
    var bytes: [UInt8] = []
    var response: HTTPURLResponse?
    var redirects = 0
    var failure: String?
    var done = false
  }

  init(limits: ImportLimits) {
    self.limits = limits
  }

  func urlSession(
    _ session: URLSession, task: URLSessionTask,
    willPerformHTTPRedirection response: HTTPURLResponse, newRequest request: URLRequest,
    completionHandler: @escaping @Sendable (URLRequest?) -> Void
  ) {
    let allowed = state.withLock { state -> Bool in
      state.redirects += 1
      if state.redirects > limits.maxRedirects {
        state.failure = "too many redirects (more than \(limits.maxRedirects)); a redirect loop?"
        return false
      }
      return true
    }
    if allowed {
      var next = request
      next.setValue(HTTPFetcher.userAgent, forHTTPHeaderField: "User-Agent")
      completionHandler(next)
    } else {
      completionHandler(nil)
      task.cancel()
    }
  }

  func urlSession(
    _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
  ) {
    let http = response as? HTTPURLResponse
    let tooLarge = http.map { $0.expectedContentLength > Int64(limits.maxDocumentBytes) } ?? false
    state.withLock { state in
      state.response = http
      if tooLarge {
        state.failure =
          "too large: the server announces \(http!.expectedContentLength) bytes "
          + "(the limit is \(limits.maxDocumentBytes))"
      }
    }
    completionHandler(tooLarge ? .cancel : .allow)
  }

  func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
    let over = state.withLock { state -> Bool in
      guard state.failure == nil else { return true }
      state.bytes.append(contentsOf: data)
      if state.bytes.count > limits.maxDocumentBytes {
        state.failure =
          "too large: more than \(limits.maxDocumentBytes) bytes (the limit); the download was "
          + "stopped"
        state.bytes = []
        return true
      }
      return false
    }
    if over { dataTask.cancel() }
  }

  func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
    state.withLock { state in
      if state.failure == nil, let error {
        let nsError = error as NSError
        if nsError.code == NSURLErrorTimedOut {
          state.failure =
            "timed out (no data for \(Int(limits.idleTimeout)) seconds, or over "
            + "\(Int(limits.totalTimeout)) seconds in all)"
        } else {
          state.failure = error.localizedDescription
        }
      }
      state.done = true
    }
    finished.signal()
  }

  func result(for url: URL) throws(HTTPFetcher.Failure) -> HTTPFetcher.Response {
    let snapshot = state.withLock { $0 }
    if let failure = snapshot.failure { throw HTTPFetcher.Failure(description: failure) }
    guard let response = snapshot.response else {
      throw HTTPFetcher.Failure(description: "no response")
    }
    if response.statusCode == 304 { return .notModified }
    if (300..<400).contains(response.statusCode) {
      throw HTTPFetcher.Failure(
        description: "HTTP \(response.statusCode): a redirect without a Location")
    }
    guard (200..<300).contains(response.statusCode) else {
      throw HTTPFetcher.Failure(
        description:
          "HTTP \(response.statusCode) \(HTTPURLResponse.localizedString(forStatusCode: response.statusCode))"
      )
    }
    let validators = HTTPValidators(
      etag: response.value(forHTTPHeaderField: "ETag"),
      lastModified: response.value(forHTTPHeaderField: "Last-Modified"))
    return .body(
      bytes: snapshot.bytes, contentType: response.value(forHTTPHeaderField: "Content-Type"),
      finalURL: response.url?.absoluteString ?? url.absoluteString, validators: validators)
  }
}
