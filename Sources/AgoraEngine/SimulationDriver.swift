import AgoraAgents
import AgoraCore
import AgoraRecommend

/// The engine's `WindowDriver`: decides sessions with the recommender and the rule behaviour,
/// applies them to the world in total order, admits arrivals, and emits every event to the trace
/// sink.
///
/// Decide phase (parallel): serve the feed, run the behaviour, draw the next wake-up — all from
/// the agent's (seed, session sequence) streams, reading the world only. Sessions of LLM-driven
/// agents only get their prompt built; their answers are fetched together (bounded concurrent
/// requests, `LLMPolicy.resolvePending`) just before the window's first session is applied — the
/// world is still as it stood at the window's start then — and applied in total order like the rest. Apply phase (serial):
/// assign post ids, update counters, the follow graph, memory and the agent's own state (opinion,
/// interests, satisfaction, status), emit events, schedule the next session. Arrivals are system
/// events applied alone (`ArrivalProcess`).
public final class SimulationDriver<Sink: TraceEventSink>: WindowDriver, @unchecked Sendable {
    /// The world being simulated (see `WorldState` for the owner discipline).
    public let world: WorldState
    /// The run seed.
    public let seed: UInt64
    /// Feed algorithm.
    public let recommender: any Recommender
    /// Rule-driven behaviour.
    public let behaviour: RuleBehaviour
    /// Hourly (and weekly) activity profile.
    public let circadian: CircadianProfile
    /// New users joining, if the world has arrivals.
    public let arrivals: ArrivalProcess?
    /// Who-to-follow suggestions, if the world shows them.
    public let followRecommender: (any FollowRecommender)?
    /// Retraining period of the recommenders.
    public let retrainEvery: SimTime
    /// Where events go.
    public let sink: Sink
    /// The LLM-driven policy, when the world has LLM-driven types.
    public let llm: LLMPolicy?
    /// Where LLM-written post texts go (nil: texts are dropped).
    public let textSink: (any TraceTextSink)?
    /// Events emitted so far, by kind code.
    public private(set) var eventCounts = [Int](repeating: 0, count: 256)
    /// Events emitted so far.
    public private(set) var eventsEmitted = 0
    /// The benchmark reference model's behaviour; when set it decides every session instead of
    /// `behaviour` (set once, before the run: `behaviour.model: reference`).
    public var referenceBehaviour: ReferenceModelBehaviour?

    private var plans: [SessionPlan] = []
    private let scratches: [FeedScratch]
    private var followees: [UInt32] = []
    private let followScratches: [FollowScratch]
    private var suggestions: [[AgentID]] = []
    private var retrains: UInt32 = 0
    private var windowSessions = 0
    private var prefetchMap: PrefetchMap?

    /// Creates a driver.
    /// - Parameters:
    ///   - threads: number of decide workers (one feed scratch each).
    ///   - llm: the LLM-driven policy for worlds with `policy: llm` types.
    ///   - textSink: where LLM-written texts go (the trace writer).
    public init(world: WorldState, seed: UInt64, recommender: any Recommender, behaviour: RuleBehaviour,
                circadian: CircadianProfile, sink: Sink, threads: Int, arrivals: ArrivalProcess? = nil,
                followRecommender: (any FollowRecommender)? = nil, retrainEvery: SimTime = .hour,
                llm: LLMPolicy? = nil, textSink: (any TraceTextSink)? = nil) {
        self.llm = llm
        self.textSink = textSink
        self.world = world
        self.seed = seed
        self.recommender = recommender
        self.followRecommender = followRecommender
        self.retrainEvery = retrainEvery
        self.followScratches = (0..<max(1, threads)).map { _ in FollowScratch() }
        self.behaviour = behaviour
        self.circadian = circadian
        self.arrivals = arrivals
        self.sink = sink
        self.scratches = (0..<max(1, threads)).map { _ in FeedScratch() }
    }

