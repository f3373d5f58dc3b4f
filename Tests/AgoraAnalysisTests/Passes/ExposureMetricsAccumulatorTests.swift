import Foundation
import AgoraCore
import Testing
@testable import AgoraAnalysis
@testable import AgoraTrace

@Suite struct ExposureMetricsAccumulatorTests {
    /// Three agents (0 follows 1); four posts; two feeds on two days; worked out by hand below.
    static func trace() -> [TraceEvent] {
        func post(_ id: UInt32, by author: UInt32, topic: UInt16, at minute: Int64) -> TraceEvent {
            TraceEvent(time: .minute * minute, kind: .post, agent: author, target: id, value: -1,
                       extra: PostAttributesPacking.pack(topic: topic, stance: 0))
        }
        func impression(_ post: UInt32, by agent: UInt32, at time: SimTime, position: Int64) -> TraceEvent {
            TraceEvent(time: time, kind: .impression, agent: agent, target: post, value: position)
        }
        let day1 = SimTime.day + .hour
        return [
            post(0, by: 1, topic: 0, at: 1), post(1, by: 2, topic: 1, at: 2), post(2, by: 2, topic: 0, at: 3),
            post(3, by: 1, topic: 2, at: 4),
            TraceEvent(time: .minute * 5, kind: .like, agent: 2, target: 0),
            TraceEvent(time: .minute * 6, kind: .like, agent: 0, target: 0),
            TraceEvent(time: .hour, kind: .sessionStart, agent: 0, value: 3),
            impression(0, by: 0, at: .hour, position: 0), impression(1, by: 0, at: .hour, position: 1),
            impression(2, by: 0, at: .hour, position: 2),
            TraceEvent(time: .hour, kind: .sessionEnd, agent: 0, value: 3),
            TraceEvent(time: .hour * 2, kind: .follow, agent: 2, target: 1),
            TraceEvent(time: day1, kind: .sessionStart, agent: 2, value: 1),
            impression(0, by: 2, at: day1, position: 0),
            TraceEvent(time: day1, kind: .sessionEnd, agent: 2, value: 1),
        ]
    }

    static func metrics() -> RunMetrics {
        var graph = FollowGraph(nodeCount: 3)
        graph.follow(AgentID(0), AgentID(1))
        var accumulator = ExposureMetricsAccumulator(initialGraph: graph, topicCount: 3, horizon: .day * 2)
        for event in trace() { accumulator.consume(event) }
        return accumulator.finish()
    }

    @Test func runMetricsMatchTheHandComputedValues() throws {
        let m = Self.metrics()
        #expect(m["exposure.item_coverage"] == 0.75)                 // 3 of 4 posts shown
        #expect(m["exposure.gini"] == 0.375)                         // counts [0,1,1,2]: 6/16
        #expect(abs(m["exposure.average_popularity"]! - 4.0 / 3) < 1e-12)  // feeds: 2/3 and 2
        #expect(abs(m["exposure.intra_list_diversity"]! - 2.0 / 3) < 1e-12) // topics 0,1,0
        let novelty = (2 * -log2(0.75) + 2 + 2) / 4                 // p = (φ+1)/(|U|+1)
        #expect(abs(m["exposure.novelty"]! - novelty) < 1e-12)
        #expect(abs(m["exposure.tail_percentage"]! - 1.0 / 6) < 1e-12)      // tail = {p1}
        #expect(m["exposure.in_network_share"] == 0.5)               // p0 to 0, then p0 to 2 after the follow
        #expect(m["exposure.top1pct_author_share"] == 0.5)
        #expect(m["exposure.feeds"] == 2)
        #expect(m["exposure.impressions"] == 4)
    }

    @Test func dailySeriesCoverEveryDay() {
        let series = Self.metrics().timeseries
        let coverage = series.filter { $0.name == "exposure.item_coverage" }.map(\.value)
        let gini = series.filter { $0.name == "exposure.gini" }.map(\.value)
        #expect(coverage == [0.75, 0.25])
        #expect(gini == [0.25, 0.75])
        #expect(Set(series.map(\.name)) == Set(MetricCatalog.exposureMetrics.map(\.name)))
    }

