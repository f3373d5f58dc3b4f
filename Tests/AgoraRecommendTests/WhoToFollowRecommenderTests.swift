import AgoraCore
import Testing
@testable import AgoraRecommend

/// The contract of every who-to-follow kind, and what the ranking kinds rank first.
struct WhoToFollowRecommenderTests {
    static let kinds = WhoToFollowKind.allCases.filter { $0 != .none }

    static func suggest(_ recommender: WhoToFollowRecommender, agent: Int, world: WorldState, scratch: FollowScratch = FollowScratch()) -> [AgentID] {
        var stream = RandomStream(seed: 4, purpose: .recommender, agent: UInt32(agent))
        var result: [AgentID] = []
        recommender.suggest(for: AgentID(agent), at: .day, world: world, scratch: scratch, stream: &stream, into: &result)
        return result
    }

    static func make(_ kind: WhoToFollowKind, count: Int = 5) -> WhoToFollowRecommender {
        var settings = RecommendTestWorld.defaultSettings.whoToFollow
        settings.kind = kind
        settings.count = count
        return WhoToFollowRecommender(settings: settings)
    }

    @Test(arguments: kinds)
    func suggestionsAreEligibleDistinctAndDeterministic(kind: WhoToFollowKind) {
        let world = RecommendTestWorld.busy(agents: 80, posts: 100)
        world.agents.status[7] = .churned
        let recommender = Self.make(kind)
        recommender.retrain(world: world, at: .day)
        let warm = FollowScratch()
        for agent in 0..<world.agentCount {
            let suggestions = Self.suggest(recommender, agent: agent, world: world, scratch: warm)
            #expect(suggestions.count == 5, "\(kind) found too few accounts")
            #expect(Set(suggestions).count == suggestions.count)
            for candidate in suggestions {
                #expect(candidate != AgentID(agent))
                #expect(!world.graph.follows(AgentID(agent), candidate))
                #expect(!world.mutes.isMuted(candidate.rawValue, by: AgentID(agent)))
                #expect(candidate != AgentID(7))
            }
            #expect(suggestions == Self.suggest(recommender, agent: agent, world: world))
        }
    }

    @Test(arguments: kinds)
    func tinyWorldsGiveWhatTheyCanWithoutTrapping(kind: WhoToFollowKind) {
        let recommender = Self.make(kind)
        let alone = RecommendTestWorld.empty()
        recommender.retrain(world: alone, at: .zero)
        #expect(Self.suggest(recommender, agent: 0, world: alone).isEmpty)
        var graph = FollowGraph(nodeCount: 3)
        graph.follow(AgentID(0), AgentID(1))
        let three = WorldState(agents: AgentStore(attributes: AgentAttributes(count: 3, topicCount: 2)), graph: graph, memoryCapacity: 32, memoryBaseStrength: .day, memoryReinforcement: 2)
        #expect(Self.suggest(recommender, agent: 0, world: three) == [AgentID(2)])
    }

    @Test func commonNeighborsAndAdamicAdarRankSharedPaths() {
        // 0 follows 1, 2, 3. Paths: 4 via 1, 2 and 3; 5 via 1 and 2; 6 via 3 only.
        // Intermediary 3 also has a huge degree (follows 7…29), so Adamic–Adar discounts 6's path.
        var graph = FollowGraph(nodeCount: 30)
        for f in [1, 2, 3] { graph.follow(AgentID(0), AgentID(f)) }
        for (a, b) in [(1, 4), (2, 4), (3, 4), (1, 5), (2, 5), (3, 6)] { graph.follow(AgentID(a), AgentID(b)) }
        for b in 7..<30 { graph.follow(AgentID(3), AgentID(b)) }
        let world = WorldState(agents: AgentStore(attributes: AgentAttributes(count: 30, topicCount: 2)), graph: graph, memoryCapacity: 32, memoryBaseStrength: .day, memoryReinforcement: 2)
        #expect(Array(Self.suggest(Self.make(.commonNeighbors, count: 2), agent: 0, world: world)) == [AgentID(4), AgentID(5)])
        let adamic = Self.suggest(Self.make(.adamicAdar, count: 3), agent: 0, world: world)
        #expect(Array(adamic.prefix(2)) == [AgentID(4), AgentID(5)])
    }

    @Test func preferentialFavoursAccountsWithManyFollowers() {
        // Agents 100…199 follow hub 99; agents 0…49 follow nobody and ask for one suggestion.
        var graph = FollowGraph(nodeCount: 200)
        for a in 100..<200 { graph.follow(AgentID(a), AgentID(99)) }
        let world = WorldState(agents: AgentStore(attributes: AgentAttributes(count: 200, topicCount: 2)), graph: graph, memoryCapacity: 32, memoryBaseStrength: .day, memoryReinforcement: 2)
        let recommender = Self.make(.preferential, count: 1)
        recommender.retrain(world: world, at: .zero)
        var hits = 0
        for agent in 0..<50 where Self.suggest(recommender, agent: agent, world: world).first == AgentID(99) { hits += 1 }
        // The hub holds 101/300 of the weight; uniform draws would pick it 1 time in 200.
        #expect(hits > 10)
    }

    @Test func interestSuggestsLikeMindedAccounts() {
        var attributes = AgentAttributes(count: 100, topicCount: 4)
        for i in 0..<100 { attributes.interests[i * 4 + i % 4] = 1 }
        let world = WorldState(agents: AgentStore(attributes: attributes), graph: FollowGraph(nodeCount: 100), memoryCapacity: 32, memoryBaseStrength: .day, memoryReinforcement: 2)
        let recommender = Self.make(.interest, count: 5)
        recommender.retrain(world: world, at: .zero)
        for agent in 0..<8 {
            #expect(Self.suggest(recommender, agent: agent, world: world).allSatisfy { $0.index % 4 == agent % 4 })
        }
    }
}
