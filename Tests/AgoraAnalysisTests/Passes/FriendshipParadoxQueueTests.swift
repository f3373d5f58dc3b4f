import AgoraCore
import Testing
@testable import AgoraAnalysis

/// The background paradox queue measures every snapshot, in the order handed in, exactly as
/// recording them one after the other would — also when more snapshots arrive than may wait.
@Suite struct FriendshipParadoxQueueTests {
    @Test func queuedMeasuresEqualMeasuringInOrder() {
        var random = RandomStream(seed: 11, purpose: .graph)
        var graph = FollowGraph(nodeCount: 300)
        var posts = [Int](repeating: 0, count: 300)
        let queue = FriendshipParadoxQueue()
        var sequential = FriendshipParadoxSeries()
        for day in 0..<(4 * FriendshipParadoxQueue.maximumQueued + 1) {
            for _ in 0..<400 {
                let a = UInt32(random.next() % 300), b = UInt32(random.next() % 30)
                _ = graph.follow(AgentID(a), AgentID(b))
                posts[Int(a)] += 1
            }
            let reposts = posts.map { $0 / 3 }
            queue.measure(day: day, graph: graph, posts: posts, repostsReceived: reposts)
            sequential.record(day: day, graph: graph, posts: posts, repostsReceived: reposts)
        }
        let queued = queue.finishedSeries()
        #expect(queued.points == sequential.points)
        #expect(Set(queued.points.map(\.day)) == Set(0...(4 * FriendshipParadoxQueue.maximumQueued)))
        #expect(queued.lastMeasure.map(\.0) == sequential.lastMeasure.map(\.0))
        #expect(queued.lastMeasure.map(\.1) == sequential.lastMeasure.map(\.1))
    }
}
