import AgoraCore
import Foundation

/// An OpenAI-compatible chat-completions client: an endpoint pool, a per-endpoint concurrency
/// limit, a timeout per request, and retries with jittered exponential backoff on 429, 5xx,
/// timeouts and broken or garbled answers.
///
/// Calls block the calling thread (the engine calls it from a bounded set of decide threads).
/// Thread-safe.
///
/// ```swift
/// let client = try ChatClient(endpoints: ["http://127.0.0.1:8080/v1"], apiKey: nil,
///                             concurrencyPerEndpoint: 2, timeout: 60, retry: RetryPolicy(maxRetries: 3, baseDelay: 0.5))
/// var jitter = RandomStream(seed: 1, purpose: .llm)
/// let answer = try client.complete(request, jitter: &jitter)
/// ```
public final class ChatClient: @unchecked Sendable {
    /// The endpoints and their concurrency limit.
    public let pool: LLMEndpointPool
    /// Seconds one try may take.
    public let timeout: Double
    /// Retry schedule.
    public let retry: RetryPolicy
    private let transport: HTTPTransport
    private let sleep: @Sendable (Double) -> Void
    private let lock = NSLock()
    private var counters = ChatClientCounters()

    /// Creates a client.
    /// - Parameters:
    ///   - endpoints: base URLs such as `http://127.0.0.1:8080/v1`.
    ///   - apiKey: the key itself (read from the environment by the caller), or nil.
    ///   - sleep: how to wait between retries (tests may shorten it; it never affects results).
    /// - Throws: `LLMError` `.configuration` for unusable endpoint URLs.
    public init(endpoints: [String], apiKey: String?, concurrencyPerEndpoint: Int, timeout: Double, retry: RetryPolicy,
                sleep: @escaping @Sendable (Double) -> Void = { Thread.sleep(forTimeInterval: $0) }) throws(LLMError) {
        pool = try LLMEndpointPool(baseURLs: endpoints, limit: concurrencyPerEndpoint)
        // Several endpoints may share a host (ports or paths); the pool, not URLSession, enforces
        // the per-endpoint limit, so URLSession may open as many connections as the whole pool.
        transport = HTTPTransport(apiKey: apiKey, connectionsPerHost: pool.capacity)
        self.timeout = timeout
        self.retry = retry
        self.sleep = sleep
    }

    /// Sends `request`, retrying retryable failures, and returns the first choice with its usage.
    /// - Parameter jitter: the stream retry waits are drawn from.
    /// - Throws: the last `LLMError` once retries are exhausted or the failure is not retryable.
    public func complete(_ request: ChatRequest, jitter: inout RandomStream) throws(LLMError) -> ChatCompletion {
        let body = request.body()
        var retryNumber = 0
        while true {
            let endpoint = pool.acquire()
            let result: Result<ChatCompletion, LLMError>
            do throws(LLMError) {
                result = .success(try attempt(body, url: pool.completionURLs[endpoint]))
            } catch {
                result = .failure(error)
            }
            pool.release(endpoint)
            count { $0.requests += 1 }
            switch result {
            case .success(let completion):
                return completion
            case .failure(let error):
                guard error.isRetryable, retryNumber < retry.maxRetries else {
                    count { $0.failures += 1 }
                    throw error
                }
                count { $0.retries += 1 }
                sleep(retry.delay(beforeRetry: retryNumber, retryAfter: error.retryAfter, jitter: &jitter))
                retryNumber += 1
            }
        }
    }

    /// One try against one endpoint.
    private func attempt(_ body: Data, url: URL) throws(LLMError) -> ChatCompletion {
        let response = try transport.post(body, to: url, timeout: timeout)
        guard response.status == 200 else {
            throw LLMError(.httpStatus, "\(HTTPTransport.describe(url)) answered HTTP \(response.status) (\(LLMError.snippet(response.body)))",
                           status: response.status, retryAfter: response.retryAfter)
        }
        return try ChatCompletion.parse(response.body)
    }

    /// Requests sent, retries and final failures so far.
    public var statistics: ChatClientCounters {
        lock.lock()
        defer { lock.unlock() }
        return counters
    }

    private func count(_ change: (inout ChatClientCounters) -> Void) {
        lock.lock()
        change(&counters)
        lock.unlock()
    }
}

/// What a `ChatClient` has done so far.
public struct ChatClientCounters: Equatable, Sendable {
    /// HTTP requests sent (tries, including retries).
    public var requests = 0
    /// Retries after retryable failures.
    public var retries = 0
    /// Requests that failed for good.
    public var failures = 0
}
