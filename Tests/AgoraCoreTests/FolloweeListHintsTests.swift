import Testing
@testable import AgoraCore

/// `FolloweeListHints` reads `[UInt32]` storage through its memory layout, for the hints of the
/// decide phase and of the metrics' exposure pass.
@Suite struct FolloweeListHintsTests {
    /// If a runtime changed the layout the hints would silently be skipped, so this pins the
    /// assumption.
    @Test func theListLayoutCheckHoldsOnThisRuntime() {
        #expect(FolloweeListHints.listsReadable)
    }

    /// The walk through the layout sees exactly each agent's first followees — empty lists,
    /// lists longer than the limit and agents past the last included — and hints change nothing.
    @Test func walkingAListThroughItsLayoutSeesTheGraphsFollowees() {
        let agents = 40
        var graph = FollowGraph(nodeCount: agents)
        var stream = RandomStream(seed: 9, purpose: .wake, agent: 0, sequence: 0)
        for follower in 0..<agents where follower % 6 != 0 {
            for _ in 0..<(follower % 13 + 1) { graph.follow(AgentID(follower), AgentID(stream.nextIndex(below: agents))) }
        }
        let before = graph
        let hints = FolloweeListHints(graph: graph)
        for agent in 0..<(agents + 3) {
            var seen: [UInt32] = []
            hints.forEachFollowee(of: agent, limit: 8) { seen.append(UInt32($0)) }
            let expected = agent < agents ? Array(graph.followees[agent].prefix(8)) : []
            #expect(seen == expected, "agent \(agent)")
            hints.hintSlot(agent)
            hints.hintList(agent)
        }
        #expect(graph == before)
        #expect(graph.followees.contains { $0.count > 8 })
        #expect(graph.followees.contains { $0.isEmpty })
    }

    /// Edits that move the graph's outer array — the first edit of a shared copy, growth — leave
    /// refreshed hints reading the graph as it is now, without the consumer naming the edits.
    @Test func refreshedHintsFollowTheGraphThroughEditsThatMoveItsOuterArray() {
        var graph = FollowGraph(nodeCount: 4)
        graph.follow(AgentID(0), AgentID(1))
        var hints = FolloweeListHints(graph: graph)
        let shared = graph
        graph.follow(AgentID(0), AgentID(2))
        for _ in 0..<100 { graph.addNode() }
        graph.follow(AgentID(103), AgentID(1))
        graph.unfollow(AgentID(0), AgentID(1))
        hints.refresh(for: graph)
        for agent in 0..<(graph.nodeCount + 2) {
            var seen: [UInt32] = []
            hints.forEachFollowee(of: agent, limit: 8) { seen.append(UInt32($0)) }
            #expect(seen == (agent < graph.nodeCount ? graph.followees[agent] : []), "agent \(agent)")
        }
        #expect(shared.followees[0] == [1])
    }
}
