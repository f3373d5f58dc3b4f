import AgoraLLM
import AgoraStore

/// The LLM response cache kept in the run catalog's `llm_cache` table (shared by every run of the
/// output folder, so a rerun replays from it).
public struct CatalogResponseCache: LLMResponseCache {
    /// The catalog.
    public let catalog: Catalog

    /// Creates the adapter.
    public init(catalog: Catalog) { self.catalog = catalog }

    /// The entry under `key`.
    public func entry(forKey key: String) throws(LLMError) -> LLMCacheEntry? {
        do {
            return try catalog.llmCacheRecord(forKey: key).map(Self.entry)
        } catch {
            throw LLMError(.configuration, "the LLM response cache could not be read: \(error.description)")
        }
    }

    /// The entries of several keys, read in one transaction.
    public func entries(forKeys keys: [String]) throws(LLMError) -> [String: LLMCacheEntry] {
        do {
            return try catalog.llmCacheRecords(forKeys: keys).mapValues(Self.entry)
        } catch {
            throw LLMError(.configuration, "the LLM response cache could not be read: \(error.description)")
        }
    }

    static func entry(_ r: LLMCacheRecord) -> LLMCacheEntry {
        LLMCacheEntry(key: r.key, model: r.model, agent: UInt32(truncatingIfNeeded: r.agent), session: UInt64(r.session),
                      attempt: r.attempt, requestJSON: r.requestJSON, content: r.content, promptTokens: r.promptTokens,
                      completionTokens: r.completionTokens, failureKind: r.failureKind,
                      failureMessage: r.failureMessage, verdict: r.verdict)
    }

    /// Records entries in one transaction.
    public func store(_ entries: [LLMCacheEntry]) throws(LLMError) {
        let records = entries.map {
            LLMCacheRecord(key: $0.key, model: $0.model, agent: Int64($0.agent), session: Int64($0.session), attempt: $0.attempt,
                           requestJSON: $0.requestJSON, content: $0.content, promptTokens: $0.promptTokens,
                           completionTokens: $0.completionTokens, failureKind: $0.failureKind,
                           failureMessage: $0.failureMessage, verdict: $0.verdict)
        }
        do { try catalog.storeLLMCacheRecords(records) } catch {
            throw LLMError(.configuration, "the LLM response cache could not be written: \(error.description)")
        }
    }
}
