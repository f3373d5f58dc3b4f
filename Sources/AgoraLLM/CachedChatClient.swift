import AgoraCore
import Foundation

/// The response cache in front of a `ChatClient`, following the run's `LLMCacheMode`: `live`
/// reads through and calls the server on a miss, `replay` never calls the server (a miss is an
/// error naming the agent and session), `refresh` always calls and overwrites.
///
/// A request that fails for good (after the client's retries) becomes an entry too, so replay
/// repeats the failure and the fallback that followed it. New entries are returned, not written:
/// the caller records them once the decision is judged (`LLMCacheEntry.verdict`).
public final class CachedChatClient: Sendable {
    /// The server client; nil in replay mode (no server needed).
    public let client: ChatClient?
    /// The cache.
    public let cache: any LLMResponseCache
    /// How the cache is used.
    public let mode: LLMCacheMode

    /// Creates the gateway. `client` may be nil only in `replay` mode.
    public init(client: ChatClient?, cache: any LLMResponseCache, mode: LLMCacheMode) {
        self.client = client
        self.cache = cache
        self.mode = mode
    }

    /// The cache key of `request` for (agent, session, attempt).
    public func key(of request: ChatRequest, agent: UInt32, session: UInt64, attempt: Int) -> String {
        LLMCacheKey.make(body: [UInt8](request.body()), agent: agent, session: session, attempt: attempt)
    }

    /// The outcome of `request` for (agent, session, attempt), from the cache or the server.
    /// - Parameter lookedUp: the result of a batch lookup (`LLMResponseCache.entries(forKeys:)`)
    ///   that included this request's key, so the cache need not be read again; nil reads it.
    /// - Returns: the entry (verdict still `pending` when new) and whether it came from the cache.
    /// - Throws: `LLMError` `.cacheMiss` in replay mode when nothing is recorded; cache read errors.
    public func answer(_ request: ChatRequest, agent: UInt32, session: UInt64, attempt: Int,
                       jitter: inout RandomStream, lookedUp: [String: LLMCacheEntry]? = nil)
        throws(LLMError) -> (entry: LLMCacheEntry, fromCache: Bool) {
        let body = request.body()
        let bytes = [UInt8](body)
        let key = LLMCacheKey.make(body: bytes, agent: agent, session: session, attempt: attempt)
        if mode != .refresh {
            let cached: LLMCacheEntry?
            if let lookedUp { cached = lookedUp[key] } else { cached = try cache.entry(forKey: key) }
            if let cached { return (cached, true) }
        }
        guard mode != .replay, let client else {
            throw LLMError(
                .cacheMiss,
                "--llm replay: no cached answer for agent \(agent), session \(session), attempt \(attempt) (model '\(request.model)'); "
                    + "run once with --llm live against a server to record it, or check that the world, seed and overrides are unchanged")
        }
        var entry = LLMCacheEntry(key: key, model: request.model, agent: agent, session: session, attempt: attempt,
                                  requestJSON: String(decoding: bytes, as: UTF8.self), content: nil, promptTokens: 0,
                                  completionTokens: 0, failureKind: nil, failureMessage: nil, verdict: "pending")
        do throws(LLMError) {
            let completion = try client.complete(request, jitter: &jitter)
            entry.content = completion.content
            entry.promptTokens = completion.promptTokens
            entry.completionTokens = completion.completionTokens
        } catch {
            entry.failureKind = error.kind.rawValue
            entry.failureMessage = error.message
        }
        return (entry, false)
    }
}
