import AgoraCore
import AgoraTrace
import Foundation

/// A small hand-written trace whose report numbers are worked out by hand in the tests:
/// 4 agents over 3 days, a cascade of 4 posts, a follow, a churn, two daily snapshots, and post
/// texts that try to inject HTML.
enum ReportTraceFixture {
    static let scriptText = "<script>alert('xss')</script>"
    static let imageText = "\"><img src=x onerror=alert(1)>"

    static func write() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString).agtrace").path
        var graph = FollowGraph(nodeCount: 4)
        for (a, b) in [(0, 1), (2, 1), (3, 1), (1, 0)] { graph.follow(AgentID(UInt32(a)), AgentID(UInt32(b))) }
        var agents = AgentAttributes(count: 4, topicCount: 1)
        agents.opinion = [-0.8, -0.6, 0.6, 0.8]
        let header = TraceHeader(engineVersion: "test", worldName: "report <fixture>", configHash: "ab", seed: 3,
                                 horizon: .day * 3, populationTypes: ["t"], blockEvents: 64)
        let writer = try TraceWriter(path: path, header: header, agents: agents, initialGraph: graph)
        func session(_ agent: UInt32, day: Int64) {
            let start = SimTime.day * day + .hour
            writer.append(TraceEvent(time: start, kind: .sessionStart, agent: agent, target: UInt32(day), value: 5))
            writer.append(TraceEvent(time: start + .minute * 10, kind: .sessionEnd, agent: agent, value: 2,
                                     extra: (SimTime.minute * 10).milliseconds))
        }
        let packed = PostAttributesPacking.pack(topic: 0, stance: 0.5)
        for agent in 0..<4 { session(UInt32(agent), day: 0) }
        writer.append(TraceEvent(time: .hour * 2, kind: .post, agent: 1, target: 0, value: -1, extra: packed))
        writer.appendText(post: 0, text: scriptText)
        writer.append(TraceEvent(time: .hour * 2, kind: .impression, agent: 0, target: 0))
        writer.append(TraceEvent(time: .hour * 2, kind: .like, agent: 0, target: 0))
        writer.append(TraceEvent(time: .hour * 3, kind: .repost, agent: 0, target: 1, value: 0, extra: packed))
        writer.append(TraceEvent(time: .hour * 4, kind: .repost, agent: 2, target: 2, value: 1, extra: packed))
        writer.append(TraceEvent(time: .hour * 5, kind: .comment, agent: 3, target: 3, value: 0, extra: packed))
        writer.append(TraceEvent(time: .hour * 6, kind: .post, agent: 2, target: 4, value: -1, extra: packed))
        writer.appendText(post: 4, text: imageText)
        writer.append(TraceEvent(time: .hour * 6, kind: .impression, agent: 3, target: 4))
        func snapshot(day: UInt32, statuses: [Int64]) {
            writer.append(TraceEvent(time: .day * Int64(day), kind: .snapshotDay, agent: AgentID.none.rawValue,
                                     target: day, value: 4))
            for a in 0..<4 {
                writer.append(TraceEvent(time: .day * Int64(day), kind: .snapshotAgent, agent: UInt32(a),
                                         value: Int64((agents.opinion[a] * 1_000_000).rounded()), extra: statuses[a]))
            }
        }
        snapshot(day: 1, statuses: [0, 0, 0, 0])
        session(0, day: 1)
        session(1, day: 1)
        writer.append(TraceEvent(time: .day + .hour * 5, kind: .follow, agent: 2, target: 0))
        writer.append(TraceEvent(time: .day + .hour * 6, kind: .churn, agent: 3))
        snapshot(day: 2, statuses: [0, 0, 0, 1])
        session(0, day: 2)
        _ = try writer.finish(status: .completed, simulatedTime: .day * 3)
        return path
    }
}
