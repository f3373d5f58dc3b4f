import AgoraLLM
import AgoraStore

/// The LLM response cache kept in the run catalog's `llm_cache` table (shared by every run of the
/// output folder, so a rerun replays from it). The catalog stores `LLMCacheEntry` values as they
/// are; this adapter only turns the catalog's errors into the client's.
public struct CatalogResponseCache: LLMResponseCache {
    /// The catalog.
    public let catalog: Catalog

    /// Creates the adapter.
    public init(catalog: Catalog) { self.catalog = catalog }

    /// The entry under `key`.
    public func entry(forKey key: String) throws(LLMError) -> LLMCacheEntry? {
        do {
            return try catalog.llmCacheEntry(forKey: key)
        } catch {
            throw LLMError(.configuration, "the LLM response cache could not be read: \(error.description)")
        }
    }

    /// The entries of several keys, read in one transaction.
    public func entries(forKeys keys: [String]) throws(LLMError) -> [String: LLMCacheEntry] {
        do {
            return try catalog.llmCacheEntries(forKeys: keys)
        } catch {
            throw LLMError(.configuration, "the LLM response cache could not be read: \(error.description)")
        }
    }

    /// Records entries in one transaction.
    public func store(_ entries: [LLMCacheEntry]) throws(LLMError) {
        do { try catalog.storeLLMCacheEntries(entries) } catch {
            throw LLMError(.configuration, "the LLM response cache could not be written: \(error.description)")
        }
    }
}
