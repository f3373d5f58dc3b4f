import AgoraCore
import Testing
@testable import AgoraAgents

@Suite struct ArrivalFollowChoiceTests {
    @Test func choosesDistinctEarlierAgentsAndFavoursTheHub() {
        // 50 agents, 1…49 all following agent 0; agent 50 is the newcomer.
        var graph = FollowGraph(nodeCount: 51)
        for agent in 1..<50 { graph.follow(AgentID(agent), AgentID(0)) }
        var chosen: [UInt32] = []
        var hub = 0
        for n in 0..<200 {
            var stream = RandomStream(seed: 1, purpose: .arrival, agent: UInt32(n))
            ArrivalFollowChoice.choose(for: AgentID(50), count: 5, friendsOfFriendsProbability: 0, graph: graph,
                                       stream: &stream, into: &chosen)
            #expect(chosen.count == 5)
            #expect(Set(chosen).count == 5)
            #expect(chosen.allSatisfy { $0 < 50 })
            if chosen.contains(0) { hub += 1 }
        }
        // P(hub among 5) ≈ 1 − (1 − 50/99)^5 ≈ 0.97 by preferential attachment versus 0.1 uniformly.
        #expect(hub > 170)
    }

    @Test func friendsOfFriendsPicksFolloweesOfChosenAccounts() {
        // 0 is the hub and follows 1…4 only; 5…29 follow 0 and nobody else follows 1…4.
        var graph = FollowGraph(nodeCount: 31)
        for agent in 1..<5 { graph.follow(AgentID(0), AgentID(agent)) }
        for agent in 5..<30 { graph.follow(AgentID(agent), AgentID(0)) }
        var hubFirst = 0
        var chosen: [UInt32] = []
        for n in 0..<100 {
            var stream = RandomStream(seed: 2, purpose: .arrival, agent: UInt32(n))
            ArrivalFollowChoice.choose(for: AgentID(30), count: 3, friendsOfFriendsProbability: 1, graph: graph,
                                       stream: &stream, into: &chosen)
            #expect(chosen.count == 3 && !chosen.contains(30))
            if chosen.first == 0 {
                hubFirst += 1
                // With the hub chosen first, the second pick must be one of its followees 1…4.
                #expect((1..<5).contains(chosen[1]))
            }
        }
        // P(hub first) = 26/59 by preferential attachment.
        #expect(hubFirst > 25)
    }

    @Test func neverAsksForMoreThanThereAre() {
        var chosen: [UInt32] = []
        var stream = RandomStream(seed: 3, purpose: .arrival)
        ArrivalFollowChoice.choose(for: AgentID(2), count: 5, friendsOfFriendsProbability: 0.5,
                                   graph: FollowGraph(nodeCount: 3), stream: &stream, into: &chosen)
        #expect(chosen.sorted() == [0, 1])
    }
}
