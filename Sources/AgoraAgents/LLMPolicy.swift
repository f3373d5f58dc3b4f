import AgoraCore
import AgoraLLM
import Dispatch
import Foundation

/// The LLM-driven behaviour policy (docs/llm-agents.md): a session's prompt is built
/// from the persona, the memory summary and the served feed; the model answers with a JSON action
/// list, a 1–5 satisfaction and optional topic feedback; the answer is checked (unknown ids
/// dropped and counted; unusable JSON retried once, then the session falls back to the agent's
/// rule policy) and turned into the session's plan.
///
/// How it fits the windowed scheduler (`BehaviourPolicy`): `decide` runs in the parallel decide
/// phase and only builds the prompt; `resolve` then asks for all of the window's answers at once —
/// with as many requests in flight as the endpoint pool takes — in the resolve phase, while the
/// world is still as it stood at the window's start, and draws each session's next wake-up. Results
/// are applied in the total order like any plan. Every answer goes through the response cache
/// keyed by (model, messages, parameters, agent, session, attempt), so a replay gets exactly the
/// same answers and the trace is byte-identical without a server.
public final class LLMPolicy: BehaviourPolicy, @unchecked Sendable {
    /// Request parameters and switches.
    public struct Configuration: Sendable {
        /// Model name.
        public var model: String
        /// Sampling temperature.
        public var temperature: Double
        /// Most tokens per answer.
        public var maxTokens: Int
        /// Structured output request form.
        public var structuredOutput: StructuredOutputForm
        /// Whether a request that fails for good fails the run (instead of falling back).
        public var failFast: Bool

        /// Creates a configuration.
        public init(model: String, temperature: Double, maxTokens: Int, structuredOutput: StructuredOutputForm,
                    failFast: Bool) {
            self.model = model
            self.temperature = temperature
            self.maxTokens = maxTokens
            self.structuredOutput = structuredOutput
            self.failFast = failFast
        }
    }

    /// Parameters.
    public let configuration: Configuration
    /// The cache-fronted client.
    public let gateway: CachedChatClient
    /// Personas.
    public let personas: PersonaLibrary
    /// Prompt templates.
    public let prompts: LLMPromptBuilder
    /// The rule policy sessions fall back to; its model also draws the next wake-ups.
    public let fallback: RuleBehaviour
    /// The platform's activity profile (next wake-ups).
    public let circadian: CircadianProfile
    /// The run seed.
    public let seed: UInt64
    /// Topic names, topic 0 first (all `k` topics).
    public let labels: [String]
    /// Usage and outcomes so far (updated while applying).
    public private(set) var ledger = LLMUsageLedger()
    /// The first reason the run must stop (fail-fast failure, replay miss, cache write error).
    public private(set) var failure: String?
    /// Wall-clock seconds spent resolving answers (for decisions/s; never in the trace).
    public private(set) var resolveSeconds = 0.0
    private var slots: [LLMSessionSlot] = []
    private var windowCount = 0
    private var knownPersonas: [UInt32: Persona] = [:]

    /// Creates the policy.
    public init(configuration: Configuration, gateway: CachedChatClient, personas: PersonaLibrary, prompts: LLMPromptBuilder,
                fallback: RuleBehaviour, circadian: CircadianProfile, seed: UInt64, topicCount: Int) {
        self.configuration = configuration
        self.gateway = gateway
        self.personas = personas
        self.prompts = prompts
        self.fallback = fallback
        self.circadian = circadian
        self.seed = seed
        labels = (0..<max(1, topicCount)).map { personas.topicLabel($0) }
    }

    /// Keeps personas by id so prompts need not regenerate them (set before the run starts; agents
    /// whose persona is not here, e.g. arrivals, get theirs generated when they decide).
    public func remember(personas: [UInt32: Persona]) { knownPersonas = personas }

    /// Makes room for `count` slots and clears them (before a window is decided).
    public func prepareWindow(sessionCount count: Int) {
        while slots.count < count { slots.append(LLMSessionSlot()) }
        for slot in 0..<min(windowCount, slots.count) { slots[slot].reset() }
        windowCount = count
    }

    /// The slot `slot` of the current window.
    public func slot(_ slot: Int) -> LLMSessionSlot { slots[slot] }

    /// The persona id of `agent`: the one recorded in its attributes, or (arrivals) the library's.
    public func personaID(of agent: AgentID, world: WorldState) -> UInt32 {
        let recorded = agent.index < world.agents.attributes.persona.count ? world.agents.attributes.persona[agent.index] : UInt32.max
        return recorded != UInt32.max ? recorded : personas.personaID(agent: agent, ordinal: agent.index)
    }

