import AgoraCore
import AgoraLLM
import Testing
@testable import AgoraAgents

/// The policy's decide/resolve cycle without a server: cached answers, a refused connection and a
/// replay miss (the fault-injection server drives the whole-run tests in AgoraEngineTests).
struct LLMPolicyTests {
    static func policy(cache: InMemoryResponseCache, mode: LLMCacheMode, failFast: Bool = false) throws -> LLMPolicy {
        let client = mode == .replay ? nil : try ChatClient(endpoints: ["http://127.0.0.1:9/v1"], apiKey: nil, concurrencyPerEndpoint: 2,
                                                             timeout: 2, retry: RetryPolicy(maxRetries: 0, baseDelay: 0))
        return LLMPolicy(
            configuration: .init(model: "m", temperature: 0, maxTokens: 64, structuredOutput: .jsonObject, failFast: failFast),
            gateway: CachedChatClient(client: client, cache: cache, mode: mode),
            personas: try PersonaLibrary(listed: [], topicLabels: ["sports", "music", "science"], seed: 1, backstoryTemplate: nil),
            prompts: try LLMPromptBuilder(systemTemplate: nil, userTemplate: nil, feedPosts: 4, memoryTokens: 20),
            fallback: RuleBehaviour(parametersByType: BehaviourTestWorld.types, model: BehaviourTestWorld.model),
            circadian: .flat, seed: 1, topicCount: 3)
    }

    /// Decides agent 0's session over a feed of two posts; returns the plan.
    static func decide(_ policy: LLMPolicy, world: WorldState) -> SessionPlan {
        let plan = SessionPlan()
        plan.reset(agent: AgentID(0), start: .hour * 2)
        plan.feed = [PostID(0), PostID(1)]
        policy.prepareWindow(sessionCount: 1)
        var streams = SessionStreams(seed: 1, agent: plan.agent, sequence: 0)
        policy.decide(plan: plan, slot: 0, world: world, streams: &streams)
        #expect(plan.actions.isEmpty && plan.nextWake == nil, "deciding only builds the prompt")
        policy.resolve(slots: [0], plans: [plan], world: world)
        #expect(plan.nextWake != nil || plan.update.churned, "resolving draws the next wake-up")
        return plan
    }

    static func world() -> WorldState {
        let world = BehaviourTestWorld.make(agents: 4, topics: 3)
        BehaviourTestWorld.addPosts(world, count: 2, author: 2, topic: 1, stance: 0.2)
        return world
    }

    @Test func aRefusedConnectionFallsBackToTheRulePolicyAndIsRecorded() throws {
        let cache = InMemoryResponseCache()
        let policy = try Self.policy(cache: cache, mode: .live)
        let world = Self.world()
        let plan = Self.decide(policy, world: world)
        let slot = policy.slot(0)
        #expect(slot.verdict == .fallback && slot.failedRequests == 1 && slot.failure == nil)
        #expect(plan.actions.first?.kind == .sessionStart && plan.actions.contains { $0.kind == .sessionEnd })
        #expect(cache.count == 1, "the failure is cached so a replay falls back the same way")
        policy.didApply(plan: plan, slot: 0, world: world)
        #expect(policy.ledger.fallback == 1 && policy.ledger.failedRequests == 1)

        let replay = try Self.policy(cache: cache, mode: .replay)
        let again = Self.decide(replay, world: Self.world())
        #expect(again.actions == plan.actions && replay.slot(0).cacheHits == 1 && replay.failure == nil)
    }

    @Test func failFastTurnsAFailedRequestIntoARunFailure() throws {
        let policy = try Self.policy(cache: InMemoryResponseCache(), mode: .live, failFast: true)
        _ = Self.decide(policy, world: Self.world())
        #expect(policy.failure?.contains("llm.on_failure is 'fail'") == true)
    }

    @Test func aCachedAnswerBecomesTheSessionWithTopicFeedback() throws {
        let cache = InMemoryResponseCache()
        let world = Self.world()
        // Record the answer for exactly the request the policy will send (attempt 0).
        let probe = try Self.policy(cache: InMemoryResponseCache(), mode: .live)
        _ = Self.decide(probe, world: world)
        var entry = try #require(probe.slot(0).newEntries.first)
        entry.content = #"{"actions": [{"type": "like", "post": "p1"}, {"type": "quote", "post": "p0", "text": "So true"}, {"type": "follow", "user": "u0"}], "satisfaction": 5, "more_of": "science", "less_of": "sports"}"#
        entry.failureKind = nil
        entry.failureMessage = nil
        try cache.store([entry])

        let policy = try Self.policy(cache: cache, mode: .replay)
        let plan = Self.decide(policy, world: world)
        #expect(policy.slot(0).verdict == .valid)
        let kinds = plan.actions.map(\.kind)
        #expect(kinds == [.sessionStart, .impression, .impression, .like, .quote, .follow, .sessionEnd])
        #expect(plan.actions[3].target == 1 && plan.actions[4].value == 0 && plan.actions[5].target == 2)
        #expect(zip(plan.actions, plan.actions.dropFirst()).allSatisfy { $0.time <= $1.time })
        #expect(plan.texts == [PlannedText(action: 4, text: "So true")])
        #expect(plan.update.satisfaction > world.agents.satisfaction[0])
        policy.didApply(plan: plan, slot: 0, world: world)
        #expect(world.topicFeedback[0 * 3 + 2] == 1 && world.topicFeedback[0] == -1)
        #expect(policy.ledger.valid == 1)
    }

    @Test func replayWithoutTheAnswerReportsTheMiss() throws {
        let policy = try Self.policy(cache: InMemoryResponseCache(), mode: .replay)
        let plan = Self.decide(policy, world: Self.world())
        #expect(policy.failure?.contains("no cached answer for agent 0, session 0") == true)
        #expect(plan.actions.contains { $0.kind == .sessionEnd }, "the session still has a consistent plan")
    }
}
