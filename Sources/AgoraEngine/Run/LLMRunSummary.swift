import AgoraAgents
import AgoraLLM

/// The LLM part of a run's summary (`summary.json` key `llm`, printed by `agora run`): how the
/// LLM-driven sessions were decided, the tokens they cost, and how fast answers came. Absent for
/// rule-only worlds.
public struct LLMRunSummary: Codable, Equatable, Sendable {
    /// `live`, `replay` or `refresh`.
    public var mode: String
    /// LLM-driven sessions decided.
    public var decisions: Int
    /// Decided from a valid answer.
    public var valid: Int
    /// Decided from a repaired answer (unknown ids dropped, values fixed).
    public var repaired: Int
    /// Fell back to the rule policy.
    public var fallback: Int
    /// Prompt tokens.
    public var promptTokens: Int
    /// Completion tokens.
    public var completionTokens: Int
    /// Unknown ids dropped.
    public var unknownIDsDropped: Int
    /// Answers that were not usable JSON.
    public var invalidAnswers: Int
    /// Requests that failed for good.
    public var failedRequests: Int
    /// Answers read from the cache.
    public var cacheHits: Int
    /// Answers asked from the server.
    public var serverCalls: Int
    /// Wall-clock seconds spent getting answers.
    public var resolveSeconds: Double
    /// Decisions per wall-clock second while getting answers.
    public var decisionsPerSecond: Double

    enum CodingKeys: String, CodingKey {
        case mode, decisions, valid, repaired, fallback
        case promptTokens = "prompt_tokens", completionTokens = "completion_tokens"
        case unknownIDsDropped = "unknown_ids_dropped", invalidAnswers = "invalid_answers"
        case failedRequests = "failed_requests", cacheHits = "cache_hits", serverCalls = "server_calls"
        case resolveSeconds = "resolve_seconds", decisionsPerSecond = "decisions_per_second"
    }

    /// The summary of a policy's ledger after a run.
    public init(policy: LLMPolicy) {
        let ledger = policy.ledger
        mode = policy.gateway.mode.rawValue
        decisions = ledger.decisions
        valid = ledger.valid
        repaired = ledger.repaired
        fallback = ledger.fallback
        promptTokens = ledger.promptTokens
        completionTokens = ledger.completionTokens
        unknownIDsDropped = ledger.droppedIDs
        invalidAnswers = ledger.invalidAnswers
        failedRequests = ledger.failedRequests
        cacheHits = ledger.cacheHits
        serverCalls = ledger.serverCalls
        resolveSeconds = policy.resolveSeconds
        decisionsPerSecond = policy.resolveSeconds > 0 ? Double(ledger.decisions) / policy.resolveSeconds : 0
    }

    /// "valid 61%, repaired 30%, fallback 9%".
    public var sharesText: String {
        let total = Double(max(decisions, 1))
        func share(_ n: Int) -> String { "\(Int((Double(n) / total * 100).rounded()))%" }
        return "valid \(share(valid)), repaired \(share(repaired)), fallback \(share(fallback))"
    }
}
