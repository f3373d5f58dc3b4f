import Testing
@testable import AgoraCore

@Suite struct PrefetchMapTests {
    /// Every stage's hints for every agent — with and without followees, posts and rings — read
    /// only within the columns and change nothing in the world.
    @Test func hintsOfEveryStageLeaveTheWorldUnchanged() {
        let agents = 50
        let world = WorldState(agents: AgentStore(attributes: AgentAttributes(count: agents, topicCount: 4)),
                               graph: FollowGraph(nodeCount: agents), memoryCapacity: 4, memoryBaseStrength: .day, memoryReinforcement: 2)
        var stream = RandomStream(seed: 3, purpose: .wake, agent: 0, sequence: 0)
        for follower in 0..<agents where follower % 7 != 0 {
            for _ in 0..<(follower % 5 + 1) {
                world.graph.follow(AgentID(follower), AgentID(stream.nextIndex(below: agents)))
            }
        }
        for index in 0..<120 {
            let author = AgentID(stream.nextIndex(below: agents / 2))
            let post = world.posts.append(author: author, at: SimTime(milliseconds: Int64(index)), kind: .post,
                                          parent: nil, topic: UInt16(index % 4), stance: 0)
            world.agents.recordPost(post, by: author)
        }
        let graphBefore = world.graph
        let postsWrittenBefore = world.agents.postsWritten
        let recentBefore = world.agents.recentPosts
        let createdBefore = world.posts.createdAt
        let map = world.prefetchMap()
        for agent in 0..<(agents + 3) {   // past the last agent: hints must stay in range
            for stage in Prefetch.Stage.allCases { map.hint(AgentID(agent), stage: stage) }
        }
        #expect(world.graph == graphBefore)
        #expect(world.agents.postsWritten == postsWrittenBefore)
        #expect(world.agents.recentPosts == recentBefore)
        #expect(world.posts.createdAt == createdBefore)
    }
}