    @Test func giniMatchesRecBolesFormula() {
        // Equal exposure of all items: 0; everything on one item of n: (n − 1)/n.
        #expect(ExposureMetricsAccumulator.gini(ascendingCounts: [2, 2, 2, 2], catalogue: 4) == 0)
        #expect(ExposureMetricsAccumulator.gini(ascendingCounts: [5], catalogue: 4) == 0.75)
        #expect(ExposureMetricsAccumulator.gini(ascendingCounts: [], catalogue: 4) == 0)
    }

    @Test func anEmptyTraceGivesZerosNotNaN() {
        let m = ExposureMetricsAccumulator(initialGraph: FollowGraph(nodeCount: 1), topicCount: 1, horizon: .day).finish()
        #expect(m.scalars.count == MetricCatalog.exposureMetrics.count)
        #expect(m.scalars.allSatisfy { $0.value == 0 })
    }

    @Test func unknownPostsAndLateAgentsAreTolerated() {
        var accumulator = ExposureMetricsAccumulator(initialGraph: FollowGraph(nodeCount: 1), topicCount: 2, horizon: .day)
        accumulator.consume(TraceEvent(time: .zero, kind: .post, agent: 5, target: 0, value: -1, extra: 0))
        accumulator.consume(TraceEvent(time: .minute, kind: .sessionStart, agent: 7))
        accumulator.consume(TraceEvent(time: .minute, kind: .impression, agent: 7, target: 0))
        accumulator.consume(TraceEvent(time: .minute, kind: .impression, agent: 7, target: 99))
        let m = accumulator.finish()
        #expect(m["exposure.impressions"] == 1)
        #expect(m["exposure.item_coverage"] == 1)
    }

    /// `consume(block:)` (with its cache hints) equals `consume(_:)` event by event: a seeded
    /// stream of posts, likes, follows and feeds, where posts and late agents arrive inside the
    /// hint distance (the record arrays grow mid-block), some impressions name unknown posts, and
    /// the sessions' followee-list hints run while follows of new agents grow the graph (whose
    /// initial value both accumulators share, so the first follow copies it).
    @Test func consumingABlockEqualsConsumingItsEvents() {
        var random = RandomStream(seed: 7, purpose: .session)
        var events: [TraceEvent] = []
        var posts: UInt32 = 0
        var time = SimTime.zero
        for _ in 0..<600 {
            time = time + .second * Int64(1 + random.next() % 400)
            let agent = UInt32(random.next() % 60)
            switch random.next() % 10 {
            case 0, 1:
                events.append(TraceEvent(time: time, kind: .post, agent: agent, target: posts, value: -1,
                                         extra: PostAttributesPacking.pack(topic: UInt16(random.next() % 4), stance: 0)))
                posts += 1
            case 2:
                events.append(TraceEvent(time: time, kind: .follow, agent: agent, target: UInt32(random.next() % 80)))
            case 3 where posts > 0:
                events.append(TraceEvent(time: time, kind: .like, agent: agent, target: UInt32(random.next() % UInt64(posts))))
            default:
                let feed = Int(random.next() % 25)
                events.append(TraceEvent(time: time, kind: .sessionStart, agent: agent, value: Int64(feed)))
                for position in 0..<feed {
                    let post = UInt32(random.next() % UInt64(posts + 3))  // a few not created yet
                    events.append(TraceEvent(time: time, kind: .impression, agent: agent, target: post, value: Int64(position)))
                }
                events.append(TraceEvent(time: time, kind: .sessionEnd, agent: agent, value: Int64(feed)))
            }
        }
        let graph = FollowGraph(nodeCount: 40)
        var oneByOne = ExposureMetricsAccumulator(initialGraph: graph, topicCount: 4, horizon: .day * 3)
        for event in events { oneByOne.consume(event) }
        var byBlocks = ExposureMetricsAccumulator(initialGraph: graph, topicCount: 4, horizon: .day * 3)
        for start in stride(from: 0, to: events.count, by: 1000) {
            let slice = events[start..<min(start + 1000, events.count)]
            byBlocks.consume(block: TraceEventBlock(
                blockNumber: start / 1000, times: slice.map(\.time.milliseconds), kinds: slice.map(\.kindCode),
                agents: slice.map(\.agent), targets: slice.map(\.target), values: slice.map(\.value), extras: slice.map(\.extra)))
        }
        #expect(events.count > 3000)
        #expect(byBlocks.finish() == oneByOne.finish())
        // Finishing in place (no copy of the records) gives the same metrics as finishing a copy.
        let copied = byBlocks.finish()
        #expect(byBlocks.finishInPlace() == copied)
    }
}