    /// LLM-decided sessions get no who-to-follow suggestions (their plans are complete only after
    /// the resolve phase).
    public var acceptsFollowSuggestions: Bool { false }

    /// Sessions are completed in the resolve phase, with the window's answers.
    public var resolvesAfterDeciding: Bool { true }

    /// Applied sessions feed the ledger and the agents' topic feedback.
    public var observesApply: Bool { true }

    /// Decide phase: builds the prompt of the session in `plan` (feed already served) and marks the
    /// slot pending. Reads the world only; the streams are not used (answers and dwell times draw
    /// from the session's LLM stream).
    public func decide(plan: SessionPlan, slot index: Int, world: WorldState, streams: inout SessionStreams) {
        let slot = slots[index]
        let agent = plan.agent
        let k = world.agents.topicCount
        slot.isPending = true
        slot.isLLM = true
        slot.agent = agent
        slot.session = UInt64(world.agents.sessionCount[agent.index])
        slot.persona = personaID(of: agent, world: world)
        let persona = knownPersonas[slot.persona]
            ?? personas.persona(id: slot.persona, agent: agent,
                                interests: world.agents.attributes.interests[(agent.index * k)..<((agent.index + 1) * k)])
        let prompt = prompts.prompt(persona: persona, agent: agent, start: plan.start, feed: plan.feed, world: world,
                                    texts: world.posts.texts, labels: labels)
        slot.prompt = prompt
        slot.firstKey = gateway.key(of: request(slot, messages: prompt.messages, attempt: 0), agent: agent.rawValue,
                                    session: slot.session, attempt: 0)
    }

    /// Gets the answers of the pending slots among `pending` (cache or server, `capacity` requests
    /// at once) and writes each session's plan (`plans[slot]`), then records new cache entries in
    /// one batch. Call after the decide phase and before any of the window is applied.
    public func resolvePending(_ pending: [Int], plans: [SessionPlan], world: WorldState) {
        let pending = pending.filter { slots[$0].isPending }
        guard !pending.isEmpty else { return }
        let started = DispatchTime.now().uptimeNanoseconds
        // One read for the whole window's first requests; on a read error each request reads alone.
        let lookedUp = gateway.mode == .refresh ? nil : try? gateway.cache.entries(forKeys: pending.map { slots[$0].firstKey })
        let shared = SharedResolution(policy: self, plans: plans, world: world, pending: pending, lookedUp: lookedUp)
        if gateway.mode == .replay {
            // Cache reads and prompt work only: CPU-bound, as wide as the cores.
            DispatchQueue.concurrentPerform(iterations: pending.count) { shared.resolve($0) }
        } else {
            BlockingWorkPool.run(count: pending.count, workers: gateway.client?.pool.capacity ?? 1) { shared.resolve($0) }
        }
        var entries: [LLMCacheEntry] = []
        for index in pending {
            slots[index].isPending = false
            entries.append(contentsOf: slots[index].newEntries)
            if failure == nil, let reason = slots[index].failure { failure = reason }
        }
        do throws(LLMError) { try gateway.cache.store(entries) } catch {
            if failure == nil { failure = "could not record LLM answers in the response cache: \(error.message)" }
        }
        resolveSeconds += Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    }

    /// Resolve phase: gets the answers of `slots` (`resolvePending`) and draws each session's next
    /// wake-up with the rule model's rate, from stream (seed, wake, agent, session + 1), after the
    /// session's last action.
    public func resolve(slots: [Int], plans: [SessionPlan], world: WorldState) {
        resolvePending(slots, plans: plans, world: world)
        for index in slots {
            let plan = plans[index]
            let end = plan.actions.last?.time ?? plan.start
            var wake = RandomStream(seed: seed, purpose: .wake, agent: plan.agent.rawValue, sequence: self.slots[index].session + 1)
            plan.nextWake = fallback.nextWake(after: end, plan: plan, world: world, circadian: circadian, stream: &wake)
        }
    }

    /// Apply phase: writes the slot's topic feedback into `world.topicFeedback` and its usage into
    /// the ledger.
    public func didApply(plan: SessionPlan, slot index: Int, world: WorldState) {
        let slot = slots[index]
        guard slot.isLLM else { return }
        let k = world.agents.topicCount
        let base = slot.agent.index * k
        if let more = slot.moreOf, more < k, base + more < world.topicFeedback.count { world.topicFeedback[base + more] += 1 }
        if let less = slot.lessOf, less < k, base + less < world.topicFeedback.count { world.topicFeedback[base + less] -= 1 }
        ledger.record(slot)
    }

