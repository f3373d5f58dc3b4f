import AgoraCore
import Testing
@testable import AgoraLLM

struct RetryPolicyTests {
    @Test func delaysDoubleWithJitterInTheUpperHalf() {
        let policy = RetryPolicy(maxRetries: 5, baseDelay: 0.5, maximumDelay: 100)
        for seed in UInt64(1)...20 {
            var jitter = RandomStream(seed: seed, purpose: .llm)
            for retry in 0..<5 {
                let delay = policy.delay(beforeRetry: retry, retryAfter: nil, jitter: &jitter)
                let full = 0.5 * Double(1 << retry)
                #expect(delay >= full / 2 && delay < full)
            }
        }
    }

    @Test func jitterIsReproducibleFromTheSameStream() {
        let policy = RetryPolicy(maxRetries: 3, baseDelay: 1)
        var a = RandomStream(seed: 3, purpose: .llm, agent: 4, sequence: 5)
        var b = RandomStream(seed: 3, purpose: .llm, agent: 4, sequence: 5)
        let first = (0..<3).map { policy.delay(beforeRetry: $0, retryAfter: nil, jitter: &a) }
        let second = (0..<3).map { policy.delay(beforeRetry: $0, retryAfter: nil, jitter: &b) }
        #expect(first == second)
    }

    @Test func retryAfterIsHonouredButCapped() {
        let policy = RetryPolicy(maxRetries: 3, baseDelay: 0.01, maximumDelay: 5)
        var jitter = RandomStream(seed: 1, purpose: .llm)
        #expect(policy.delay(beforeRetry: 0, retryAfter: 2, jitter: &jitter) == 2)
        #expect(policy.delay(beforeRetry: 0, retryAfter: 600, jitter: &jitter) == 5)
    }

    @Test func onlyTransientFailuresAreRetryable() {
        #expect(LLMError(.httpStatus, "", status: 429).isRetryable)
        #expect(LLMError(.httpStatus, "", status: 503).isRetryable)
        #expect(!LLMError(.httpStatus, "", status: 401).isRetryable)
        #expect(!LLMError(.httpStatus, "", status: 400).isRetryable)
        #expect(LLMError(.timeout, "").isRetryable)
        #expect(!LLMError(.cacheMiss, "").isRetryable)
    }
}
