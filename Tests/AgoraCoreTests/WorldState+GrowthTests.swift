import Testing
@testable import AgoraCore

@Suite struct WorldStateGrowthTests {
    @Test func admittingAnAgentGrowsEveryPerAgentStructureTogether() {
        let world = WorldState(agents: AgentStore(attributes: AgentAttributes(count: 3, topicCount: 2)),
                               graph: FollowGraph(nodeCount: 3), memoryCapacity: 4, memoryBaseStrength: .day, memoryReinforcement: 2)
        let id = world.admit(type: 1, activity: 2.5, interests: [0.25, 0.75][...], opinion: -0.5, at: .hour,
                             satisfaction: 0.6, noveltyPropensity: 0.3)
        #expect(id == AgentID(3))
        #expect(world.agentCount == 4 && world.graph.nodeCount == 4)
        #expect(world.topicFeedback.count == 8)
        #expect(world.agents.interest(of: id, topic: 1) == 0.75)
        #expect(world.agents.attributes.joinTime[3] == SimTime.hour.milliseconds)
        #expect(world.agents.status[3] == .active && world.agents.opinion[3] == -0.5)
        let followed = world.graph.follow(id, AgentID(0))
        #expect(followed)
        world.memory.recordExposure(of: PostID(7), by: id, at: .hour, engaged: false)
        #expect(world.memory.lastSeen(PostID(7), by: id) == .hour)
        world.agents.recordPost(PostID(9), by: id)
        var recent: [PostID] = []
        world.agents.forEachRecentPost(of: id) { recent.append($0) }
        #expect(recent == [PostID(9)])
    }
}
