import Foundation

/// Several OpenAI-compatible endpoints sharing the load: each request goes to the endpoint with
/// the fewest requests in flight (ties to the one that served fewest so far, then to the earlier
/// endpoint), and no endpoint ever has more than
/// `limit` in flight — a caller waits until a slot frees up.
///
/// A slow endpoint keeps its slots busy longer, so it naturally gets fewer requests. Which endpoint
/// answered never matters for results (answers are cached by request, not by endpoint), only for
/// wall time. Thread-safe (one condition variable).
public final class LLMEndpointPool: @unchecked Sendable {
    /// The `…/chat/completions` URL of each endpoint.
    public let completionURLs: [URL]
    /// Requests in flight per endpoint at most.
    public let limit: Int
    private let condition = NSCondition()
    private var outstanding: [Int]
    private var served: [Int]

    /// Creates a pool from base URLs such as `http://127.0.0.1:8080/v1`.
    /// - Throws: `LLMError` `.configuration` for an empty list or a URL that is not http(s).
    public init(baseURLs: [String], limit: Int) throws(LLMError) {
        guard !baseURLs.isEmpty else {
            throw LLMError(.configuration, "no LLM endpoints configured; list at least one base URL in llm.endpoints")
        }
        var urls: [URL] = []
        for (position, text) in baseURLs.enumerated() {
            guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
                url.host != nil
            else {
                throw LLMError(.configuration, "llm.endpoints[\(position)] is not an http(s) URL; write it like http://127.0.0.1:8080/v1")
            }
            urls.append(url.appendingPathComponent("chat").appendingPathComponent("completions"))
        }
        completionURLs = urls
        self.limit = max(1, limit)
        outstanding = [Int](repeating: 0, count: urls.count)
        served = [Int](repeating: 0, count: urls.count)
    }

    /// Most requests the whole pool runs at once.
    public var capacity: Int { limit * completionURLs.count }

    /// Takes a slot on the least-loaded endpoint, waiting while all are full. Pair with `release`.
    public func acquire() -> Int {
        condition.lock()
        defer { condition.unlock() }
        while true {
            var best = -1
            for index in outstanding.indices where outstanding[index] < limit {
                if best < 0 || outstanding[index] < outstanding[best]
                    || (outstanding[index] == outstanding[best] && served[index] < served[best]) { best = index }
            }
            if best >= 0 {
                outstanding[best] += 1
                served[best] += 1
                return best
            }
            condition.wait()
        }
    }

    /// Frees the slot taken on endpoint `index`.
    public func release(_ index: Int) {
        condition.lock()
        outstanding[index] -= 1
        condition.signal()
        condition.unlock()
    }

    /// Requests handed to each endpoint so far.
    public var requestsServed: [Int] {
        condition.lock()
        defer { condition.unlock() }
        return served
    }
}
