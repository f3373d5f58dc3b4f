import Testing
@testable import AgoraLLM

struct LLMEndpointPoolTests {
    @Test func requestsGoToTheLeastLoadedEndpoint() throws {
        let pool = try LLMEndpointPool(baseURLs: ["http://127.0.0.1:1/v1", "http://127.0.0.1:2/v1", "http://127.0.0.1:3/v1"], limit: 2)
        #expect(pool.completionURLs[0].absoluteString == "http://127.0.0.1:1/v1/chat/completions")
        #expect([pool.acquire(), pool.acquire(), pool.acquire()] == [0, 1, 2])
        pool.release(1)
        #expect(pool.acquire() == 1)
        #expect(pool.acquire() == 0)
        #expect(pool.capacity == 6)
        #expect(pool.requestsServed == [2, 2, 1])
    }

    @Test func aFullPoolMakesCallersWaitForAFreeSlot() async throws {
        let pool = try LLMEndpointPool(baseURLs: ["http://127.0.0.1:1/v1"], limit: 1)
        #expect(pool.acquire() == 0)
        let waiter = Task.detached { pool.acquire() }
        pool.release(0)
        #expect(await waiter.value == 0)
    }

    @Test func unusableEndpointsAreRefusedWithTheirPosition() {
        #expect(throws: LLMError.self) { try LLMEndpointPool(baseURLs: [], limit: 1) }
        do {
            _ = try LLMEndpointPool(baseURLs: ["http://127.0.0.1:8080/v1", "ftp://x"], limit: 1)
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .configuration && error.message.contains("llm.endpoints[1]"))
        }
    }
}
