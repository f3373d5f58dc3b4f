import AgoraConfig
import AgoraCore
import AgoraEngine
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
        return WorldState(agents: AgentStore(attributes: attributes), graph: FollowGraph(nodeCount: agents), memoryCapacity: 32, memoryBaseStrength: .day, memoryReinforcement: 2)
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

    /// The behaviour parameters of the schema's default world (defaults are written there only).
    static let defaults = BehaviourParameters(config: .defaults())
    /// The platform-wide model at its defaults.
    static var model: BehaviourModelParameters { defaults.model }

    /// A type's parameters with these reference probabilities and the defaults for the rest.
    static func rule(post: Double, like: Double, repost: Double, follow: Double) -> RuleParameters {
        var parameters = defaults.types[0]
        parameters.postProbability = post
        parameters.likeProbability = like
        parameters.repostProbability = repost
        parameters.followProbability = follow
        return parameters
    }

    static let types = [rule(post: 0.5, like: 0.3, repost: 0.05, follow: 0.05)]
}
