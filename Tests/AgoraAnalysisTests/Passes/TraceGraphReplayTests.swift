import AgoraCore
import AgoraTrace
import Foundation
import Testing
@testable import AgoraAnalysis

@Suite struct TraceGraphReplayTests {
    /// Writes a small trace by hand: 3 agents, edge 0→1, then follows, an arrival, an unfollow and
    /// two daily snapshots.
    private func writeTrace() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("replay-\(UUID().uuidString).agtrace").path
        var graph = FollowGraph(nodeCount: 3)
        graph.follow(AgentID(0), AgentID(1))
        let header = TraceHeader(engineVersion: "test", worldName: "replay", configHash: "00", seed: 1, horizon: .day * 2,
                                 populationTypes: ["t"], blockEvents: 1024)
        let writer = try TraceWriter(path: path, header: header, agents: AgentAttributes(count: 3, topicCount: 2),
                                     initialGraph: graph)
        writer.append(TraceEvent(time: .hour, kind: .follow, agent: 1, target: 2))
        writer.append(TraceEvent(time: .hour * 2, kind: .arrival, agent: 3, value: 0))
        writer.append(TraceEvent(time: .hour * 2, kind: .follow, agent: 3, target: 0))
        writer.append(TraceEvent(time: .day, kind: .snapshotDay, agent: AgentID.none.rawValue, target: 1, value: 4))
        writer.append(TraceEvent(time: .day + .hour, kind: .unfollow, agent: 0, target: 1))
        writer.append(TraceEvent(time: .day * 2, kind: .snapshotDay, agent: AgentID.none.rawValue, target: 2, value: 4))
        _ = try writer.finish(status: .completed, simulatedTime: .day * 2)
        return path
    }

    @Test func replayRebuildsTheGraphAtStartSnapshotsAndEnd() throws {
        let path = try writeTrace()
        let start = try TraceGraphReplay.replay(tracePath: path, at: .start)
        #expect(start.graph.edges().map { [$0.follower, $0.followee] } == [[0, 1]])
        var snapshots: [Int: [[UInt32]]] = [:]
        let end = try TraceGraphReplay.replay(tracePath: path, at: .end) { day, graph in
            snapshots[day] = graph.edges().map { [$0.follower, $0.followee] }
        }
        #expect(snapshots[1] == [[0, 1], [1, 2], [3, 0]])
        #expect(snapshots[2] == [[1, 2], [3, 0]])
        #expect(end.graph.edges().map { [$0.follower, $0.followee] } == [[1, 2], [3, 0]])
        #expect(end.agentCount == 4)
        #expect(end.traceComplete)
        let day1 = try TraceGraphReplay.replay(tracePath: path, at: .snapshot(day: 1))
        #expect(day1.graph.edgeCount == 3)
    }

    @Test func aMissingSnapshotDayIsAClearError() throws {
        let path = try writeTrace()
        #expect(throws: TraceGraphReplay.Failure.self) { try TraceGraphReplay.replay(tracePath: path, at: .snapshot(day: 9)) }
    }
}
