/// One row of the catalog's `llm_cache` table: a recorded LLM request outcome (the engine maps it
/// to and from AgoraLLM's `LLMCacheEntry`; the catalog does not import the client).
public struct LLMCacheRecord: Equatable, Sendable {
    /// The request's cache key (hex SHA-256).
    public var key: String
    /// Model name.
    public var model: String
    /// Agent id.
    public var agent: Int64
    /// Session sequence number.
    public var session: Int64
    /// Attempt number within the session.
    public var attempt: Int
    /// Request body (canonical JSON, no API key).
    public var requestJSON: String
    /// Answer text, nil after a failure.
    public var content: String?
    /// Prompt tokens.
    public var promptTokens: Int
    /// Completion tokens.
    public var completionTokens: Int
    /// Failure kind, when the request failed.
    public var failureKind: String?
    /// Failure message, when the request failed.
    public var failureMessage: String?
    /// The policy's verdict (`valid`, `repaired`, `invalid`, `failed`).
    public var verdict: String

    /// Creates a record.
    public init(key: String, model: String, agent: Int64, session: Int64, attempt: Int, requestJSON: String,
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

/// One persona used by a run (`llm_personas`).
public struct LLMPersonaRecord: Equatable, Sendable {
    /// Persona id as written in the trace header's `persona` column.
    public var persona: Int
    /// Persona name.
    public var name: String
    /// Traits, interests and backstory as JSON.
    public var traitsJSON: String

    /// Creates a record.
    public init(persona: Int, name: String, traitsJSON: String) {
        self.persona = persona
        self.name = name
        self.traitsJSON = traitsJSON
    }
}

/// Token usage and decision outcomes of one LLM-driven agent in a run (`llm_agent_usage`).
public struct LLMAgentUsageRecord: Equatable, Sendable {
    /// Agent id.
    public var agent: Int64
    /// Its persona id.
    public var persona: Int
    /// Prompt tokens over the run.
    public var promptTokens: Int
    /// Completion tokens over the run.
    public var completionTokens: Int
    /// Sessions decided from a valid answer.
    public var valid: Int
    /// Sessions decided from an answer with dropped unknown ids or clamped values.
    public var repaired: Int
    /// Sessions that fell back to the rule policy.
    public var fallback: Int

    /// Creates a record.
    public init(agent: Int64, persona: Int, promptTokens: Int, completionTokens: Int, valid: Int, repaired: Int, fallback: Int) {
        self.agent = agent
        self.persona = persona
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.valid = valid
        self.repaired = repaired
        self.fallback = fallback
    }
}
