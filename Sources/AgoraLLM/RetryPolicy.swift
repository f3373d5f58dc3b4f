import AgoraCore

/// When and how long to wait before retrying a failed request: exponential backoff with jitter,
/// at least what the server asked for with `Retry-After`.
///
/// The jitter comes from a `RandomStream` keyed by the request (agent, session, attempt), so the
/// schedule of waits is reproducible; waits affect only wall time, never results.
public struct RetryPolicy: Equatable, Sendable {
    /// Retries after the first try.
    public var maxRetries: Int
    /// Wait before the first retry, in seconds; doubled per retry.
    public var baseDelay: Double
    /// No wait is longer than this, in seconds (including a server's `Retry-After`).
    public var maximumDelay: Double

    /// Creates a policy.
    public init(maxRetries: Int, baseDelay: Double, maximumDelay: Double = 30) {
        self.maxRetries = max(0, maxRetries)
        self.baseDelay = max(0, baseDelay)
        self.maximumDelay = maximumDelay
    }

    /// The wait before retry number `retry` (0-based): `base · 2^retry · u`, `u` uniform in
    /// `[0.5, 1)` ("equal jitter"), raised to `retryAfter` when the server gave one, capped at
    /// `maximumDelay`.
    public func delay(beforeRetry retry: Int, retryAfter: Double?, jitter: inout RandomStream) -> Double {
        let exponential = baseDelay * Double(1 << min(retry, 20)) * (0.5 + 0.5 * jitter.nextUnit())
        return min(maximumDelay, max(exponential, retryAfter ?? 0))
    }
}
