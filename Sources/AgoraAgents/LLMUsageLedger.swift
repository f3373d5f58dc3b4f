/// Token usage and decision outcomes of a run's LLM-driven agents, per run and per agent.
/// Updated in the serial apply phase, in total order, so its figures are the same on replay.
public struct LLMUsageLedger: Equatable, Sendable {
    /// Usage of one agent.
    public struct AgentUsage: Equatable, Sendable {
        /// The agent's persona id.
        public var persona: UInt32 = 0
        /// Prompt tokens.
        public var promptTokens = 0
        /// Completion tokens.
        public var completionTokens = 0
        /// Sessions decided from a valid answer.
        public var valid = 0
        /// Sessions decided from a repaired answer.
        public var repaired = 0
        /// Sessions that fell back to the rule policy.
        public var fallback = 0
    }

    /// LLM sessions decided.
    public var decisions = 0
    /// Sessions decided from a valid answer.
    public var valid = 0
    /// Sessions decided from a repaired answer (unknown ids dropped, values fixed).
    public var repaired = 0
    /// Sessions that fell back to the rule policy (invalid twice, or the request failed).
    public var fallback = 0
    /// Prompt tokens.
    public var promptTokens = 0
    /// Completion tokens.
    public var completionTokens = 0
    /// Unknown post or user ids dropped.
    public var droppedIDs = 0
    /// Answers that were not usable JSON.
    public var invalidAnswers = 0
    /// Requests that failed for good (after retries).
    public var failedRequests = 0
    /// Answers read from the cache.
    public var cacheHits = 0
    /// Answers asked from the server.
    public var serverCalls = 0
    /// Usage per agent id.
    public var agents: [UInt32: AgentUsage] = [:]

    /// Creates an empty ledger.
    public init() {}

    /// Adds one decided session.
    public mutating func record(_ slot: LLMSessionSlot) {
        decisions += 1
        var usage = agents[slot.agent.rawValue] ?? AgentUsage()
        usage.persona = slot.persona
        switch slot.verdict {
        case .valid: valid += 1; usage.valid += 1
        case .repaired: repaired += 1; usage.repaired += 1
        default: fallback += 1; usage.fallback += 1
        }
        usage.promptTokens += slot.promptTokens
        usage.completionTokens += slot.completionTokens
        agents[slot.agent.rawValue] = usage
        promptTokens += slot.promptTokens
        completionTokens += slot.completionTokens
        droppedIDs += slot.droppedIDs
        invalidAnswers += slot.invalidAnswers
        failedRequests += slot.failedRequests
        cacheHits += slot.cacheHits
        serverCalls += slot.serverCalls
    }

    /// The run's figures under their metric names (`llm.decisions.valid`, `llm.prompt_tokens`, …),
    /// sorted by name. Shares are of all LLM decisions (0 when there were none).
    public var metrics: [(name: String, value: Double)] {
        let total = Double(max(decisions, 1))
        return [
            ("llm.cache_hits", Double(cacheHits)),
            ("llm.completion_tokens", Double(completionTokens)),
            ("llm.decisions", Double(decisions)),
            ("llm.decisions.fallback", Double(fallback)),
            ("llm.decisions.fallback_share", Double(fallback) / total),
            ("llm.decisions.repaired", Double(repaired)),
            ("llm.decisions.repaired_share", Double(repaired) / total),
            ("llm.decisions.valid", Double(valid)),
            ("llm.decisions.valid_share", Double(valid) / total),
            ("llm.failed_requests", Double(failedRequests)),
            ("llm.invalid_answers", Double(invalidAnswers)),
            ("llm.prompt_tokens", Double(promptTokens)),
            ("llm.server_calls", Double(serverCalls)),
            ("llm.unknown_ids_dropped", Double(droppedIDs)),
        ]
    }
}
