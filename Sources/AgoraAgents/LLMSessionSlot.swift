import AgoraCore
import AgoraLLM

/// What the LLM-driven policy keeps for one slot of a window: the prompt built while deciding, and
/// the outcome (verdict, tokens, topic feedback, new cache entries) applied afterwards.
///
/// `@unchecked Sendable` invariant: like `SessionPlan`, a slot is written only by the thread
/// deciding or resolving it, and read in the serial apply phase afterwards.
public final class LLMSessionSlot: @unchecked Sendable {
    /// Whether the slot holds an LLM session waiting for its answer.
    public var isPending = false
    /// Whether the slot holds an LLM session (resolved or not) in the current window.
    public var isLLM = false
    /// The agent.
    public var agent: AgentID = .none
    /// The agent's session sequence number.
    public var session: UInt64 = 0
    /// The agent's persona id.
    public var persona: UInt32 = 0
    /// The prompt.
    public var prompt: LLMPrompt?
    /// Cache key of the first request (attempt 0), computed while deciding so a window's lookups
    /// can be read in one batch.
    public var firstKey = ""
    /// How the session was decided: `valid`, `repaired` or `fallback`.
    public var verdict: LLMVerdict = .fallback
    /// Prompt tokens of the session's answers.
    public var promptTokens = 0
    /// Completion tokens of the session's answers.
    public var completionTokens = 0
    /// Unknown ids dropped.
    public var droppedIDs = 0
    /// Answers that were not usable JSON.
    public var invalidAnswers = 0
    /// Requests that failed for good.
    public var failedRequests = 0
    /// Answers read from the cache.
    public var cacheHits = 0
    /// Answers asked from the server.
    public var serverCalls = 0
    /// Topic the agent asked more of.
    public var moreOf: Int?
    /// Topic the agent asked less of.
    public var lessOf: Int?
    /// Entries to record in the cache.
    public var newEntries: [LLMCacheEntry] = []
    /// Why the run must stop (fail-fast failure, replay miss), if it must.
    public var failure: String?

    /// Creates an empty slot.
    public init() {}

    /// Clears the slot for a new session.
    public func reset() {
        isPending = false
        isLLM = false
        prompt = nil
        verdict = .fallback
        promptTokens = 0
        completionTokens = 0
        droppedIDs = 0
        invalidAnswers = 0
        failedRequests = 0
        cacheHits = 0
        serverCalls = 0
        moreOf = nil
        lessOf = nil
        newEntries.removeAll(keepingCapacity: true)
        failure = nil
    }
}
