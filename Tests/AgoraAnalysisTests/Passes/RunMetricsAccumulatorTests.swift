import AgoraCore
import Testing
@testable import AgoraAnalysis

@Suite struct RunMetricsAccumulatorTests {
    private func session(_ agent: UInt32, at time: SimTime, impressions: Int64, length: Int64) -> [TraceEvent] {
        [TraceEvent(time: time, kind: .sessionStart, agent: agent),
         TraceEvent(time: time, kind: .sessionEnd, agent: agent, value: impressions, extra: length)]
    }

    @Test func dauCountsDistinctAgentsPerDay() {
        var accumulator = RunMetricsAccumulator(agentCount: 5, horizon: .day * 3)
        var events: [TraceEvent] = []
        events += session(0, at: .hour, impressions: 4, length: 10_000)
        events += session(0, at: .hour * 2, impressions: 2, length: 20_000)   // same agent, same day
        events += session(1, at: .hour * 3, impressions: 0, length: 0)
        events += session(1, at: .day + .hour, impressions: 6, length: 30_000)
        events.append(TraceEvent(time: .day * 2, kind: .post, agent: 3, target: 0, value: -1))
        for e in events { accumulator.consume(e) }
        let metrics = accumulator.finish()
        #expect(metrics.timeseries.map(\.value) == [2, 1, 0])
        #expect(metrics["activity.dau_mean"] == 1)
        #expect(metrics["activity.dau_last"] == 0)
        #expect(metrics["activity.sessions"] == 4)
        #expect(metrics["activity.posts"] == 1)
        #expect(metrics["activity.impressions_per_session"] == 3)
        #expect(metrics["activity.session_length_mean_s"] == 15)
        #expect(metrics["events.total"] == 9)
        #expect(metrics["events.session_end"] == 4)
        #expect(metrics["population.agents"] == 5)
    }

    @Test func everyKindHasAMetricEvenWhenZero() {
        let metrics = RunMetricsAccumulator(agentCount: 1, horizon: .day).finish()
        for kind in EventKind.allCases { #expect(metrics["events.\(kind.name)"] == 0) }
        #expect(metrics.scalars.map(\.name) == metrics.scalars.map(\.name).sorted())
    }

    @Test func unknownKindsCountOnlyInTheTotalAndLateAgentsAreHandled() {
        var accumulator = RunMetricsAccumulator(agentCount: 1, horizon: .day)
        accumulator.consume(TraceEvent(time: .zero, kindCode: 200, agent: 0, target: 0, value: 0, extra: 0))
        accumulator.consume(TraceEvent(time: .hour, kind: .sessionStart, agent: 40))
        let metrics = accumulator.finish()
        #expect(metrics["events.total"] == 2)
        #expect(metrics["activity.dau_last"] == 1)
    }
}
