import AgoraCore
@testable import AgoraTrace
import Testing
@testable import AgoraAnalysis

/// `ReportPass.consume(_:)` takes whole blocks with cache hints ahead of the impressions and
/// sessions; the hints may change how fast a block is consumed, never what the report says.
struct ReportPassBlockTests {
    /// A seeded stream of posts, reposts and comments (whose parents exist or not), likes,
    /// sessions of impressions (some of posts not created yet), follows and arrivals of agents
    /// beyond the initial population, so that every hinted array grows inside the hint distances.
    static func events(count target: Int) -> [TraceEvent] {
        var random = RandomStream(seed: 11, purpose: .session)
        var events: [TraceEvent] = []
        var posts: UInt32 = 0
        var agents: UInt32 = 30
        var time = SimTime.zero
        while events.count < target {
            time = time + .second * Int64(1 + random.next() % 300)
            let agent = UInt32(random.next() % UInt64(agents))
            let packed = PostAttributesPacking.pack(topic: UInt16(random.next() % 3), stance: Float(random.next() % 200) / 100 - 1)
            switch random.next() % 12 {
            case 0, 1:
                events.append(TraceEvent(time: time, kind: .post, agent: agent, target: posts, value: -1, extra: packed))
                posts += 1
            case 2 where posts > 0:
                let kind: EventKind = random.next() % 2 == 0 ? .repost : .comment
                events.append(TraceEvent(time: time, kind: kind, agent: agent, target: posts,
                                         value: Int64(random.next() % UInt64(posts)), extra: packed))
                posts += 1
            case 3 where posts > 0:
                events.append(TraceEvent(time: time, kind: .like, agent: agent, target: UInt32(random.next() % UInt64(posts))))
            case 4:
                events.append(TraceEvent(time: time, kind: .follow, agent: agent, target: UInt32(random.next() % UInt64(agents + 5))))
            case 5:
                events.append(TraceEvent(time: time, kind: .arrival, agent: agents, value: 0))
                agents += 1
            default:
                let feed = Int(random.next() % 20)
                events.append(TraceEvent(time: time, kind: .sessionStart, agent: agent, value: Int64(feed)))
                for position in 0..<feed {
                    let post = UInt32(random.next() % UInt64(posts + 4))
                    events.append(TraceEvent(time: time, kind: .impression, agent: agent, target: post, value: Int64(position)))
                }
                events.append(TraceEvent(time: time + .minute, kind: .sessionEnd, agent: agent, value: Int64(feed),
                                         extra: SimTime.minute.milliseconds))
            }
        }
        return events
    }

    static func pass() -> ReportPass {
        let header = TraceHeader(engineVersion: "test", worldName: "blocks", configHash: "ab", seed: 1,
                                 horizon: .day * 4, populationTypes: ["t"], blockEvents: 1000)
        var graph = FollowGraph(nodeCount: 30)
        for a in 0..<30 { graph.follow(AgentID(UInt32(a)), AgentID(UInt32((a * 7 + 3) % 30))) }
        return ReportPass(header: header, agents: AgentAttributes(count: 30, topicCount: 3), initialGraph: graph,
                          inactivityDays: 2)
    }

    @Test func consumingBlocksEqualsConsumingTheirEvents() {
        let events = Self.events(count: 6000)
        var oneByOne = Self.pass()
        for e in events {
            oneByOne.consume(time: e.time.milliseconds, kind: e.kindCode, agent: e.agent, target: e.target,
                             value: e.value, extra: e.extra)
        }
        var byBlocks = Self.pass()
        for start in stride(from: 0, to: events.count, by: 1000) {
            let slice = events[start..<min(start + 1000, events.count)]
            byBlocks.consume(TraceEventBlock(
                blockNumber: start / 1000, times: slice.map(\.time.milliseconds), kinds: slice.map(\.kindCode),
                agents: slice.map(\.agent), targets: slice.map(\.target), values: slice.map(\.value), extras: slice.map(\.extra)))
        }
        let expected = oneByOne.finish(options: ReportAnalysis.Options())
        let found = byBlocks.finish(options: ReportAnalysis.Options())
        #expect(found.0 == expected.0)
        #expect(found.1 == expected.1)
        #expect(expected.0.scalars.count > 10)
    }
}
