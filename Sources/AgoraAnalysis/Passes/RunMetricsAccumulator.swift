import AgoraCore

/// Computes a run's activity metrics from its events in one streaming pass over the trace
/// (docs/architecture.md, "Contracts": metrics come from the trace, never from engine internals).
///
/// What it computes — event counts per kind, sessions, impressions and length per session, daily
/// active users — is declared, with each definition, in `MetricDefinition+Activity.swift`
/// (`MetricCatalog`, which generates docs/metrics.md).
///
/// Memory: one Int32 per agent (the last day each agent was active). Time: O(1) per event.
public struct RunMetricsAccumulator: Sendable {
    private var kindCounts = [Int](repeating: 0, count: 256)
    private var total = 0
    private var lastActiveDay: [Int32]
    private var dau: [Int]
    private var impressionsSeen = 0
    private var sessionMilliseconds: Int64 = 0
    private var sessionsEnded = 0
    private let agentCount: Int

    /// Creates an accumulator for a trace of `agentCount` initial agents and the given horizon.
    public init(agentCount: Int, horizon: SimTime) {
        self.agentCount = agentCount
        lastActiveDay = [Int32](repeating: -1, count: agentCount)
        let days = max(1, Int((horizon.milliseconds + SimTime.day.milliseconds - 1) / SimTime.day.milliseconds))
        dau = [Int](repeating: 0, count: days)
    }

    /// Takes one event into account. O(1) amortized.
    public mutating func consume(_ event: TraceEvent) {
        consume(time: event.time.milliseconds, kind: event.kindCode, agent: event.agent, value: event.value, extra: event.extra)
    }

    /// Takes one event given by its columns into account. O(1) amortized.
    @inlinable
    public mutating func consume(time: Int64, kind: UInt8, agent: UInt32, value: Int64, extra: Int64) {
        consumeColumns(time: time, kind: kind, agent: agent, value: value, extra: extra)
    }

    @usableFromInline
    mutating func consumeColumns(time: Int64, kind: UInt8, agent: UInt32, value: Int64, extra: Int64) {
        kindCounts[Int(kind)] += 1
        total += 1
        switch kind {
        case EventKind.sessionStart.rawValue:
            let day = Int(time / SimTime.day.milliseconds)
            let index = Int(agent)
            if index >= lastActiveDay.count {
                lastActiveDay.append(contentsOf: repeatElement(-1, count: index + 1 - lastActiveDay.count))
            }
            if day >= 0, day < dau.count, lastActiveDay[index] != Int32(day) {
                lastActiveDay[index] = Int32(day)
                dau[day] += 1
            }
        case EventKind.sessionEnd.rawValue:
            impressionsSeen += Int(value)
            sessionMilliseconds += extra
            sessionsEnded += 1
        default:
            break
        }
    }

    /// The metrics of everything consumed so far (`MetricCatalog`'s activity metrics).
    public func finish() -> RunMetrics {
        func count(_ kind: EventKind) -> Double { Double(kindCounts[Int(kind.rawValue)]) }
        var scalars = [MetricValue(.eventsTotal, value: Double(total))]
        for kind in EventKind.allCases { scalars.append(MetricValue(.events(kind), value: count(kind))) }
        scalars += [
            MetricValue(.activitySessions, value: count(.sessionStart)),
            MetricValue(.activityPosts, value: count(.post)),
            MetricValue(.activityReposts, value: count(.repost)),
            MetricValue(.activityLikes, value: count(.like)),
            MetricValue(.activityFollows, value: count(.follow)),
            MetricValue(.activityImpressionsPerSession,
                        value: sessionsEnded > 0 ? Double(impressionsSeen) / Double(sessionsEnded) : 0),
            MetricValue(.activitySessionLengthMean,
                        value: sessionsEnded > 0 ? Double(sessionMilliseconds) / 1000 / Double(sessionsEnded) : 0),
            MetricValue(.activityDAUMean, value: Double(dau.reduce(0, +)) / Double(dau.count)),
            MetricValue(.activityDAULast, value: Double(dau.last ?? 0)),
            MetricValue(.populationAgents, value: Double(agentCount)),
        ]
        let series = dau.enumerated().map { TimeseriesValue(.activityDAU, day: $0.offset, value: Double($0.element)) }
        return RunMetrics(scalars: scalars, timeseries: series)
    }
}
