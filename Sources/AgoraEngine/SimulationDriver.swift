import AgoraAgents
import AgoraCore
import AgoraRecommend

/// The engine's `WindowDriver`: decides sessions with the recommender and the rule behaviour,
/// applies them to the world in total order, and emits every event to the trace sink.
///
/// Decide phase (parallel): serve the feed, run the behaviour, draw the next wake-up — all from
/// the agent's (seed, session sequence) streams, reading the world only. Apply phase (serial):
/// assign post ids, update counters and the follow graph, emit events, schedule the next session.
public final class SimulationDriver<Sink: TraceEventSink>: WindowDriver, @unchecked Sendable {
    /// The world being simulated (see `WorldState` for the owner discipline).
    public let world: WorldState
    /// The run seed.
    public let seed: UInt64
    /// Feed algorithm.
    public let recommender: any Recommender
    /// Rule-driven behaviour.
    public let behaviour: RuleBehaviour
    /// Hourly activity profile.
    public let circadian: CircadianProfile
    /// Where events go.
    public let sink: Sink
    /// Events emitted so far, by kind code.
    public private(set) var eventCounts = [Int](repeating: 0, count: 256)
    /// Events emitted so far.
    public private(set) var eventsEmitted = 0

    private var plans: [SessionPlan] = []
    private let scratches: [FeedScratch]

    /// Creates a driver.
    /// - Parameter threads: number of decide workers (one feed scratch each).
    public init(world: WorldState, seed: UInt64, recommender: any Recommender, behaviour: RuleBehaviour,
                circadian: CircadianProfile, sink: Sink, threads: Int) {
        self.world = world
        self.seed = seed
        self.recommender = recommender
        self.behaviour = behaviour
        self.circadian = circadian
        self.sink = sink
        self.scratches = (0..<max(1, threads)).map { _ in FeedScratch() }
    }

    /// Schedules every active agent's first session and the daily snapshots before `horizon`.
    public func scheduleInitialEvents(into queue: inout EventQueue, horizon: SimTime) {
        for index in 0..<world.agentCount where world.agents.status[index] == .active {
            scheduleNextSession(of: AgentID(index), after: .zero, sequence: 0, queue: &queue)
        }
        var day: Int64 = 1
        while SimTime.day * day < horizon {
            queue.schedule(.snapshot, at: SimTime.day * day, subject: UInt32(day))
            day += 1
        }
    }

    /// Grows the per-slot plans to `count`.
    public func prepareWindow(sessionCount count: Int) {
        while plans.count < count { plans.append(SessionPlan()) }
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
        var stream = RandomStream(seed: seed, purpose: .session, agent: agent.rawValue, sequence: sequence)
        behaviour.decide(plan: plan, world: world, stream: &stream)
        let end = plan.actions.last?.time ?? session.time
        var wakeStream = RandomStream(seed: seed, purpose: .wake, agent: agent.rawValue, sequence: sequence + 1)
        plan.nextWake = circadian.nextWake(after: end, ratePerDay: Double(world.agents.attributes.activity[agent.index]),
                                           stream: &wakeStream)
    }

    /// Applies the plan in slot `slot` to the world and the trace.
    public func applySession(_ session: ScheduledEvent, slot: Int, queue: inout EventQueue) {
        let plan = plans[slot]
        let agent = plan.agent
        for action in plan.actions {
            apply(action, by: agent)
        }
        world.agents.sessionCount[agent.index] += 1
        world.agents.lastSessionStart[agent.index] = session.time.milliseconds
        if let wake = plan.nextWake {
            queue.schedule(.session, at: wake, subject: agent.rawValue)
        }
    }

    /// Applies a system event: the daily snapshot of opinions and status.
    public func applySystem(_ event: ScheduledEvent, queue: inout EventQueue) {
        switch event.kind {
        case .snapshot: emitSnapshot(day: event.subject, at: event.time)
        case .retrain: recommender.retrain(world: world, at: event.time)
        case .arrival, .session: break
        }
    }

    /// Writes a snapshot (`snapshot_day` then one `snapshot_agent` per agent).
    public func emitSnapshot(day: UInt32, at time: SimTime) {
        let n = world.agentCount
        emit(TraceEvent(time: time, kind: .snapshotDay, agent: AgentID.none.rawValue, target: day, value: Int64(n)))
        for index in 0..<n {
            let opinion = Int64((Double(world.agents.attributes.opinion[index]) * 1_000_000).rounded())
            emit(TraceEvent(time: time, kind: .snapshotAgent, agent: UInt32(index), target: day, value: opinion,
                            extra: Int64(world.agents.status[index].rawValue)))
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
            // Another session of the same window cannot have changed this agent's followees, but
            // the check keeps the graph free of duplicates whatever the behaviour does.
            guard world.graph.follow(agent, AgentID(action.target)) else { return }
        case .unfollow:
            guard world.graph.unfollow(agent, AgentID(action.target)) else { return }
        case .post, .repost, .quote, .comment:
            let parent = action.value >= 0 ? PostID(UInt32(action.value)) : nil
            let post = world.posts.append(author: agent, at: action.time, kind: action.kind, parent: parent,
                                          topic: PostAttributesPacking.topic(action.extra),
                                          stance: PostAttributesPacking.stance(action.extra))
            if let parent {
                if action.kind == .comment { world.posts.comments[parent.index] += 1 } else { world.posts.shares[parent.index] += 1 }
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
