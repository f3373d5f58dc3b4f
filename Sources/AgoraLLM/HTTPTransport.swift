import Dispatch
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A blocking JSON POST over Foundation's `URLSession`, with a hard deadline.
///
/// Why URLSession and not async-http-client: Foundation ships with the toolchain, while
/// async-http-client (and swift-nio under it) adds 2.5–4.5 minutes to every clean build on the
/// project's CI machines. The engine's decide phase runs on plain threads, so a blocking call
/// with a semaphore is the simplest correct shape.
///
/// Thread-safe: `URLSession` is; the type keeps no other mutable state.
public final class HTTPTransport: Sendable {
    /// The answer to a POST.
    public struct Response: Sendable {
        /// HTTP status.
        public var status: Int
        /// `Retry-After` in seconds, when the server sent one.
        public var retryAfter: Double?
        /// The body.
        public var body: Data
    }

    private let session: URLSession
    private let authorization: String?

    /// Creates a transport.
    /// - Parameters:
    ///   - apiKey: sent as `Authorization: Bearer …`; kept only in memory, never logged.
    ///   - connectionsPerHost: connections URLSession may open per endpoint.
    public init(apiKey: String?, connectionsPerHost: Int) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = max(1, connectionsPerHost)
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        session = URLSession(configuration: configuration)
        authorization = apiKey.map { "Bearer \($0)" }
    }

    deinit { session.finishTasksAndInvalidate() }

    /// POSTs `body` as JSON to `url`, waiting at most `timeout` seconds for the whole answer.
    /// - Throws: `LLMError` `.timeout` or `.transport` (refused, reset, truncated body).
    public func post(_ body: Data, to url: URL, timeout: Double) throws(LLMError) -> Response {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.httpBody = body
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        if let authorization { request.setValue(authorization, forHTTPHeaderField: "Authorization") }
        let box = ResponseBox()
        let task = session.dataTask(with: request) { data, response, error in
            box.set(data: data, response: response as? HTTPURLResponse, error: error)
        }
        task.resume()
        if box.done.wait(timeout: .now() + timeout) == .timedOut {
            task.cancel()
            throw LLMError(.timeout, "no answer from \(Self.describe(url)) within \(Self.seconds(timeout))")
        }
        let (data, response, error) = box.get()
        if let error {
            let code = (error as? URLError)?.code
            if code == .timedOut {
                throw LLMError(.timeout, "no answer from \(Self.describe(url)) within \(Self.seconds(timeout))")
            }
            throw LLMError(.transport, "the request to \(Self.describe(url)) failed: \(error.localizedDescription)")
        }
        guard let response else {
            throw LLMError(.transport, "the request to \(Self.describe(url)) got no HTTP response")
        }
        let retryAfter = (response.value(forHTTPHeaderField: "Retry-After")).flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        return Response(status: response.statusCode, retryAfter: retryAfter, body: data ?? Data())
    }

    /// The URL without user info or query (which could hold secrets).
    static func describe(_ url: URL) -> String {
        var components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        components?.user = nil
        components?.password = nil
        components?.query = nil
        return components?.string ?? "the endpoint"
    }

    static func seconds(_ value: Double) -> String { String(format: "%.1f s", value) }
}

/// Hands a URLSession completion to the waiting thread.
/// `@unchecked Sendable` invariant: fields are written once under `lock` before `done` is signalled
/// and read after the wait returns.
private final class ResponseBox: @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var data: Data?
    private var response: HTTPURLResponse?
    private var error: (any Error)?

    func set(data: Data?, response: HTTPURLResponse?, error: (any Error)?) {
        lock.lock()
        self.data = data
        self.response = response
        self.error = error
        lock.unlock()
        done.signal()
    }

    func get() -> (Data?, HTTPURLResponse?, (any Error)?) {
        lock.lock()
        defer { lock.unlock() }
        return (data, response, error)
    }
}
