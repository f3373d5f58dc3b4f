import AgoraCore

/// One recorded outcome of one request: the answer (text and token usage) or the transport
/// failure that ended it, plus how the policy judged the answer. Replaying a run reads these
/// instead of calling the server, so every outcome — failures and fallbacks included — repeats
/// exactly. The run catalog (AgoraStore) persists this type as one `llm_cache` row; there is no
/// separate record type to keep in step with it.
public struct LLMCacheEntry: Codable, Equatable, Sendable {
    /// `LLMCacheKey` of the request (hex SHA-256).
    public var key: String
    /// Model name.
    public var model: String
    /// The agent.
    public var agent: UInt32
    /// The agent's session sequence number.
    public var session: UInt64
    /// 0 for the first request of a session, 1 for the retry after an invalid answer.
    public var attempt: Int
    /// The request body sent (canonical JSON; never holds the API key).
    public var requestJSON: String
    /// The answer's text, nil when the request failed.
    public var content: String?
    /// Prompt tokens of the answer.
    public var promptTokens: Int
    /// Completion tokens of the answer.
    public var completionTokens: Int
    /// The failure kind when the request failed for good (`LLMError.Kind` raw value).
    public var failureKind: String?
    /// The failure message when the request failed for good.
    public var failureMessage: String?
    /// How the policy judged the answer: `valid`, `repaired`, `invalid` or `failed`.
    public var verdict: String

    /// Creates an entry.
    public init(key: String, model: String, agent: UInt32, session: UInt64, attempt: Int, requestJSON: String,
                content: String?, promptTokens: Int, completionTokens: Int, failureKind: String?,
                failureMessage: String?, verdict: String) {
        self.key = key
        self.model = model
        self.agent = agent
        self.session = session
        self.attempt = attempt
        self.requestJSON = requestJSON
        self.content = content
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.failureKind = failureKind
        self.failureMessage = failureMessage
        self.verdict = verdict
    }
}

/// The cache key of a request: hex SHA-256 of the canonical request body (model, messages,
/// parameters) together with the agent, its session sequence number and the attempt number.
public enum LLMCacheKey {
    /// The key. O(size of the body).
    public static func make(body: [UInt8], agent: UInt32, session: UInt64, attempt: Int) -> String {
        var hasher = SHA256()
        hasher.update(Array("agora-llm-cache-v1\u{0}agent=\(agent)\u{0}session=\(session)\u{0}attempt=\(attempt)\u{0}".utf8))
        hasher.update(body)
        return SHA256.hexString(hasher.finalize())
    }
}
