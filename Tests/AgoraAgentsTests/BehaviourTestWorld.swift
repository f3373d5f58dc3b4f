import AgoraCore
@testable import AgoraAgents

/// A tiny hand-built world for behaviour tests: `agents` agents over `topics` topics, agent `i`
/// interested only in topic `i mod topics`, opinion 0, no novelty seeking.
enum BehaviourTestWorld {
    static func make(agents: Int = 4, topics: Int = 3) -> WorldState {
        var attributes = AgentAttributes(count: agents, topicCount: topics)
        for agent in 0..<agents {
            attributes.activity[agent] = 2
            attributes.interests[agent * topics + (agent % topics)] = 1
        }
        return WorldState(agents: AgentStore(attributes: attributes), graph: FollowGraph(nodeCount: agents))
    }

    /// Appends `count` original posts by `author` on `topic` with `stance`, returning their ids.
    @discardableResult
    static func addPosts(_ world: WorldState, count: Int, author: Int, topic: UInt16, stance: Float,
                         at time: SimTime = .hour) -> [PostID] {
        (0..<count).map { _ in
            let post = world.posts.append(author: AgentID(author), at: time, kind: .post, parent: nil, topic: topic, stance: stance)
            world.agents.recordPost(post, by: AgentID(author))
            return post
        }
    }

    static let types = [RuleParameters(postProbability: 0.5, likeProbability: 0.3, repostProbability: 0.05,
                                       followProbability: 0.05)]
}
