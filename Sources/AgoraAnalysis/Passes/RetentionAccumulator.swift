import AgoraCore

/// Retention and activity-over-time metrics of a run, from one streaming pass over its trace.
///
/// Every agent's active days (days with at least one `session_start`) are kept in a bitset, its
/// join day (header `join_time`, or the day of its `arrival` event) and the end of its last
/// session. What it computes (the metrics are declared in `MetricDefinition+Retention.swift`; d =
/// ⌊time / 1 day⌋, D = days of the run):
/// - `activity.wau` / `activity.mau` (series): distinct agents active in days d−6 … d / d−29 … d;
///   `activity.stickiness` (series): DAU / MAU of that day (0 when MAU is 0); `*_mean` scalars
///   average them over the run's days.
/// - `retention.dN` (classic): among agents with J + N < D (J = join day), the share active on
///   day J + N; `retention.rolling_dN`: the share active on some day ≥ J + N.
/// - cohort table: for each join day j, the share of its agents active on day j + k, k = 0 … D−1−j.
/// - inactivity churn: an agent whose last active day L (or J − 1 if never active) satisfies
///   D − 1 − L ≥ X (X = `inactivityDays`) is churned at lifetime L − J + 1 days; others are
///   censored at D − J. `retention.km_*` is the Kaplan–Meier estimate on these lifetimes.
/// - `retention.churn_events`: `churn` events; `retention.churn_rate` (series): churn events of day
///   d / agents active (status 0) in the latest daily snapshot at or before d (or the header
///   population before any snapshot).
/// - `retention.return_time_mean_h`: mean over session starts that follow an earlier session end
///   of the same agent of (start − that end), in hours (KuaiSim's return time).
///
/// Memory: ⌈D/64⌉ words + 3 scalars per agent. Time: O(1) per event; O(agents · D) at the end.
struct RetentionAccumulator {
    let days: Int
    let inactivityDays: Int
    let words: Int
    private(set) var activeBits: [UInt64]
    private(set) var joinDay: [Int32]
    private(set) var lastSessionEnd: [Int64]
    private var returnGapTotal: Double = 0
    private var returnGaps = 0
    private var churnPerDay: [Int]
    private var activeAtSnapshot: [Int]
    private(set) var churnEvents = 0
    private(set) var returnEvents = 0

    init(days: Int, inactivityDays: Int, initialJoinTimes: [Int64]) {
        self.days = days
        self.inactivityDays = inactivityDays
        words = (days + 63) / 64
        activeBits = [UInt64](repeating: 0, count: words * initialJoinTimes.count)
        joinDay = initialJoinTimes.map { Int32(clamping: max(0, $0) / SimTime.day.milliseconds) }
        lastSessionEnd = [Int64](repeating: -1, count: initialJoinTimes.count)
        churnPerDay = [Int](repeating: 0, count: days)
        activeAtSnapshot = [Int](repeating: -1, count: days)
        if days > 0 { activeAtSnapshot[0] = initialJoinTimes.count }
    }

    var agentCount: Int { joinDay.count }

    private mutating func grow(toInclude agent: Int, joinDayIfNew: Int32) {
        guard agent >= joinDay.count else { return }
        let extra = agent + 1 - joinDay.count
        joinDay.append(contentsOf: repeatElement(joinDayIfNew, count: extra))
        lastSessionEnd.append(contentsOf: repeatElement(-1, count: extra))
        activeBits.append(contentsOf: repeatElement(0, count: extra * words))
    }

    mutating func sessionStart(agent: UInt32, time: Int64) {
        let a = Int(agent)
        let day = Int(time / SimTime.day.milliseconds)
        grow(toInclude: a, joinDayIfNew: Int32(clamping: day))
        if day >= 0, day < days { activeBits[a * words + day >> 6] |= 1 << UInt64(day & 63) }
        let last = lastSessionEnd[a]
        if last >= 0, time >= last {
            returnGapTotal += Double(time - last)
            returnGaps += 1
        }
    }

    mutating func sessionEnd(agent: UInt32, time: Int64) {
        let a = Int(agent)
        grow(toInclude: a, joinDayIfNew: Int32(clamping: time / SimTime.day.milliseconds))
        lastSessionEnd[a] = time
    }

    mutating func arrival(agent: UInt32, time: Int64) {
        let a = Int(agent)
        let day = Int32(clamping: time / SimTime.day.milliseconds)
        grow(toInclude: a, joinDayIfNew: day)
        joinDay[a] = day
    }

    mutating func churn(time: Int64) {
        churnEvents += 1
        let day = Int(time / SimTime.day.milliseconds)
        if day >= 0, day < days { churnPerDay[day] += 1 }
    }

    mutating func returned() { returnEvents += 1 }

    /// Records the number of active agents in the daily snapshot of `day`.
    mutating func snapshotActive(day: Int, active: Int) {
        if day >= 0, day < days { activeAtSnapshot[day] = active }
    }

    @inline(__always) func isActive(_ agent: Int, day: Int) -> Bool {
        activeBits[agent * words + day >> 6] & (1 << UInt64(day & 63)) != 0
    }

    /// The last active day of `agent`, or −1.
    func lastActiveDay(_ agent: Int) -> Int {
        for w in stride(from: words - 1, through: 0, by: -1) {
            let word = activeBits[agent * words + w]
            if word != 0 { return w * 64 + 63 - word.leadingZeroBitCount }
        }
        return -1
    }

    /// Daily active users per day.
    func dailyActive() -> [Int] {
        var dau = [Int](repeating: 0, count: days)
        for a in 0..<agentCount {
            for w in 0..<words {
                var word = activeBits[a * words + w]
                while word != 0 {
                    dau[w * 64 + word.trailingZeroBitCount] += 1
                    word &= word - 1
                }
            }
        }
        return dau
    }

    /// Distinct agents active in the `window` days ending at each day.
    func windowActive(window: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: days)
        for a in 0..<agentCount {
            var lastActive = Int.min / 2
            for d in 0..<days {
                if isActive(a, day: d) { lastActive = d }
                if d - lastActive < window { counts[d] += 1 }
            }
        }
        return counts
    }

    /// Daily churn rates (see the type's documentation).
    func churnRates() -> [Double] {
        var denominator = agentCount
        return (0..<days).map { d in
            if activeAtSnapshot[d] >= 0 { denominator = activeAtSnapshot[d] }
            return denominator > 0 ? Double(churnPerDay[d]) / Double(denominator) : 0
        }
    }

    /// Mean return time in hours, or `nil` without any return.
    var returnTimeMeanHours: Double? {
        returnGaps > 0 ? returnGapTotal / Double(returnGaps) / Double(SimTime.hour.milliseconds) : nil
    }
}
