import AgoraTestSupport
import AgoraCore
import Testing
@testable import AgoraLLM

@Suite(.serialized)
struct CachedChatClientTests {
    static func answer(_ gateway: CachedChatClient, agent: UInt32 = 3, session: UInt64 = 4, attempt: Int = 0) throws(LLMError)
        -> (entry: LLMCacheEntry, fromCache: Bool) {
        var jitter = RandomStream(seed: 1, purpose: .llm)
        return try gateway.answer(ChatClientTests.request, agent: agent, session: session, attempt: attempt, jitter: &jitter)
    }

    @Test func liveReadsThroughAndReplayNeedsNoServer() throws {
        let server = try FakeLLMServer()
        let cache = InMemoryResponseCache()
        let live = CachedChatClient(client: try ChatClientTests.client([server.endpoint("ok")]), cache: cache, mode: .live)
        let first = try Self.answer(live)
        #expect(!first.fromCache && first.entry.content != nil && first.entry.verdict == "pending")
        #expect(!first.entry.requestJSON.isEmpty && first.entry.agent == 3 && first.entry.session == 4)
        try cache.store([first.entry])
        #expect(try Self.answer(live).fromCache)
        server.stop()
        let replay = CachedChatClient(client: nil, cache: cache, mode: .replay)
        let again = try Self.answer(replay)
        #expect(again.fromCache && again.entry == first.entry)
    }

    @Test func replayMissNamesTheAgentAndSession() {
        let replay = CachedChatClient(client: nil, cache: InMemoryResponseCache(), mode: .replay)
        do {
            _ = try Self.answer(replay, agent: 17, session: 5, attempt: 1)
            Issue.record("expected a miss")
        } catch {
            #expect(error.kind == .cacheMiss)
            #expect(error.message.contains("agent 17, session 5, attempt 1"))
        }
    }

    @Test func refreshCallsEvenWhenCached() throws {
        let server = try FakeLLMServer()
        let cache = InMemoryResponseCache()
        let client = try ChatClientTests.client([server.endpoint("ok")])
        let first = try Self.answer(CachedChatClient(client: client, cache: cache, mode: .live))
        try cache.store([first.entry])
        let refreshed = try Self.answer(CachedChatClient(client: client, cache: cache, mode: .refresh))
        #expect(!refreshed.fromCache)
        #expect(client.statistics.requests == 2)
    }

    @Test func aFailedRequestBecomesAnEntryToReplay() throws {
        let server = try FakeLLMServer()
        let gateway = CachedChatClient(client: try ChatClientTests.client([server.endpoint("http500")], retries: 0),
                                       cache: InMemoryResponseCache(), mode: .live)
        let failed = try Self.answer(gateway)
        #expect(failed.entry.content == nil && failed.entry.failureKind == "http_status")
        #expect(failed.entry.failureMessage?.contains("HTTP 500") == true)
    }
}
