import AgoraLLM
import Foundation
import GRDB

/// The LLM response cache and the per-run LLM tables (`CatalogSchema.llmCachePersonasUsage`).
extension Catalog {
    /// The recorded outcome under `key`, if any. Safe from several threads (reads run concurrently).
    /// - Throws: `CatalogError` when the catalog cannot be read.
    public func llmCacheEntry(forKey key: String) throws(CatalogError) -> LLMCacheEntry? {
        try reading("reading the LLM response cache") { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM llm_cache WHERE key = ?"), arguments: [key])
                .map(LLMCacheEntry.init(row:))
        }
    }

    /// The recorded outcomes of several keys, read in one transaction (a window's worth of
    /// lookups), by key; keys without a row are absent.
    /// - Throws: `CatalogError` when the catalog cannot be read.
    public func llmCacheEntries(forKeys keys: [String]) throws(CatalogError) -> [String: LLMCacheEntry] {
        guard !keys.isEmpty else { return [:] }
        return try reading("reading the LLM response cache") { db in
            let statement = try db.cachedStatement(sql: "SELECT * FROM llm_cache WHERE key = ?")
            var found: [String: LLMCacheEntry] = [:]
            for key in keys {
                guard let row = try Row.fetchOne(statement, arguments: [key]) else { continue }
                found[key] = LLMCacheEntry(row: row)
            }
            return found
        }
    }

    /// Records outcomes in one transaction, replacing rows with the same key (`--llm refresh`).
    /// - Throws: `CatalogError` when the catalog cannot be written.
    public func storeLLMCacheEntries(_ entries: [LLMCacheEntry], recordedAt: Date = Date()) throws(CatalogError) {
        guard !entries.isEmpty else { return }
        let stamp = CatalogTimestamp.text(from: recordedAt)
        try writing("recording LLM answers in the response cache") { db in
            let statement = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO llm_cache (key, model, agent, session, attempt, request_json, content, prompt_tokens,
                    completion_tokens, failure_kind, failure_message, verdict, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for e in entries {
                try statement.execute(arguments: [
                    e.key, e.model, Int64(e.agent), Int64(e.session), e.attempt, e.requestJSON, e.content, e.promptTokens,
                    e.completionTokens, e.failureKind, e.failureMessage, e.verdict, stamp,
                ])
            }
        }
    }

    /// Number of recorded outcomes in the cache.
    public func llmCacheCount() throws(CatalogError) -> Int {
        try reading("counting the LLM response cache") { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM llm_cache") ?? 0 }
    }

    /// Records the personas and per-agent usage of run `runID` (replacing earlier rows of the run).
    /// - Throws: `CatalogError` when the catalog cannot be written.
    public func recordLLMRun(runID: String, personas: [LLMPersonaRecord], usage: [LLMAgentUsageRecord]) throws(CatalogError) {
        try writing("recording the LLM personas and usage of run '\(runID)'") { db in
            try db.execute(sql: "DELETE FROM llm_personas WHERE run_id = ?", arguments: [runID])
            try db.execute(sql: "DELETE FROM llm_agent_usage WHERE run_id = ?", arguments: [runID])
            let persona = try db.cachedStatement(sql: "INSERT INTO llm_personas (run_id, persona, name, traits_json) VALUES (?, ?, ?, ?)")
            for p in personas { try persona.execute(arguments: [runID, p.persona, p.name, p.traitsJSON]) }
            let agent = try db.cachedStatement(sql: """
                INSERT INTO llm_agent_usage (run_id, agent, persona, prompt_tokens, completion_tokens, valid, repaired, fallback)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for u in usage {
                try agent.execute(arguments: [runID, u.agent, u.persona, u.promptTokens, u.completionTokens, u.valid, u.repaired, u.fallback])
            }
        }
    }

    /// The per-agent usage rows of run `runID`, by agent.
    public func llmAgentUsage(runID: String) throws(CatalogError) -> [LLMAgentUsageRecord] {
        try reading("reading the LLM usage of run '\(runID)'") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM llm_agent_usage WHERE run_id = ? ORDER BY agent", arguments: [runID]).map {
                LLMAgentUsageRecord(agent: $0["agent"], persona: $0["persona"], promptTokens: $0["prompt_tokens"],
                                    completionTokens: $0["completion_tokens"], valid: $0["valid"], repaired: $0["repaired"],
                                    fallback: $0["fallback"])
            }
        }
    }

    /// The personas recorded for run `runID`, by persona id.
    public func llmPersonas(runID: String) throws(CatalogError) -> [LLMPersonaRecord] {
        try reading("reading the LLM personas of run '\(runID)'") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM llm_personas WHERE run_id = ? ORDER BY persona", arguments: [runID]).map {
                LLMPersonaRecord(persona: $0["persona"], name: $0["name"], traitsJSON: $0["traits_json"])
            }
        }
    }
}

extension LLMCacheEntry {
    /// The entry one `llm_cache` row holds (`recorded_at` is the catalog's own bookkeeping).
    /// Agent and session ids are stored as SQLite integers (`Int64`).
    init(row: Row) {
        self.init(
            key: row["key"], model: row["model"], agent: UInt32(truncatingIfNeeded: row["agent"] as Int64),
            session: UInt64(row["session"] as Int64), attempt: row["attempt"], requestJSON: row["request_json"],
            content: row["content"], promptTokens: row["prompt_tokens"], completionTokens: row["completion_tokens"],
            failureKind: row["failure_kind"], failureMessage: row["failure_message"], verdict: row["verdict"])
    }
}
