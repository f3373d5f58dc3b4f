import Testing
@testable import AgoraCore

@Suite struct FollowGraphTests {
    @Test func followAndUnfollowKeepCountsAndRejectDuplicatesAndSelfLoops() {
        var graph = FollowGraph(nodeCount: 4)
        do { let changed = graph.follow(AgentID(0), AgentID(2)); #expect(changed) }
        do { let changed = graph.follow(AgentID(0), AgentID(1)); #expect(changed) }
        do { let changed = graph.follow(AgentID(0), AgentID(1)); #expect(!changed) }
        do { let changed = graph.follow(AgentID(3), AgentID(3)); #expect(!changed) }
        #expect(graph.followees[0] == [1, 2])
        #expect(graph.followerCounts == [0, 1, 1, 0])
        #expect(graph.edgeCount == 2)
        #expect(graph.follows(AgentID(0), AgentID(2)))
        #expect(!graph.follows(AgentID(2), AgentID(0)))
        do { let changed = graph.unfollow(AgentID(0), AgentID(2)); #expect(changed) }
        do { let changed = graph.unfollow(AgentID(0), AgentID(2)); #expect(!changed) }
        #expect(graph.edgeCount == 1)
        #expect(graph.followerCounts[2] == 0)
    }

    @Test func followeeListsStaySortedUnderRandomEdits() {
        var graph = FollowGraph(nodeCount: 50)
        var stream = RandomStream(seed: 1, purpose: .analysis)
        var expected = Set<[UInt32]>()
        for _ in 0..<2000 {
            let a = UInt32(stream.nextIndex(below: 50)), b = UInt32(stream.nextIndex(below: 50))
            if stream.bernoulli(0.7) {
                if graph.follow(AgentID(a), AgentID(b)) { expected.insert([a, b]) }
            } else if graph.unfollow(AgentID(a), AgentID(b)) {
                expected.remove([a, b])
            }
        }
        #expect(graph.edgeCount == expected.count)
        for list in graph.followees { #expect(list == list.sorted()) }
        #expect(Set(graph.edges().map { [$0.follower, $0.followee] }) == expected)
        #expect(graph.followerCounts.map(Int.init).reduce(0, +) == expected.count)
    }

    @Test func addNodeExtendsTheGraph() {
        var graph = FollowGraph(nodeCount: 1)
        let added = graph.addNode()
        #expect(added == AgentID(1))
        do { let changed = graph.follow(AgentID(1), AgentID(0)); #expect(changed) }
        #expect(graph.nodeCount == 2)
    }

    /// Equality is about nodes and edges, not about the edits that led to them.
    @Test func graphsWithTheSameEdgesAreEqualWhateverTheirHistory() {
        var edited = FollowGraph(nodeCount: 3)
        edited.follow(AgentID(0), AgentID(2))
        edited.follow(AgentID(1), AgentID(0))
        edited.unfollow(AgentID(0), AgentID(2))
        var direct = FollowGraph(nodeCount: 3)
        direct.follow(AgentID(1), AgentID(0))
        #expect(edited == direct)
        direct.follow(AgentID(2), AgentID(0))
        #expect(edited != direct)
    }
}
