import AgoraCore

/// Computes a run's activity metrics from its events in one streaming pass over the trace
/// (DESIGN.md: metrics come from the trace, never from engine internals).
///
/// Definitions (repeated in `docs/metrics.md`):
/// - `events.total`, `events.<kind>`: traced events, all and per kind (every known kind listed,
///   zeros included; unknown codes count only in `events.total`).
/// - `activity.sessions`: `session_start` events.
/// - `activity.posts`, `activity.reposts`, `activity.likes`, `activity.follows`: events of those
///   kinds (original posts only for `activity.posts`).
/// - `activity.impressions_per_session`: mean of `session_end.value` (impressions seen, traced or
///   not) over sessions.
/// - `activity.session_length_mean_s`: mean of `session_end.extra` in seconds.
/// - `activity.dau` (series, per simulated day d = 0 … ⌈horizon/1d⌉−1): distinct agents with at
///   least one `session_start` on day d. `activity.dau_mean`: its mean over those days;
///   `activity.dau_last`: its value on the last day.
/// - `population.agents`: agents in the trace header.
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

    /// The metrics of everything consumed so far.
    public func finish() -> RunMetrics {
        var scalars: [MetricValue] = [MetricValue(name: "events.total", value: Double(total))]
        for kind in EventKind.allCases {
            scalars.append(MetricValue(name: "events.\(kind.name)", value: Double(kindCounts[Int(kind.rawValue)])))
        }
        func count(_ kind: EventKind) -> Double { Double(kindCounts[Int(kind.rawValue)]) }
        let sessions = count(.sessionStart)
        scalars += [
            MetricValue(name: "activity.sessions", value: sessions),
            MetricValue(name: "activity.posts", value: count(.post)),
            MetricValue(name: "activity.reposts", value: count(.repost)),
            MetricValue(name: "activity.likes", value: count(.like)),
            MetricValue(name: "activity.follows", value: count(.follow)),
            MetricValue(name: "activity.impressions_per_session",
                        value: sessionsEnded > 0 ? Double(impressionsSeen) / Double(sessionsEnded) : 0),
            MetricValue(name: "activity.session_length_mean_s",
                        value: sessionsEnded > 0 ? Double(sessionMilliseconds) / 1000 / Double(sessionsEnded) : 0),
            MetricValue(name: "activity.dau_mean", value: Double(dau.reduce(0, +)) / Double(dau.count)),
            MetricValue(name: "activity.dau_last", value: Double(dau.last ?? 0)),
            MetricValue(name: "population.agents", value: Double(agentCount)),
        ]
        let series = dau.enumerated().map { TimeseriesValue(name: "activity.dau", day: $0.offset, value: Double($0.element)) }
        return RunMetrics(scalars: scalars, timeseries: series)
    }
}