    /// Resolves one pending slot (on a worker thread).
    fileprivate func resolve(slot index: Int, plan: SessionPlan, world: WorldState, lookedUp: [String: LLMCacheEntry]?) {
        let slot = slots[index]
        guard let prompt = slot.prompt else { return }
        var messages = prompt.messages
        for attempt in 0..<2 {
            let request = request(slot, messages: messages, attempt: attempt)
            var jitter = RandomStream(seed: seed, purpose: .llm, agent: slot.agent.rawValue, sequence: (slot.session << 8) | UInt64(attempt + 1))
            let answer: (entry: LLMCacheEntry, fromCache: Bool)
            do throws(LLMError) {
                answer = try gateway.answer(request, agent: slot.agent.rawValue, session: slot.session, attempt: attempt, jitter: &jitter,
                                            lookedUp: attempt == 0 ? lookedUp : nil)
            } catch {
                slot.failure = error.message
                break
            }
            var entry = answer.entry
            if answer.fromCache { slot.cacheHits += 1 } else { slot.serverCalls += 1 }
            slot.promptTokens += entry.promptTokens
            slot.completionTokens += entry.completionTokens
            guard let content = entry.content else {
                slot.failedRequests += 1
                if !answer.fromCache { entry.verdict = LLMVerdict.failed.rawValue; slot.newEntries.append(entry) }
                if configuration.failFast {
                    slot.failure = "LLM request for agent \(slot.agent.rawValue), session \(slot.session) failed: "
                        + "\(entry.failureMessage ?? "unknown failure"); llm.on_failure is 'fail', so the run stops "
                        + "(use on_failure: fallback to continue with the rule policy)"
                }
                break
            }
            let decision = prompt.parser.parse(content)
            if !answer.fromCache {
                entry.verdict = (decision?.verdict ?? .invalid).rawValue
                slot.newEntries.append(entry)
            }
            if let decision {
                slot.verdict = decision.verdict
                slot.droppedIDs += decision.droppedIDs
                writePlan(decision, slot: slot, plan: plan, world: world)
                return
            }
            slot.invalidAnswers += 1
            messages = prompt.messages + [
                ChatMessage(role: "assistant", content: String(content.prefix(2000))),
                .user("That was not a JSON object with an \"actions\" list. Answer again with only the JSON object: \(LLMPromptBuilder.answerFormat)"),
            ]
        }
        slot.verdict = .fallback
        var stream = RandomStream(seed: seed, purpose: .session, agent: slot.agent.rawValue, sequence: slot.session)
        fallback.decide(plan: plan, world: world, stream: &stream)
    }

    /// The request of attempt `attempt` of the session in `slot`.
    func request(_ slot: LLMSessionSlot, messages: [ChatMessage], attempt: Int) -> ChatRequest {
        ChatRequest(model: configuration.model, messages: messages, temperature: configuration.temperature,
                    maxTokens: configuration.maxTokens, seed: requestSeed(slot, attempt: attempt),
                    structuredOutput: configuration.structuredOutput, schemaJSON: LLMPromptBuilder.answerSchema)
    }

    /// The sampling seed sent with a request: a 31-bit draw keyed by (agent, session, attempt).
    func requestSeed(_ slot: LLMSessionSlot, attempt: Int) -> UInt32 {
        var stream = RandomStream(seed: seed, purpose: .llm, agent: slot.agent.rawValue, sequence: (slot.session << 8) | 0x80 | UInt64(attempt))
        return UInt32(truncatingIfNeeded: stream.next() >> 33)
    }
}

/// The read-only view of one resolution that worker threads share.
/// `@unchecked Sendable` invariant: workers resolve disjoint slots (one index each) and write only
/// to those slots and their plans; the world is not mutated until they have all finished.
private final class SharedResolution: @unchecked Sendable {
    let policy: LLMPolicy
    let plans: [SessionPlan]
    let world: WorldState
    let pending: [Int]
    let lookedUp: [String: LLMCacheEntry]?

    init(policy: LLMPolicy, plans: [SessionPlan], world: WorldState, pending: [Int], lookedUp: [String: LLMCacheEntry]?) {
        self.policy = policy
        self.plans = plans
        self.world = world
        self.pending = pending
        self.lookedUp = lookedUp
    }

    func resolve(_ i: Int) {
        let slot = pending[i]
        policy.resolve(slot: slot, plan: plans[slot], world: world, lookedUp: lookedUp)
    }
}
