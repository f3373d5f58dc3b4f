import Foundation

/// Where recorded request outcomes live. The engine keeps them in the run catalog (table
/// `llm_cache`); tests may use `InMemoryResponseCache`. Implementations must be safe to call from
/// several threads.
public protocol LLMResponseCache: Sendable {
    /// The entry recorded under `key`, if any.
    /// - Throws: `LLMError` when the store cannot be read.
    func entry(forKey key: String) throws(LLMError) -> LLMCacheEntry?
    /// The entries of several keys at once (keys without an entry are absent).
    /// - Throws: `LLMError` when the store cannot be read.
    func entries(forKeys keys: [String]) throws(LLMError) -> [String: LLMCacheEntry]
    /// Records entries, replacing any with the same key, all or nothing.
    /// - Throws: `LLMError` when the store cannot be written.
    func store(_ entries: [LLMCacheEntry]) throws(LLMError)
}

extension LLMResponseCache {
    /// One lookup per key (stores that can batch override it).
    public func entries(forKeys keys: [String]) throws(LLMError) -> [String: LLMCacheEntry] {
        var found: [String: LLMCacheEntry] = [:]
        for key in keys { if let entry = try entry(forKey: key) { found[key] = entry } }
        return found
    }
}

/// A response cache held in memory (tests, one-off tools). Thread-safe.
public final class InMemoryResponseCache: LLMResponseCache, @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: LLMCacheEntry] = [:]

    /// Creates an empty cache.
    public init() {}

    /// The entry under `key`.
    public func entry(forKey key: String) throws(LLMError) -> LLMCacheEntry? {
        lock.lock()
        defer { lock.unlock() }
        return entries[key]
    }

    /// Records entries.
    public func store(_ newEntries: [LLMCacheEntry]) throws(LLMError) {
        lock.lock()
        defer { lock.unlock() }
        for entry in newEntries { entries[entry.key] = entry }
    }

    /// Number of entries.
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return entries.count
    }
}