    /// Schedules every active agent's first session, the daily snapshots before `horizon`, and
    /// the first arrival.
    public func scheduleInitialEvents(into queue: inout EventQueue, horizon: SimTime) {
        for index in 0..<world.agentCount where world.agents.status[index] == .active {
            scheduleNextSession(of: AgentID(index), after: .zero, sequence: 0, queue: &queue)
        }
        var day: Int64 = 1
        while SimTime.day * day < horizon {
            queue.schedule(.snapshot, at: SimTime.day * day, subject: UInt32(day))
            day += 1
        }
        if let arrivals {
            queue.schedule(.arrival, at: arrivals.time(ofArrival: 0, after: .zero), subject: 0)
        }
        // Learned recommender state is built at time 0 and then every `retrainEvery`.
        var retrainTime = SimTime.zero
        while retrainTime < horizon {
            queue.schedule(.retrain, at: retrainTime, subject: 0)
            retrainTime = retrainTime + retrainEvery
        }
    }

    /// Grows the per-slot plans to `count`.
    public func prepareWindow(sessionCount count: Int) {
        while plans.count < count { plans.append(SessionPlan()) }
        while suggestions.count < count { suggestions.append([]) }
        windowSessions = count
        if count > 0 {
            recommender.prepareWindow(world: world)
            prefetchMap = world.prefetchMap()
        }
        llm?.prepareWindow(sessionCount: count)
    }

    /// Serves the feed and decides the session in slot `slot`.
    public func decide(session: ScheduledEvent, slot: Int, worker: Int) {
        let agent = AgentID(session.subject)
        let plan = plans[slot]
        plan.reset(agent: agent, start: session.time)
        let sequence = UInt64(world.agents.sessionCount[agent.index])
        var feedStream = RandomStream(seed: seed, purpose: .recommender, agent: agent.rawValue, sequence: sequence)
        recommender.fillFeed(for: agent, at: session.time, world: world, scratch: scratches[worker],
                             stream: &feedStream, into: &plan.feed)
        if let llm, llm.drives(type: Int(world.agents.attributes.type[agent.index])) {
            llm.prepare(plan: plan, slot: slot, world: world)
            return
        }
        var stream = RandomStream(seed: seed, purpose: .session, agent: agent.rawValue, sequence: sequence)
        if let referenceBehaviour {
            var wakeStream = RandomStream(seed: seed, purpose: .wake, agent: agent.rawValue, sequence: sequence + 1)
            referenceBehaviour.decide(plan: plan, world: world, circadian: circadian, stream: &stream, wakeStream: &wakeStream)
            return
        }
        behaviour.decide(plan: plan, world: world, stream: &stream)
        let end = plan.actions.last?.time ?? session.time
        var wakeStream = RandomStream(seed: seed, purpose: .wake, agent: agent.rawValue, sequence: sequence + 1)
        plan.nextWake = behaviour.nextWake(after: end, plan: plan, world: world, circadian: circadian, stream: &wakeStream)
        if let followRecommender {
            suggestFollows(followRecommender, in: plan, slot: slot, worker: worker, stream: &feedStream)
        }
    }

    /// Hints the memory a decision reads first — the agent's rows, its followee list, its
    /// followees' recent posts and their newest posts' columns — `stage.distance` slots before it
    /// (`PrefetchMap`).
    public func prefetch(session: ScheduledEvent, stage: Prefetch.Stage) {
        prefetchMap?.hint(AgentID(session.subject), stage: stage)
    }

    /// Shows the session's who-to-follow suggestions (`follow_suggestion` events just before
    /// `session_end`) and, with probability `followRate`, follows the first one. Draws come from
    /// the session's recommender stream, after the feed's.
    private func suggestFollows(_ suggester: any FollowRecommender, in plan: SessionPlan, slot: Int, worker: Int,
                                stream: inout RandomStream) {
        suggestions[slot].removeAll(keepingCapacity: true)
        guard let endIndex = plan.actions.lastIndex(where: { $0.kind == .sessionEnd }) else { return }
        let time = plan.actions[endIndex].time
        suggester.suggest(for: plan.agent, at: time, world: world, scratch: followScratches[worker], stream: &stream,
                          into: &suggestions[slot])
        guard !suggestions[slot].isEmpty else { return }
        var inserted: [PlannedAction] = suggestions[slot].map {
            PlannedAction(time: time, kind: .followSuggestion, target: $0.rawValue, value: 0, extra: 0, traced: true)
        }
        if stream.nextUnit() < suggester.followRate {
            inserted.append(PlannedAction(time: time, kind: .follow, target: suggestions[slot][0].rawValue, value: 1,
                                          extra: 0, traced: true))
        }
        plan.actions.insert(contentsOf: inserted, at: endIndex)
    }

