/// Cohort tables, N-day retention and survival from the accumulated active days.
extension RetentionAccumulator {
    /// Classic and rolling N-day retention: (classic, rolling, eligible agents), `nil` when no
    /// agent joined at least N days before the end.
    func retention(afterDays n: Int) -> (classic: Double, rolling: Double, eligible: Int)? {
        var eligible = 0, classic = 0, rolling = 0
        for a in 0..<agentCount {
            let target = Int(joinDay[a]) + n
            guard target < days else { continue }
            eligible += 1
            if isActive(a, day: target) { classic += 1 }
            if lastActiveDay(a) >= target { rolling += 1 }
        }
        guard eligible > 0 else { return nil }
        return (Double(classic) / Double(eligible), Double(rolling) / Double(eligible), eligible)
    }

    /// The cohort table: one row per join day with at least one agent.
    func cohortTable() -> [CohortRow] {
        var members = [Int](repeating: 0, count: days)
        var active = [[Int]](repeating: [], count: days)
        for j in 0..<days { active[j] = [Int](repeating: 0, count: days - j) }
        for a in 0..<agentCount {
            let j = Int(joinDay[a])
            guard j >= 0, j < days else { continue }
            members[j] += 1
            for k in 0..<(days - j) where isActive(a, day: j + k) { active[j][k] += 1 }
        }
        return (0..<days).filter { members[$0] > 0 }.map { j in
            CohortRow(joinDay: j, agents: members[j], retained: active[j].map { Double($0) / Double(members[j]) })
        }
    }

    /// Lifetimes in days and whether each ended in inactivity churn (see the type's documentation).
    func lifetimes() -> (durations: [Int], observed: [Bool]) {
        var durations: [Int] = []
        var observed: [Bool] = []
        durations.reserveCapacity(agentCount)
        observed.reserveCapacity(agentCount)
        for a in 0..<agentCount {
            let j = Int(joinDay[a])
            guard j >= 0, j < days else { continue }
            let last = max(lastActiveDay(a), j - 1)
            if days - 1 - last >= inactivityDays {
                durations.append(last - j + 1)
                observed.append(true)
            } else {
                durations.append(days - j)
                observed.append(false)
            }
        }
        return (durations, observed)
    }
}
