import AgoraCore
import AgoraTrace

/// The state of the report's single streaming pass over a trace: the follow graph replayed from
/// the initial graph and follow/unfollow/arrival events (as `TraceGraphReplay` does), retention,
/// cascades, per-day engagement, opinions from the daily snapshots, tie interactions, and the
/// friendship paradox measured at every `snapshot_day`.
///
/// Memory: O(agents · (days/64 + a few words) + posts + follow edges + interacting pairs).
/// Time: O(1) amortized per event, plus one paradox measure (O(V + E log d)) per snapshot.
struct ReportPass {
    let days: Int
    var graph: FollowGraph
    let initialOpinions: [Float]
    var retention: RetentionAccumulator
    var cascades: CascadeAccumulator
    /// The friendship paradox of the snapshots, measured in the background as they come.
    let paradoxMeasures = FriendshipParadoxQueue()
    var polarization = PolarizationSeries()
    /// One `FollowTieAnalysis.key` (interacting agent, author) per interaction with another
    /// agent's post, in trace order; counted by sorting at the end (cheaper than hashing every
    /// interaction and then every edge of the final graph).
    var tieInteractionKeys: [UInt64] = []
    var postsPerDay: [Int]
    var likesPerDay: [Int]
    var repostsPerDay: [Int]
    var sessionsEnded = 0
    var impressionsShown = 0
    /// Per agent: sum of the stances of the posts impressed on it, and how many.
    var seenStanceSum: [Double]
    var seenCount: [Int32]
    /// Whether the graph, posts or reposts changed since the paradox was last measured.
    var changedSinceParadoxMeasure = false
    private var snapshotDay = -1
    private var snapshotRemaining = 0

    init(header: TraceHeader, agents: AgentAttributes, initialGraph: FollowGraph, inactivityDays: Int) {
        let dayMs = SimTime.day.milliseconds
        days = max(1, Int((header.horizonMilliseconds + dayMs - 1) / dayMs))
        graph = initialGraph
        initialOpinions = agents.opinion
        retention = RetentionAccumulator(days: days, inactivityDays: inactivityDays, initialJoinTimes: agents.joinTime)
        cascades = CascadeAccumulator(agentCount: agents.count)
        postsPerDay = [Int](repeating: 0, count: days)
        likesPerDay = postsPerDay
        repostsPerDay = postsPerDay
        seenStanceSum = [Double](repeating: 0, count: agents.count)
        seenCount = [Int32](repeating: 0, count: agents.count)
        polarization.begin(initialOpinions: agents.opinion.map(Double.init), joinTimes: agents.joinTime, graph: initialGraph)
        paradoxMeasures.measure(day: 0, graph: initialGraph, posts: [], repostsReceived: [])
    }

    private mutating func growGraph(toInclude agent: UInt32) {
        guard agent != AgentID.none.rawValue else { return }
        while graph.nodeCount <= Int(agent) { graph.addNode() }
    }

    @inline(__always) private func dayIndex(_ time: Int64) -> Int? {
        let d = Int(time / SimTime.day.milliseconds)
        return d >= 0 && d < days ? d : nil
    }

    private mutating func interacted(agent: UInt32, post: UInt32) {
        guard let author = cascades.authorOf(post), author != Int(agent) else { return }
        tieInteractionKeys.append(FollowTieAnalysis.key(agent, UInt32(author)))
    }

    mutating func consume(time: Int64, kind: UInt8, agent: UInt32, target: UInt32, value: Int64, extra: Int64) {
        switch kind {
        case EventKind.impression.rawValue:
            cascades.impression(post: target)
            let a = Int(agent), p = Int(target)
            if p < cascades.stance.count, cascades.authorOf(target) != nil {
                if a >= seenCount.count {
                    seenCount.append(contentsOf: repeatElement(0, count: a + 1 - seenCount.count))
                    seenStanceSum.append(contentsOf: repeatElement(0, count: a + 1 - seenStanceSum.count))
                }
                seenStanceSum[a] += Double(cascades.stance[p])
                seenCount[a] += 1
            }
        case EventKind.sessionStart.rawValue:
            retention.sessionStart(agent: agent, time: time)
        case EventKind.sessionEnd.rawValue:
            retention.sessionEnd(agent: agent, time: time)
            sessionsEnded += 1
            impressionsShown += Int(value)
        case EventKind.like.rawValue:
            interacted(agent: agent, post: target)
            if let d = dayIndex(time) { likesPerDay[d] += 1 }
        case EventKind.post.rawValue, EventKind.repost.rawValue, EventKind.quote.rawValue, EventKind.comment.rawValue:
            changedSinceParadoxMeasure = true
            if value >= 0, value <= Int64(UInt32.max) { interacted(agent: agent, post: UInt32(value)) }
            cascades.created(kind: kind, author: agent, post: target, parent: value, packed: extra)
            if let d = dayIndex(time) {
                if kind == EventKind.post.rawValue { postsPerDay[d] += 1 }
                if kind == EventKind.repost.rawValue { repostsPerDay[d] += 1 }
            }
        case EventKind.follow.rawValue:
            changedSinceParadoxMeasure = true
            growGraph(toInclude: max(agent, target))
            graph.follow(AgentID(agent), AgentID(target))
        case EventKind.unfollow.rawValue:
            changedSinceParadoxMeasure = true
            growGraph(toInclude: max(agent, target))
            graph.unfollow(AgentID(agent), AgentID(target))
        case EventKind.arrival.rawValue:
            changedSinceParadoxMeasure = true
            growGraph(toInclude: agent)
            retention.arrival(agent: agent, time: time)
        case EventKind.churn.rawValue:
            retention.churn(time: time)
        case EventKind.return.rawValue:
            retention.returned()
        case EventKind.snapshotDay.rawValue:
            snapshotDay = Int(target)
            snapshotRemaining = Int(value)
            paradoxMeasures.measure(day: snapshotDay, graph: graph, posts: cascades.postsBy,
                                    repostsReceived: cascades.repostsReceived)
            changedSinceParadoxMeasure = false
            polarization.startSnapshot(day: snapshotDay)
            if snapshotRemaining <= 0 { finishSnapshot() }
        case EventKind.snapshotAgent.rawValue:
            guard snapshotRemaining > 0 else { break }
            polarization.record(agent: Int(agent), opinion: Double(value) / 1e6, status: extra)
            snapshotRemaining -= 1
            if snapshotRemaining == 0 { finishSnapshot() }
        default:
            break
        }
    }

    private mutating func finishSnapshot() {
        let active = polarization.finishSnapshot(graph: graph)
        retention.snapshotActive(day: snapshotDay, active: active)
    }
}
