import AgoraLLM
import Foundation
import Testing

@testable import AgoraStore

@Suite struct CatalogLLMCacheTests {
    static let answered = LLMCacheEntry(
        key: "a1", model: "m", agent: UInt32.max, session: UInt64(Int64.max), attempt: 1, requestJSON: "{\"model\":\"m\"}",
        content: "[{\"action\":\"like\"}]", promptTokens: 120, completionTokens: 9, failureKind: nil, failureMessage: nil,
        verdict: "valid")
    static let failed = LLMCacheEntry(
        key: "b2", model: "m", agent: 3, session: 0, attempt: 0, requestJSON: "{}", content: nil, promptTokens: 0,
        completionTokens: 0, failureKind: "timeout", failureMessage: "no answer in 30 s", verdict: "failed")

    @Test func storedEntriesReadBackUnchangedOneByOneAndTogether() throws {
        let folder = try TemporaryFolder()
        let catalog = try Catalog(path: folder.catalogPath)
        try catalog.storeLLMCacheEntries([Self.answered, Self.failed])
        #expect(try catalog.llmCacheEntry(forKey: "a1") == Self.answered)
        #expect(try catalog.llmCacheEntry(forKey: "b2") == Self.failed)
        #expect(try catalog.llmCacheEntry(forKey: "c3") == nil)
        #expect(try catalog.llmCacheEntries(forKeys: ["b2", "c3", "a1"]) == ["a1": Self.answered, "b2": Self.failed])
        #expect(try catalog.llmCacheCount() == 2)
    }

    @Test func storingAnEntryAgainReplacesIt() throws {
        let folder = try TemporaryFolder()
        let catalog = try Catalog(path: folder.catalogPath)
        try catalog.storeLLMCacheEntries([Self.failed])
        var retried = Self.failed
        retried.content = "[]"
        retried.verdict = "valid"
        try catalog.storeLLMCacheEntries([retried])
        #expect(try catalog.llmCacheEntry(forKey: "b2") == retried)
        #expect(try catalog.llmCacheCount() == 1)
    }
}
