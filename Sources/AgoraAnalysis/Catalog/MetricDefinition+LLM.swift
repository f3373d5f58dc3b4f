/// The `llm.*` metrics: how LLM-driven agents decided, from the engine's `LLMUsageLedger`
/// (AgoraAgents, which names them in `LLMUsageLedger.metrics`; `MetricCatalogTests` checks that
/// the ledger's names are exactly these).
extension MetricDefinition {
    private static func llm(_ key: String, _ definition: String, unit: Unit = .count) -> MetricDefinition {
        MetricDefinition("llm.\(key)", unit, .llmUsage, summary: definition, definition: definition)
    }

    /// `llm.decisions`: sessions of LLM-driven agents.
    public static let llmDecisions = llm("decisions", "sessions of LLM-driven agents")
    /// `llm.decisions.valid`: sessions decided from a valid answer.
    public static let llmDecisionsValid = llm("decisions.valid", "sessions decided from a valid answer")
    /// `llm.decisions.valid_share`: their share of `llm.decisions`.
    public static let llmDecisionsValidShare = llm(
        "decisions.valid_share", "`llm.decisions.valid` / `llm.decisions` (0 without decisions)", unit: .share)
    /// `llm.decisions.repaired`: sessions decided from a repaired answer.
    public static let llmDecisionsRepaired = llm(
        "decisions.repaired", "sessions decided from a repaired answer (unknown ids dropped, values fixed)")
    /// `llm.decisions.repaired_share`: their share of `llm.decisions`.
    public static let llmDecisionsRepairedShare = llm(
        "decisions.repaired_share", "`llm.decisions.repaired` / `llm.decisions` (0 without decisions)", unit: .share)
    /// `llm.decisions.fallback`: sessions decided by the rule policy instead.
    public static let llmDecisionsFallback = llm("decisions.fallback", "sessions that fell back to the rule policy")
    /// `llm.decisions.fallback_share`: their share of `llm.decisions`.
    public static let llmDecisionsFallbackShare = llm(
        "decisions.fallback_share", "`llm.decisions.fallback` / `llm.decisions` (0 without decisions)", unit: .share)
    /// `llm.prompt_tokens`: prompt tokens of the answers used.
    public static let llmPromptTokens = llm(
        "prompt_tokens", "prompt tokens the server reported for the answers used (cached answers included)")
    /// `llm.completion_tokens`: completion tokens of the answers used.
    public static let llmCompletionTokens = llm(
        "completion_tokens", "completion tokens the server reported for the answers used (cached answers included)")
    /// `llm.unknown_ids_dropped`: ids in answers that the prompt did not list.
    public static let llmUnknownIDsDropped = llm("unknown_ids_dropped", "post/user ids in answers that the prompt did not list")
    /// `llm.invalid_answers`: answers that were not a usable JSON object.
    public static let llmInvalidAnswers = llm("invalid_answers", "answers that were not a usable JSON object")
    /// `llm.failed_requests`: requests that failed for good.
    public static let llmFailedRequests = llm("failed_requests", "requests that failed for good after retries")
    /// `llm.cache_hits`: answers read from the response cache.
    public static let llmCacheHits = llm(
        "cache_hits", "answers read from the response cache (differs between live and replay)")
    /// `llm.server_calls`: answers asked from a server.
    public static let llmServerCalls = llm("server_calls", "answers asked from a server (differs between live and replay)")
}

extension MetricCatalog {
    /// The `llm.*` metrics' part of docs/metrics.md.
    static let llmSection = Section(
        "LLM-driven agents (`LLMUsageLedger`; worlds with `policy: llm` types only)",
        introduction: """
            Unlike every metric above, these come from the engine's `LLMUsageLedger`, not from the trace (the
            trace holds what agents did, not how a model answered); [llm-agents.md](llm-agents.md) has the details.
            """,
        rows: [
            .metric(.llmDecisions), .metric(.llmDecisionsValid), .metric(.llmDecisionsValidShare),
            .metric(.llmDecisionsRepaired), .metric(.llmDecisionsRepairedShare), .metric(.llmDecisionsFallback),
            .metric(.llmDecisionsFallbackShare), .metric(.llmPromptTokens), .metric(.llmCompletionTokens),
            .metric(.llmUnknownIDsDropped), .metric(.llmInvalidAnswers), .metric(.llmFailedRequests),
            .metric(.llmCacheHits), .metric(.llmServerCalls),
        ])
}
