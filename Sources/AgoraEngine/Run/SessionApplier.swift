import AgoraAgents
import AgoraCore
import AgoraRecommend

/// The apply phase: turns decided plans and system events into changes of the world and trace
/// events, serially, in the total order (docs/architecture.md, "A window, phase by phase").
///
/// A session's actions assign post ids, update counters, the follow graph, mute lists and memory,
/// and emit their events (a policy's texts right after their post's event); then the agent's own
/// state is written back and its next session scheduled. System events are the daily snapshot,
/// a retrain of the recommenders, and an arrival (`ArrivalProcess`).
final class SessionApplier<Sink: TraceEventSink> {
    /// The world being simulated (see `WorldState` for the owner discipline).
    let world: WorldState
    /// Where events go.
    let sink: Sink
    /// Where texts written by policies go (nil: dropped).
    let textSink: (any TraceTextSink)?
    /// Events emitted so far, by kind code.
    private(set) var eventCounts = [Int](repeating: 0, count: 256)
    /// Events emitted so far.
    private(set) var eventsEmitted = 0
    private let seed: UInt64
    private let policies: BehaviourPolicyTable
    private let recommender: any Recommender
    private let followRecommender: (any FollowRecommender)?
    private let arrivals: ArrivalProcess?
    private let circadian: CircadianProfile
    private let retrainEvery: SimTime
    private var followees: [UInt32] = []
    private var retrains: UInt32 = 0

    /// Creates the applier of `world`.
    init(world: AssembledWorld, sink: Sink, textSink: (any TraceTextSink)?) {
        self.world = world.state
        self.sink = sink
        self.textSink = textSink
        seed = world.seed
        policies = world.policies
        recommender = world.recommender
        followRecommender = world.followRecommender
        arrivals = world.arrivals
        circadian = world.circadian
        retrainEvery = world.retrainEvery
    }

    /// Schedules every active agent's first session, the daily snapshots before `horizon`, the
    /// retrains (at time 0, then every `retrainEvery`), and the first arrival.
    func scheduleInitialEvents(into queue: inout EventQueue, horizon: SimTime) {
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
        var retrainTime = SimTime.zero
        while retrainTime < horizon {
            queue.schedule(.retrain, at: retrainTime, subject: 0)
            retrainTime = retrainTime + retrainEvery
        }
    }

    /// Applies the decided `plan` of `session` (slot `slot`).
    func apply(_ plan: SessionPlan, of session: ScheduledEvent, slot: Int, queue: inout EventQueue) {
        let agent = plan.agent
        if plan.texts.isEmpty {
            for action in plan.actions { apply(action, by: agent) }
        } else {
            applyWithTexts(plan)
        }
        policies.didApply(plan: plan, slot: slot, world: world)
        world.agents.sessionCount[agent.index] += 1
        world.agents.lastSessionStart[agent.index] = session.time.milliseconds
        if plan.update.isSet { writeBack(plan.update, interests: plan.interests, of: agent) }
        if let wake = plan.nextWake {
            queue.schedule(.session, at: wake, subject: agent.rawValue)
        }
    }

    /// Applies the actions of a plan with texts: each text right after its post-creating action's
    /// event, into the trace's text blocks and the post store (where prompts quote it).
    private func applyWithTexts(_ plan: SessionPlan) {
        var nextText = 0
        for (index, action) in plan.actions.enumerated() {
            apply(action, by: plan.agent)
            while nextText < plan.texts.count, plan.texts[nextText].action == index {
                if action.kind.createsPost, world.posts.count > 0 {
                    let post = UInt32(world.posts.count - 1)
                    textSink?.appendText(post: post, text: plan.texts[nextText].text)
                    world.posts.texts[post] = plan.texts[nextText].text
                }
                nextText += 1
            }
        }
    }

    /// Applies a system event: the daily snapshot, a retrain, or an arrival.
    func applySystem(_ event: ScheduledEvent, queue: inout EventQueue) {
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
    func emitSnapshot(day: UInt32, at time: SimTime) {
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
        let i = agent.index
        world.agents.opinion[i] = update.opinion
        world.agents.satisfaction[i] = update.satisfaction
        world.agents.lowSatisfactionSessions[i] = update.lowSatisfactionSessions
        if update.interestsChanged {
            let k = world.agents.topicCount
            for t in 0..<min(k, interests.count) { world.agents.interests[i * k + t] = interests[t] }
        }
    }

    /// Schedules the first session of `agent` after `time` (a circadian draw from stream
    /// (seed, wake, agent, `sequence`)).
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
