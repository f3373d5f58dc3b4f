import AgoraCore

/// Opinion polarization of a run from its daily snapshots (`snapshot_agent` events: opinion ×
/// 10⁶ and status per agent).
///
/// Per snapshot, over the "joined" agents (status active (0) or churned (1) in the snapshot): the
/// mean, variance and bimodality coefficient of their opinions and the correlation of each one's
/// opinion with its followees' mean opinion; and, once for the run, the correlation of agents'
/// opinions with the mean stance of what they were shown. The metrics are declared in
/// `MetricDefinition+Polarization.swift`.
struct PolarizationSeries {
    private(set) var points: [TimeseriesValue] = []
    /// Opinions of the current snapshot, by agent.
    private(set) var opinion: [Double] = []
    /// Statuses of the current snapshot, by agent (2 = not joined, also for agents not listed).
    private(set) var status: [Int64] = []
    /// The opinions at day 0 (header, or a snapshot of day 0) and at the last snapshot, joined agents only.
    private(set) var startOpinions: [Double] = []
    private(set) var endOpinions: [Double] = []
    private(set) var endDay = -1
    private var snapshots = 0
    private var day = -1

    /// Starts from the header's opinions: agents with join time 0 are joined and active. Records
    /// the day-0 points (replaced by a `snapshot_day` 0 if the trace has one).
    mutating func begin(initialOpinions: [Double], joinTimes: [Int64], graph: FollowGraph) {
        opinion = initialOpinions
        status = joinTimes.map { $0 <= 0 ? Int64(AgentStatus.active.rawValue) : Int64(AgentStatus.notJoined.rawValue) }
        day = 0
        _ = finishSnapshot(graph: graph)
    }

    mutating func startSnapshot(day: Int) {
        self.day = day
        for i in status.indices { status[i] = Int64(AgentStatus.notJoined.rawValue) }
    }

    mutating func record(agent: Int, opinion value: Double, status code: Int64) {
        if agent >= opinion.count {
            opinion.append(contentsOf: repeatElement(0, count: agent + 1 - opinion.count))
            status.append(contentsOf: repeatElement(Int64(AgentStatus.notJoined.rawValue), count: agent + 1 - status.count))
        }
        opinion[agent] = value
        status[agent] = code
    }

    @inline(__always) func joined(_ agent: Int) -> Bool {
        agent < status.count && (status[agent] == Int64(AgentStatus.active.rawValue)
            || status[agent] == Int64(AgentStatus.churned.rawValue))
    }

    /// Ends the current snapshot: records its series points. Returns the number of active agents.
    mutating func finishSnapshot(graph: FollowGraph) -> Int {
        var values: [Double] = []
        var active = 0
        for a in 0..<opinion.count where joined(a) {
            values.append(opinion[a])
            if status[a] == Int64(AgentStatus.active.rawValue) { active += 1 }
        }
        points.removeAll { $0.day == day }
        if snapshots == 0 || day <= 0 { startOpinions = values }
        endOpinions = values
        endDay = day
        snapshots += 1
        func add(_ metric: MetricDefinition, _ value: Double?) {
            if let value, value.isFinite { points.append(TimeseriesValue(metric, day: day, value: value)) }
        }
        add(.polarizationOpinionMean, SampleMoments.mean(values))
        add(.polarizationOpinionVariance, SampleMoments.variance(values))
        add(.polarizationBimodalityCoefficient, SampleMoments.bimodalityCoefficient(values))
        add(.polarizationFollowingCorrelation, followingCorrelation(graph: graph))
        return active
    }

    /// Correlation between joined agents' opinions and their joined followees' mean opinion.
    func followingCorrelation(graph: FollowGraph) -> Double? {
        var own: [Double] = []
        var neighbourhood: [Double] = []
        for u in 0..<min(graph.nodeCount, opinion.count) where joined(u) {
            var sum = 0.0
            var count = 0
            for v in graph.followees[u] where joined(Int(v)) {
                sum += opinion[Int(v)]
                count += 1
            }
            guard count > 0 else { continue }
            own.append(opinion[u])
            neighbourhood.append(sum / Double(count))
        }
        return SampleMoments.pearson(own, neighbourhood)
    }

    /// Correlation between agents' current opinions and the mean stance of what they were shown.
    func seenCorrelation(stanceSums: [Double], counts: [Int32]) -> Double? {
        var own: [Double] = []
        var seen: [Double] = []
        for a in 0..<min(counts.count, opinion.count) where counts[a] > 0 && (snapshots == 0 || joined(a)) {
            own.append(opinion[a])
            seen.append(stanceSums[a] / Double(counts[a]))
        }
        return SampleMoments.pearson(own, seen)
    }

    /// Histogram of `values` in 20 bins over [−1, 1] (values outside are clamped).
    static func histogram(_ values: [Double], bins: Int = 20) -> [Int] {
        var counts = [Int](repeating: 0, count: bins)
        for x in values where x.isFinite {
            let index = Int(((x + 1) / 2 * Double(bins)).rounded(.down))
            counts[min(bins - 1, max(0, index))] += 1
        }
        return counts
    }
}
