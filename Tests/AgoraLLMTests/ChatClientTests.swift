import AgoraTestSupport
import AgoraCore
import Foundation
import Testing
@testable import AgoraLLM

/// The client against the fault-injection server (a real HTTP server in a subprocess).
@Suite(.serialized)
struct ChatClientTests {
    static let request = ChatRequest(model: "fake", messages: [.system("s"), .user("Topics: sports, music.\nYour feed:\n[p0] by [u0]")],
                                     temperature: 0, maxTokens: 64, seed: 1, structuredOutput: .jsonObjectSchema, schemaJSON: "{}")

    /// Records every wait the client asks for, and waits only a millisecond.
    final class Waits: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Double] = []
        var recorded: [Double] { lock.withLock { values } }
        func sleep(_ seconds: Double) {
            lock.withLock { values.append(seconds) }
            Thread.sleep(forTimeInterval: 0.001)
        }
    }

    static func client(_ endpoints: [String], retries: Int = 2, timeout: Double = 5, key: String? = nil,
                       concurrency: Int = 2, waits: Waits = Waits()) throws -> ChatClient {
        try ChatClient(endpoints: endpoints, apiKey: key, concurrencyPerEndpoint: concurrency, timeout: timeout,
                       retry: RetryPolicy(maxRetries: retries, baseDelay: 0.05), sleep: { waits.sleep($0) })
    }

    static func complete(_ client: ChatClient, _ request: ChatRequest = request) throws(LLMError) -> ChatCompletion {
        var jitter = RandomStream(seed: 1, purpose: .llm)
        return try client.complete(request, jitter: &jitter)
    }

    @Test func aHealthyServerAnswersWithContentAndUsage() throws {
        let server = try FakeLLMServer()
        let answer = try Self.complete(try Self.client([server.endpoint("ok")]))
        #expect(answer.content.contains("\"like\"") && answer.promptTokens > 0 && answer.completionTokens > 0)
    }

    @Test func persistent500sFailAfterEveryRetryWithTheStatus() throws {
        let server = try FakeLLMServer()
        let client = try Self.client([server.endpoint("http500")], retries: 2)
        do {
            _ = try Self.complete(client)
            Issue.record("expected a failure")
        } catch {
            #expect(error.kind == .httpStatus && error.status == 500)
            #expect(error.message.contains("answered HTTP 500"))
        }
        #expect(client.statistics == ChatClientCounters(requests: 3, retries: 2, failures: 1))
        #expect(try server.stats()["http500"] == 3)
    }

    @Test func aTransient500IsRetriedWithBackoff() throws {
        let server = try FakeLLMServer()
        let waits = Waits()
        let client = try Self.client([server.endpoint("flaky")], waits: waits)
        _ = try Self.complete(client)
        #expect(client.statistics.retries == 1)
        #expect(waits.recorded.count == 1 && waits.recorded[0] >= 0.025 && waits.recorded[0] < 0.05)
    }

    @Test func rateLimitingWaitsAtLeastRetryAfter() throws {
        let server = try FakeLLMServer()
        let waits = Waits()
        _ = try Self.complete(try Self.client([server.endpoint("ratelimit")], waits: waits))
        #expect(waits.recorded == [1])
    }

    @Test func aSlowAnswerTimesOut() throws {
        let server = try FakeLLMServer()
        let client = try Self.client([server.endpoint("timeout")], retries: 0, timeout: 1)
        do {
            _ = try Self.complete(client)
            Issue.record("expected a timeout")
        } catch {
            #expect(error.kind == .timeout)
        }
    }

    @Test func truncatedAndGarbledBodiesFailAfterRetries() throws {
        let server = try FakeLLMServer()
        for behaviour in ["truncated", "garbage"] {
            let client = try Self.client([server.endpoint(behaviour)], retries: 1)
            do {
                _ = try Self.complete(client)
                Issue.record("expected a failure for \(behaviour)")
            } catch {
                #expect(error.kind == .malformedResponse || error.kind == .transport, "\(behaviour): \(error)")
            }
            #expect(client.statistics.requests == 2)
        }
    }

    @Test func theAPIKeyTravelsOnlyInTheAuthorizationHeader() throws {
        let key = "sk-test-\(UUID().uuidString)"
        let server = try FakeLLMServer(environment: ["FAKE_EXPECT_KEY": key])
        _ = try Self.complete(try Self.client([server.endpoint("auth")], key: key))
        let wrong = try Self.client([server.endpoint("auth")], key: "other")
        do {
            _ = try Self.complete(wrong)
            Issue.record("expected 401")
        } catch {
            #expect(error.status == 401 && !error.isRetryable && !error.message.contains("other"))
        }
        #expect(wrong.statistics.requests == 1)
        #expect(!String(decoding: Self.request.body(), as: UTF8.self).contains(key))
    }

    @Test func aSlowEndpointInAPoolOfTwoTakesFewerRequests() throws {
        let server = try FakeLLMServer()
        let client = try Self.client([server.endpoint("slow"), server.endpoint("ok")], concurrency: 1)
        let failures = FailureCount()
        DispatchQueue.concurrentPerform(iterations: 12) { i in
            var request = Self.request
            request.seed = UInt32(i)
            do { _ = try Self.complete(client, request) } catch { failures.add() }
        }
        #expect(failures.value == 0)
        let served = client.pool.requestsServed
        #expect(served.reduce(0, +) == 12 && served[0] >= 1 && served[1] > served[0])
    }

    final class FailureCount: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }
}
