import AgoraCore
import Foundation

/// Stylized facts derived from the events of one run (and its initial graph), for the
/// stylized-facts tests: everything here is computed from the trace, nothing read from the world.
struct TraceFacts {
    /// Follow graph at the end of the run, replayed from the initial graph and follow/unfollow events.
    let finalGraph: FollowGraph
    /// Cascade size (root + its reposts and quotes) per root that was shared at least once.
    let cascadeSizes: [Int]
    /// Number of `churn` events.
    let churns: Int
    /// Number of `return` events.
    let returns: Int
    /// Number of `arrival` events.
    let arrivals: Int
    /// Fraction of the initial agents active on day 0 that have a session on day N, for N = 0…
    let retention: [Double]
    /// Fraction of arrivals (joined at least N+1 days before the horizon) with a session on the
    /// N-th day after they joined, for N = 0…6.
    let arrivalRetention: [Double]
    /// Mean over agents (with at least 2 impressions in the final `diversityDays` days) of the
    /// unbiased Gini–Simpson diversity of the topics they saw: the probability that two of their
    /// impressions drawn without replacement have different topics. Unlike the plug-in entropy it
    /// does not grow with the number of impressions, so shorter sessions do not bias it.
    let exposureDiversity: Double
    /// The same diversity over the topics of the posts each agent engaged with (liked, reposted,
    /// quoted or commented on) during the whole run.
    let engagementDiversity: Double

    init(events: [TraceEvent], initialGraph: FollowGraph, initialAgents: Int, days: Int, topics: Int,
         diversityDays: Int = 4) {
        var graph = initialGraph
        var postRoot: [UInt32] = []
        var postTopic: [UInt16] = []
        var sharesOfRoot: [Int] = []
        var churns = 0, returns = 0, arrivals = 0
        var activeDays = [Set<Int>](repeating: [], count: initialAgents)
        var seen: [[Int]] = []
        var engaged: [[Int]] = []
        func count(_ topic: UInt16, for agent: UInt32, in table: inout [[Int]]) {
            while table.count <= Int(agent) { table.append([]) }
            if table[Int(agent)].isEmpty { table[Int(agent)] = [Int](repeating: 0, count: topics) }
            table[Int(agent)][Int(topic)] += 1
        }
        var joined: [UInt32: Int64] = [:]
        var arrivalDays: [UInt32: Set<Int>] = [:]
        let diversityStart = Int64(days - diversityDays) * SimTime.day.milliseconds
        for event in events {
            switch event.kind {
            case .arrival:
                arrivals += 1
                joined[event.agent] = event.time.milliseconds
                while graph.nodeCount <= Int(event.agent) { graph.addNode() }
            case .follow: graph.follow(AgentID(event.agent), AgentID(event.target))
            case .unfollow: graph.unfollow(AgentID(event.agent), AgentID(event.target))
            case .churn: churns += 1
            case .return: returns += 1
            case .post, .repost, .quote, .comment:
                let id = Int(event.target)
                precondition(id == postRoot.count, "post ids are dense and in order")
                let parent = event.value
                let root = parent >= 0 ? postRoot[Int(parent)] : UInt32(id)
                postRoot.append(root)
                postTopic.append(PostAttributesPacking.topic(event.extra))
                sharesOfRoot.append(0)
                if event.kind == .repost || event.kind == .quote { sharesOfRoot[Int(root)] += 1 }
                if parent >= 0 { count(postTopic[Int(parent)], for: event.agent, in: &engaged) }
            case .like:
                count(postTopic[Int(event.target)], for: event.agent, in: &engaged)
            case .sessionStart where Int(event.agent) < initialAgents:
                activeDays[Int(event.agent)].insert(Int(event.time.milliseconds / SimTime.day.milliseconds))
            case .sessionStart:
                if let join = joined[event.agent] {
                    arrivalDays[event.agent, default: []].insert(Int((event.time.milliseconds - join) / SimTime.day.milliseconds))
                }
            case .impression where event.time.milliseconds >= diversityStart:
                count(postTopic[Int(event.target)], for: event.agent, in: &seen)
            default: break
            }
        }
        finalGraph = graph
        cascadeSizes = sharesOfRoot.filter { $0 > 0 }.map { $0 + 1 }
        self.churns = churns
        self.returns = returns
        self.arrivals = arrivals
        let cohort = activeDays.filter { $0.contains(0) }
        retention = (0..<days).map { day in Double(cohort.filter { $0.contains(day) }.count) / Double(max(1, cohort.count)) }
        let horizon = Int64(days) * SimTime.day.milliseconds
        arrivalRetention = (0..<7).map { day in
            let eligible = joined.filter { $0.value + Int64(day + 1) * SimTime.day.milliseconds <= horizon }.map(\.key)
            let active = eligible.filter { arrivalDays[$0]?.contains(day) ?? false }.count
            return Double(active) / Double(max(1, eligible.count))
        }
        exposureDiversity = TraceFacts.meanDiversity(seen)
        engagementDiversity = TraceFacts.meanDiversity(engaged)
    }

    /// Mean unbiased Gini–Simpson diversity `1 − Σ c(c−1) / (n(n−1))` over rows with n ≥ 2.
    static func meanDiversity(_ table: [[Int]]) -> Double {
        var diversities: [Double] = []
        for counts in table {
            let n = Double(counts.reduce(0, +))
            guard n >= 2 else { continue }
            let repeats = counts.map { Double($0) * Double($0 - 1) }.reduce(0, +)
            diversities.append(1 - repeats / (n * (n - 1)))
        }
        return diversities.isEmpty ? 0 : diversities.reduce(0, +) / Double(diversities.count)
    }

    /// Fraction of agents with at least one followee whose followees have, on average, more
    /// followers than they do ("my followees have more followers").
    var friendshipParadoxFraction: Double {
        var holds = 0, counted = 0
        for agent in 0..<finalGraph.nodeCount {
            let followees = finalGraph.followees[agent]
            guard !followees.isEmpty else { continue }
            counted += 1
            let mean = Double(followees.map { Int(finalGraph.followerCounts[Int($0)]) }.reduce(0, +)) / Double(followees.count)
            if mean > Double(finalGraph.followerCounts[agent]) { holds += 1 }
        }
        return Double(holds) / Double(max(1, counted))
    }

    /// Discrete power-law exponent of the in-degree tail (Clauset, Shalizi & Newman 2009): for
    /// each candidate x_min with at least 50 tail points, α = 1 + n / Σ ln(x / (x_min − ½)); the
    /// x_min minimizing the Kolmogorov–Smirnov distance wins.
    var inDegreeExponent: (alpha: Double, xmin: Int, tail: Int) {
        let degrees = finalGraph.followerCounts.map(Int.init).filter { $0 > 0 }.sorted()
        var best = (alpha: 0.0, xmin: 0, tail: 0, ks: Double.infinity)
        for xmin in Set(degrees).sorted() {
            let tail = degrees.filter { $0 >= xmin }
            guard tail.count >= 50 else { break }
            let alpha = 1 + Double(tail.count) / tail.map { log(Double($0) / (Double(xmin) - 0.5)) }.reduce(0, +)
            var ks = 0.0
            for (i, x) in tail.enumerated() where i + 1 == tail.count || tail[i + 1] != x {
                let empirical = Double(i + 1) / Double(tail.count)
                let model = 1 - pow((Double(x) + 0.5) / (Double(xmin) - 0.5), 1 - alpha)
                ks = max(ks, abs(empirical - model))
            }
            if ks < best.ks { best = (alpha, xmin, tail.count, ks) }
        }
        return (best.alpha, best.xmin, best.tail)
    }
}