    /// Applies the plan in slot `slot` to the world and the trace.
    public func applySession(_ session: ScheduledEvent, slot: Int, queue: inout EventQueue) {
        if slot == 0, let llm, llm.hasPending { resolveLLMSessions(llm) }
        let plan = plans[slot]
        let agent = plan.agent
        if let llm, llm.slot(slot).isLLM {
            applyLLMSession(plan, slot: slot, llm: llm)
        } else {
            for action in plan.actions {
                apply(action, by: agent)
            }
        }
        world.agents.sessionCount[agent.index] += 1
        world.agents.lastSessionStart[agent.index] = session.time.milliseconds
        if plan.update.isSet { writeBack(plan.update, interests: plan.interests, of: agent) }
        if let wake = plan.nextWake {
            queue.schedule(.session, at: wake, subject: agent.rawValue)
        }
    }

    /// Why the run must stop because of its LLM agents (fail-fast failure, replay miss), if so.
    public var llmFailure: String? { llm?.failure }

    /// Gets the answers of the window's LLM sessions and draws their next wake-ups (the world is
    /// still as it stood at the window's start).
    private func resolveLLMSessions(_ llm: LLMPolicy) {
        llm.resolvePending(plans: plans, world: world)
        for slot in 0..<windowSessions where llm.slot(slot).isLLM {
            let plan = plans[slot]
            let agent = plan.agent
            let end = plan.actions.last?.time ?? plan.start
            let sequence = UInt64(world.agents.sessionCount[agent.index])
            var wakeStream = RandomStream(seed: seed, purpose: .wake, agent: agent.rawValue, sequence: sequence + 1)
            plan.nextWake = behaviour.nextWake(after: end, plan: plan, world: world, circadian: circadian, stream: &wakeStream)
        }
    }

    /// Applies an LLM-decided (or fallen-back) session: its actions, the texts of the posts it
    /// wrote (right after each post's event), its topic feedback and its usage.
    private func applyLLMSession(_ plan: SessionPlan, slot: Int, llm: LLMPolicy) {
        let texts = llm.slot(slot).texts
        var nextText = 0
        for (index, action) in plan.actions.enumerated() {
            apply(action, by: plan.agent)
            while nextText < texts.count, texts[nextText].action == index {
                if action.kind.createsPost, world.posts.count > 0 {
                    let post = PostID(UInt32(world.posts.count - 1))
                    textSink?.appendText(post: post.rawValue, text: texts[nextText].text)
                    llm.recordText(texts[nextText].text, post: post)
                }
                nextText += 1
            }
        }
        llm.finishApply(slot: slot, world: world)
    }

    /// Applies a system event: the daily snapshot, a retrain, or an arrival.
    public func applySystem(_ event: ScheduledEvent, queue: inout EventQueue) {
        world.now = event.time
        switch event.kind {
        case .snapshot: emitSnapshot(day: event.subject, at: event.time)
        case .retrain:
            let used = recommender.retrain(world: world, at: event.time)
            followRecommender?.retrain(world: world, at: event.time)
            emit(TraceEvent(time: event.time, kind: .retrain, agent: AgentID.none.rawValue, target: retrains, value: Int64(used)))
            retrains += 1
        case .arrival: admitArrival(event, queue: &queue)
        case .session: break
        }
    }

    /// Writes a snapshot (`snapshot_day` then one `snapshot_agent` per agent, with its current
    /// opinion and status).
    public func emitSnapshot(day: UInt32, at time: SimTime) {
        let n = world.agentCount
        emit(TraceEvent(time: time, kind: .snapshotDay, agent: AgentID.none.rawValue, target: day, value: Int64(n)))
        for index in 0..<n {
            let opinion = Int64((Double(world.agents.opinion[index]) * 1_000_000).rounded())
            emit(TraceEvent(time: time, kind: .snapshotAgent, agent: UInt32(index), target: day, value: opinion,
                            extra: Int64(world.agents.status[index].rawValue)))
        }
    }

