import AgoraCore
import Testing
@testable import AgoraAgents

struct ReferenceModelBehaviourTests {
    /// Decides one session of `agent` with `feed` and returns the plan.
    static func session(_ behaviour: ReferenceModelBehaviour, world: WorldState, agent: Int, feed: [PostID],
                        sequence: UInt64 = 0) -> SessionPlan {
        let plan = SessionPlan()
        plan.reset(agent: AgentID(agent), start: .hour * 2)
        plan.feed = feed
        var stream = RandomStream(seed: 5, purpose: .session, agent: UInt32(agent), sequence: sequence)
        var wake = RandomStream(seed: 5, purpose: .wake, agent: UInt32(agent), sequence: sequence + 1)
        behaviour.decide(plan: plan, world: world, circadian: .flat, stream: &stream, wakeStream: &wake)
        return plan
    }

    @Test func sessionIsStartImpressionsEndAtOneInstantWithAWakeUpLater() {
        let world = BehaviourTestWorld.make()
        let feed = BehaviourTestWorld.addPosts(world, count: 6, author: 1, topic: 0, stance: 0)
        let plan = Self.session(ReferenceModelBehaviour(), world: world, agent: 0, feed: feed)
        #expect(plan.actions.first?.kind == .sessionStart)
        #expect(plan.actions.first?.value == 6)
        #expect(plan.actions.last?.kind == .sessionEnd)
        #expect(plan.actions.last?.value == 6)
        #expect(plan.actions.filter { $0.kind == .impression }.map(\.target) == feed.map(\.rawValue))
        #expect(plan.actions.allSatisfy { $0.time == .hour * 2 })
        #expect(plan.nextWake.map { $0 > .hour * 2 } == true)
        #expect(!plan.update.isSet)
    }

    @Test func certainLikesAndFollowsFollowOnlyUnfollowedAuthors() {
        let world = BehaviourTestWorld.make()
        // Agent 0 is interested only in topic 0, so s = 1 and every post is liked with p = 1.
        let unfollowed = BehaviourTestWorld.addPosts(world, count: 2, author: 1, topic: 0, stance: 0)
        let followed = BehaviourTestWorld.addPosts(world, count: 2, author: 2, topic: 0, stance: 0)
        world.graph.follow(AgentID(0), AgentID(2))
        let behaviour = ReferenceModelBehaviour(postProbability: 0, likeProbability: 1, followProbability: 1)
        let plan = Self.session(behaviour, world: world, agent: 0, feed: unfollowed + followed)
        #expect(plan.actions.filter { $0.kind == .like }.count == 4)
        // Within a session the follow is decided against the session's starting graph, so both
        // posts of author 1 ask for it; the engine applies the first and drops the repeat.
        #expect(plan.actions.filter { $0.kind == .follow }.map(\.target) == [1, 1])
        #expect(!plan.actions.contains { $0.kind == .post })
    }

    @Test func postsOffTheAgentsInterestsAreNeverLikedAndPostTopicsComeFromInterests() {
        let world = BehaviourTestWorld.make()
        let feed = BehaviourTestWorld.addPosts(world, count: 10, author: 1, topic: 2, stance: 0)
        let behaviour = ReferenceModelBehaviour(postProbability: 1, likeProbability: 1, followProbability: 1)
        for sequence in 0..<20 {
            let plan = Self.session(behaviour, world: world, agent: 0, feed: feed, sequence: UInt64(sequence))
            #expect(!plan.actions.contains { $0.kind == .like })
            let posts = plan.actions.filter { $0.kind == .post }
            #expect(posts.count == 1)
            #expect(posts.allSatisfy { PostAttributesPacking.topic($0.extra) == 0 && $0.value == -1 })
        }
    }

    @Test func likeRateIsTwoTenthsTimesNormalizedInterest() {
        // θ = (0.6, 0.8, 0): ‖θ‖₂ = 1, so posts on topic 1 are liked with p = 0.2 · 0.8 = 0.16.
        var attributes = AgentAttributes(count: 2, topicCount: 3)
        attributes.interests[0] = 0.6
        attributes.interests[1] = 0.8
        attributes.activity[0] = 3
        let world = WorldState(agents: AgentStore(attributes: attributes), graph: FollowGraph(nodeCount: 2), memoryCapacity: 32, memoryBaseStrength: .day, memoryReinforcement: 2)
        let feed = BehaviourTestWorld.addPosts(world, count: 20, author: 1, topic: 1, stance: 0)
        var likes = 0
        let sessions = 2_000
        for sequence in 0..<sessions {
            let plan = Self.session(ReferenceModelBehaviour(), world: world, agent: 0, feed: feed, sequence: UInt64(sequence))
            likes += plan.actions.filter { $0.kind == .like }.count
        }
        let rate = Double(likes) / Double(sessions * feed.count)
        #expect(abs(rate - 0.16) < 0.01, "like rate \(rate)")
    }
}
