import Foundation
import AgoraCore

/// Who-to-follow: suggests accounts an agent does not follow yet, by one of the classic
/// link-prediction rules (`WhoToFollowKind`). The engine shows the suggestions; the behaviour
/// decides (at `rate`) whether to follow one — this is how the recommender shapes the graph.
///
/// Every suggestion is an *eligible* account: not the agent itself, active, not already
/// followed, not muted by the agent, and not suggested twice in one call.
/// - `random`: uniform over agents.
/// - `preferential`: probability ∝ followers + 1 (prefix sums built at retrain; before the first
///   retrain, the followee of a uniformly drawn agent, which also favours popular accounts).
/// - `friends_of_friends`: two-step random walks `agent → followee → followee`.
/// - `common_neighbors`: two-hop accounts `c` ranked by `|{f ∈ followees(a) : a→f→c}|`.
/// - `adamic_adar`: the same paths weighted `Σ_f 1 / ln(deg f)`, `deg f` = followees + followers
///   of the intermediary (Adamic & Adar 2003; intermediaries of degree < 2 are skipped).
/// - `interest`: candidates sharing the agent's dominant topic (or drawn uniformly before the
///   first retrain), ranked by the cosine of interest vectors.
/// Documented fallback: when a rule finds too few accounts (no followees, tiny world), the rest
/// is filled by uniform draws. Deterministic given the stream; allocation-free once the scratch
/// has grown. Cost per call: O(count) draws for the sampled kinds, O(E² + touched) with
/// E = `max_explored` for the two-hop kinds, O(samples · topics) for `interest`.
///
/// `@unchecked Sendable`: the precomputed arrays are written only by `retrain` (serial apply
/// phase) and read concurrently by `suggest`.
public final class WhoToFollowRecommender: FollowRecommender, @unchecked Sendable {
    /// The settings (kind, count, rate, exploration bound).
    public let settings: WhoToFollowSettings
    /// The kind name.
    public var name: String { settings.kind.rawValue }
    /// Accounts suggested per call (`who_to_follow.count`).
    public var suggestionCount: Int { settings.count }
    /// Probability of following one suggestion per session (`who_to_follow.rate`).
    public var followRate: Double { settings.rate }
    // Written only by `retrain` (serial apply phase), read concurrently by `suggest`.
    private var followerPrefix: [UInt64] = []
    private var topicStart: [Int32] = []
    private var topicAgents: [UInt32] = []

    /// Creates the recommender.
    public init(settings: WhoToFollowSettings) { self.settings = settings }

    /// Rebuilds the preferential prefix sums and the interest buckets. O(agents · topics).
    public func retrain(world: WorldState, at time: SimTime) {
        let n = world.agentCount
        followerPrefix.removeAll(keepingCapacity: true)
        followerPrefix.append(0)
        var total: UInt64 = 0
        for i in 0..<n {
            total += UInt64(world.graph.followerCounts[i]) + 1
            followerPrefix.append(total)
        }
        let k = world.agents.topicCount
        guard k > 0 else { return }
        var dominant = [Int](repeating: 0, count: n)
        var sizes = [Int32](repeating: 0, count: k + 1)
        for i in 0..<n {
            dominant[i] = dominantTopic(of: AgentID(i), world: world)
            sizes[dominant[i] + 1] += 1
        }
        for t in 0..<k { sizes[t + 1] += sizes[t] }
        topicStart = sizes
        topicAgents = [UInt32](repeating: 0, count: n)
        var cursor = sizes
        for i in 0..<n {
            topicAgents[Int(cursor[dominant[i]])] = UInt32(i)
            cursor[dominant[i]] += 1
        }
    }

    /// Appends up to `settings.count` suggested accounts for `agent` to `suggestions` (already empty).
    public func suggest(for agent: AgentID, at time: SimTime, world: WorldState, scratch: FollowScratch,
                        stream: inout RandomStream, into suggestions: inout [AgentID]) {
        let n = world.agentCount
        let count = settings.count
        guard agent.index < n, n > 1 else { return }
        scratch.prepare(agentCount: n, limit: count)
        let attempts = 8 * count
        switch settings.kind {
        case .none:
            return
        case .random:
            break
        case .preferential:
            for _ in 0..<attempts where suggestions.count < count {
                add(preferentialDraw(world: world, stream: &stream), for: agent, world: world, into: &suggestions)
            }
        case .friendsOfFriends:
            let mine = world.graph.followees[agent.index]
            if !mine.isEmpty {
                for _ in 0..<attempts where suggestions.count < count {
                    let friend = Int(mine[stream.nextIndex(below: mine.count)])
                    let theirs = world.graph.followees[friend]
                    guard !theirs.isEmpty else { continue }
                    add(theirs[stream.nextIndex(below: theirs.count)], for: agent, world: world, into: &suggestions)
                }
            }
        case .commonNeighbors, .adamicAdar:
            rankTwoHop(for: agent, world: world, scratch: scratch, stream: &stream)
            for candidate in scratch.ranked { suggestions.append(AgentID(candidate)) }
        case .interest:
            rankByInterest(for: agent, world: world, scratch: scratch, stream: &stream)
            for candidate in scratch.ranked { suggestions.append(AgentID(candidate)) }
        }
        for _ in 0..<attempts where suggestions.count < count {
            add(UInt32(stream.nextIndex(below: n)), for: agent, world: world, into: &suggestions)
        }
    }