    /// Admits arrival number `event.subject`: the new agent, its `arrival` event (value = type
    /// index), its follows, its first session, and the next arrival.
    private func admitArrival(_ event: ScheduledEvent, queue: inout EventQueue) {
        guard let arrivals else { return }
        let (agent, type) = arrivals.admit(arrival: event.subject, at: event.time, world: world, followees: &followees)
        emit(TraceEvent(time: event.time, kind: .arrival, agent: agent.rawValue, target: event.subject, value: Int64(type)))
        for followee in followees where world.graph.follow(agent, AgentID(followee)) {
            emit(TraceEvent(time: event.time, kind: .follow, agent: agent.rawValue, target: followee))
        }
        scheduleNextSession(of: agent, after: event.time, sequence: 0, queue: &queue)
        queue.schedule(.arrival, at: arrivals.time(ofArrival: event.subject + 1, after: event.time), subject: event.subject + 1)
    }

    /// Writes the agent's own state decided by its policy back into the store.
    private func writeBack(_ update: AgentStateUpdate, interests: [Float], of agent: AgentID) {
        guard update.isSet else { return }
        let i = agent.index
        world.agents.opinion[i] = update.opinion
        world.agents.satisfaction[i] = update.satisfaction
        world.agents.lowSatisfactionSessions[i] = update.lowSatisfactionSessions
        if update.interestsChanged {
            let k = world.agents.topicCount
            for t in 0..<min(k, interests.count) { world.agents.interests[i * k + t] = interests[t] }
        }
    }

    private func scheduleNextSession(of agent: AgentID, after time: SimTime, sequence: UInt64, queue: inout EventQueue) {
        var stream = RandomStream(seed: seed, purpose: .wake, agent: agent.rawValue, sequence: sequence)
        if let wake = circadian.nextWake(after: time, ratePerDay: Double(world.agents.attributes.activity[agent.index]),
                                         stream: &stream) {
            queue.schedule(.session, at: wake, subject: agent.rawValue)
        }
    }

    private func apply(_ action: PlannedAction, by agent: AgentID) {
        world.now = action.time
        switch action.kind {
        case .impression:
            world.memory.recordExposure(of: PostID(action.target), by: agent, at: action.time, engaged: false)
        case .like:
            world.posts.likes[Int(action.target)] += 1
            world.memory.recordExposure(of: PostID(action.target), by: agent, at: action.time, engaged: true)
        case .follow:
            // Another impression of the same session may have chosen to follow the same author;
            // the graph keeps no duplicates and the trace records only real changes.
            guard world.graph.follow(agent, AgentID(action.target)) else { return }
        case .unfollow:
            guard world.graph.unfollow(agent, AgentID(action.target)) else { return }
        case .mute:
            world.mutes.mute(AgentID(action.target), by: agent)
        case .churn:
            world.agents.status[agent.index] = .churned
        case .return:
            world.agents.status[agent.index] = .active
        case .post, .repost, .quote, .comment:
            let parent = action.value >= 0 ? PostID(UInt32(action.value)) : nil
            let post = world.posts.append(author: agent, at: action.time, kind: action.kind, parent: parent,
                                          topic: PostAttributesPacking.topic(action.extra),
                                          stance: PostAttributesPacking.stance(action.extra))
            if let parent {
                if action.kind == .comment { world.posts.comments[parent.index] += 1 } else { world.posts.shares[parent.index] += 1 }
                world.memory.recordExposure(of: parent, by: agent, at: action.time, engaged: true)
            }
            world.agents.recordPost(post, by: agent)
            emit(TraceEvent(time: action.time, kind: action.kind, agent: agent.rawValue, target: post.rawValue,
                            value: action.value, extra: action.extra))
            return
        default:
            break
        }
        if action.traced {
            emit(TraceEvent(time: action.time, kind: action.kind, agent: agent.rawValue, target: action.target,
                            value: action.value, extra: action.extra))
        }
    }

    @inline(__always)
    private func emit(_ event: TraceEvent) {
        eventCounts[Int(event.kindCode)] += 1
        eventsEmitted += 1
        sink.append(event)
    }
}
