import GRDB

extension CatalogSchema {
    /// Name of the migration adding the LLM response cache, the personas of each run's LLM-driven
    /// agents and their per-agent token usage.
    static let llmCachePersonasUsage = "llm-response-cache-personas-usage"

    /// `llm-response-cache-personas-usage`.
    ///
    /// - `llm_cache`: one row per request outcome, keyed by the request's cache key (a hash of
    ///   model, messages, parameters, agent, session sequence and attempt); shared by every run of
    ///   the folder, so a rerun replays from it. `content` is null when the request failed, and
    ///   then `failure_kind`/`failure_message` say why; `verdict` is how the policy judged it.
    /// - `llm_personas`: the persona of each persona id used by a run (traits as JSON).
    /// - `llm_agent_usage`: tokens and decision outcomes per LLM-driven agent of a run.
    static func createLLMCachePersonasUsage(_ db: Database) throws {
        try db.create(table: "llm_cache", options: [.withoutRowID]) { t in
            t.primaryKey("key", .text)
            t.column("model", .text).notNull()
            t.column("agent", .integer).notNull()
            t.column("session", .integer).notNull()
            t.column("attempt", .integer).notNull()
            t.column("request_json", .text).notNull()
            t.column("content", .text)
            t.column("prompt_tokens", .integer).notNull()
            t.column("completion_tokens", .integer).notNull()
            t.column("failure_kind", .text)
            t.column("failure_message", .text)
            t.column("verdict", .text).notNull()
            t.column("recorded_at", .text).notNull()
        }
        try db.create(table: "llm_personas", options: [.withoutRowID]) { t in
            t.column("run_id", .text).notNull().references("runs", onDelete: .cascade)
            t.column("persona", .integer).notNull()
            t.column("name", .text).notNull()
            t.column("traits_json", .text).notNull()
            t.primaryKey(["run_id", "persona"])
        }
        try db.create(table: "llm_agent_usage", options: [.withoutRowID]) { t in
            t.column("run_id", .text).notNull().references("runs", onDelete: .cascade)
            t.column("agent", .integer).notNull()
            t.column("persona", .integer).notNull()
            t.column("prompt_tokens", .integer).notNull()
            t.column("completion_tokens", .integer).notNull()
            t.column("valid", .integer).notNull()
            t.column("repaired", .integer).notNull()
            t.column("fallback", .integer).notNull()
            t.primaryKey(["run_id", "agent"])
        }
    }
}