    /// Whether `candidate` may be suggested to `agent`.
    @inline(__always)
    func isEligible(_ candidate: UInt32, for agent: AgentID, world: WorldState) -> Bool {
        let c = Int(candidate)
        guard candidate != agent.rawValue, c < world.agentCount, world.agents.status[c] == .active else { return false }
        return !world.graph.follows(agent, AgentID(candidate)) && !world.mutes.isMuted(candidate, by: agent)
    }

    private func add(_ candidate: UInt32, for agent: AgentID, world: WorldState, into suggestions: inout [AgentID]) {
        guard isEligible(candidate, for: agent, world: world), !suggestions.contains(AgentID(candidate)) else { return }
        suggestions.append(AgentID(candidate))
    }

    private func preferentialDraw(world: WorldState, stream: inout RandomStream) -> UInt32 {
        let trained = followerPrefix.count - 1
        if trained > 0, let total = followerPrefix.last, total > 0 {
            let target = UInt64(stream.nextIndex(below: Int(total)))
            var low = 0
            var high = trained
            while low < high {
                let mid = (low + high) >> 1
                if followerPrefix[mid + 1] <= target { low = mid + 1 } else { high = mid }
            }
            return UInt32(low)
        }
        let picker = stream.nextIndex(below: world.agentCount)
        let list = world.graph.followees[picker]
        return list.isEmpty ? UInt32(picker) : list[stream.nextIndex(below: list.count)]
    }

    private func rankTwoHop(for agent: AgentID, world: WorldState, scratch: FollowScratch, stream: inout RandomStream) {
        let graph = world.graph
        let mine = graph.followees[agent.index]
        guard !mine.isEmpty else { return }
        let explored = min(mine.count, settings.maxExplored)
        // A random contiguous window of followees bounds the cost for hubs, deterministically.
        let offset = mine.count > explored ? stream.nextIndex(below: mine.count) : 0
        let adamicAdar = settings.kind == .adamicAdar
        for step in 0..<explored {
            let friend = Int(mine[(offset + step) % mine.count])
            let theirs = graph.followees[friend]
            var weight: Float = 1
            if adamicAdar {
                let degree = theirs.count + Int(graph.followerCounts[friend])
                guard degree >= 2 else { continue }
                weight = 1 / Float(log(Double(degree)))
            }
            for candidate in theirs.prefix(settings.maxExplored) {
                let c = Int(candidate)
                if scratch.accumulated[c] == 0 { scratch.touched.append(candidate) }
                scratch.accumulated[c] += weight
            }
        }
        for candidate in scratch.touched {
            let score = Double(scratch.accumulated[Int(candidate)])
            scratch.accumulated[Int(candidate)] = 0
            if isEligible(candidate, for: agent, world: world) { scratch.rank(candidate, score: score) }
        }
    }

    private func rankByInterest(for agent: AgentID, world: WorldState, scratch: FollowScratch, stream: inout RandomStream) {
        let k = world.agents.topicCount
        guard k > 0 else { return }
        let samples = max(64, 16 * settings.count)
        let topic = dominantTopic(of: agent, world: world)
        let bucketed = topicStart.count == k + 1
        let first = bucketed ? Int(topicStart[topic]) : 0
        let size = bucketed ? Int(topicStart[topic + 1]) - first : world.agentCount
        guard size > 0 else { return }
        for _ in 0..<min(samples, 4 * size) {
            let candidate = bucketed ? topicAgents[first + stream.nextIndex(below: size)] : UInt32(stream.nextIndex(below: size))
            guard isEligible(candidate, for: agent, world: world) else { continue }
            scratch.rank(candidate, score: cosine(agent, AgentID(candidate), world: world))
        }
    }

    private func cosine(_ a: AgentID, _ b: AgentID, world: WorldState) -> Double {
        let k = world.agents.topicCount
        let interests = world.agents.attributes.interests
        var dot = 0.0, na = 0.0, nb = 0.0
        for t in 0..<k {
            let x = Double(interests[a.index * k + t])
            let y = Double(interests[b.index * k + t])
            dot += x * y
            na += x * x
            nb += y * y
        }
        return na > 0 && nb > 0 ? dot / (na * nb).squareRoot() : 0
    }

    private func dominantTopic(of agent: AgentID, world: WorldState) -> Int {
        let k = world.agents.topicCount
        var best = 0
        var bestValue = -Float.infinity
        for t in 0..<k {
            let value = world.agents.interest(of: agent, topic: t)
            if value > bestValue { best = t; bestValue = value }
        }
        return best
    }
}
