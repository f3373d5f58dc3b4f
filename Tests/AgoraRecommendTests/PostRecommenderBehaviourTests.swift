import AgoraCore
import Testing
@testable import AgoraRecommend

/// What each post recommender ranks first, on small hand-built worlds.
struct PostRecommenderBehaviourTests {
    /// Four agents; agent 0 follows 1 and 2; agent 3 writes out of network.
    static func smallWorld(topics: Int = 3) -> WorldState {
        var attributes = AgentAttributes(count: 4, topicCount: topics)
        attributes.interests[0 * topics + 1] = 1
        var graph = FollowGraph(nodeCount: 4)
        graph.follow(AgentID(0), AgentID(1))
        graph.follow(AgentID(0), AgentID(2))
        return WorldState(agents: AgentStore(attributes: attributes), graph: graph, memoryCapacity: 32, memoryBaseStrength: .day, memoryReinforcement: 2)
    }

    @discardableResult
    static func post(_ world: WorldState, by author: Int, at minutes: Int64, topic: UInt16 = 0, likes: UInt32 = 0, parent: PostID? = nil) -> PostID {
        let id = world.posts.append(author: AgentID(author), at: .minute * minutes, kind: parent == nil ? .post : .repost,
                                    parent: parent, topic: topic, stance: 0)
        world.posts.likes[id.index] = likes
        world.agents.recordPost(id, by: AgentID(author))
        return id
    }

    static func feed(_ settings: RecommenderSettings, world: WorldState, agent: Int = 0, at time: SimTime) -> [PostID] {
        let recommender = settings.makeRecommender()
        recommender.retrain(world: world, at: time)
        var stream = RandomStream(seed: 1, purpose: .recommender)
        var feed: [PostID] = []
        recommender.fillFeed(for: AgentID(agent), at: time, world: world, scratch: FeedScratch(), stream: &stream, into: &feed)
        return feed
    }

    static func settings(_ kind: FeedKind, feedSize: Int = 10) -> RecommenderSettings {
        var settings = RecommendTestWorld.defaultSettings
        settings.kind = kind
        settings.feedSize = feedSize
        return settings
    }

    @Test func chronologicalServesFolloweesNewestFirstOnceperCascade() {
        let world = Self.smallWorld()
        let a = Self.post(world, by: 1, at: 1)
        let b = Self.post(world, by: 2, at: 2)
        Self.post(world, by: 3, at: 3)
        let c = Self.post(world, by: 1, at: 4, parent: b)
        let d = Self.post(world, by: 2, at: 5)
        let feed = Self.feed(Self.settings(.chronological), world: world, at: .hour)
        // c reposts b: the cascade appears once, through its newest share.
        #expect(feed == [d, c, a])
    }

    @Test func chronologicalSkipsPostsOlderThanThePreviousSession() {
        let world = Self.smallWorld()
        Self.post(world, by: 1, at: 1)
        let fresh = Self.post(world, by: 1, at: 20)
        world.agents.lastSessionStart[0] = (SimTime.minute * 10).milliseconds
        #expect(Self.feed(Self.settings(.chronological), world: world, at: .hour) == [fresh])
    }

    @Test func popularRanksEngagementAndDecaysWithAge() {
        let world = Self.smallWorld()
        let old = Self.post(world, by: 3, at: 0, likes: 40)
        let liked = Self.post(world, by: 3, at: 600, likes: 10)
        let plain = Self.post(world, by: 3, at: 600, likes: 0)
        var settings = Self.settings(.popular)
        settings.halfLife = .hour
        // old: 41 · 2^-10 ≈ 0.04; liked: 11; plain: 1.
        #expect(Self.feed(settings, world: world, at: .minute * 600) == [liked, plain, old])
    }

    @Test func hotScoreFollowsRedditsFormula() {
        #expect(PostScoring.hot(ups: 10, downs: 0, createdAtMilliseconds: 45_000_000) == 2)
        #expect(PostScoring.hot(ups: 0, downs: 0, createdAtMilliseconds: 90_000_000) == 2)
        #expect(abs(PostScoring.hot(ups: 1, downs: 101, createdAtMilliseconds: 0) - -2) < 1e-12)
        let world = Self.smallWorld()
        let early = Self.post(world, by: 3, at: 0, likes: 100)
        let late = Self.post(world, by: 3, at: 12 * 60, likes: 0)
        // 12.5 h later is worth one order of magnitude of votes: 100 ups at 0 (2.0) vs 0 at 43200 s (0.96).
        #expect(Self.feed(Self.settings(.hot), world: world, at: .day) == [early, late])
    }

    @Test func interestPrefersTheAgentsTopicThenRecency() {
        let world = Self.smallWorld()
        let offTopic = Self.post(world, by: 3, at: 30, topic: 0)
        let older = Self.post(world, by: 3, at: 10, topic: 1)
        let newer = Self.post(world, by: 3, at: 20, topic: 1)
        let feed = Self.feed(Self.settings(.interest), world: world, at: .hour)
        #expect(feed == [newer, older])
        #expect(!feed.contains(offTopic))
        // "Less of topic 1" feedback with enough weight turns the agent towards the others.
        world.topicFeedback[1] = -2
        world.topicFeedback[0] = 1
        #expect(Self.feed(Self.settings(.interest), world: world, at: .hour) == [offTopic])
    }

    @Test func collaborativeRecommendsWhatCoEngagersShared() {
        // Agents 1 and 2 both shared A and B; agent 0 shared A, so B is recommended; C (shared by
        // agent 3 only) is not co-engaged with A and comes after via the popular fallback.
        let world = Self.smallWorld()
        let a = Self.post(world, by: 3, at: 0)
        let b = Self.post(world, by: 3, at: 1)
        let c = Self.post(world, by: 1, at: 2, likes: 50)
        for agent in [1, 2] {
            Self.post(world, by: agent, at: 5, parent: a)
            Self.post(world, by: agent, at: 6, parent: b)
        }
        Self.post(world, by: 0, at: 7, parent: a)
        Self.post(world, by: 3, at: 8, parent: c)
        var settings = Self.settings(.collaborative, feedSize: 2)
        settings.memoryWindow = .zero
        let feed = Self.feed(settings, world: world, at: .hour)
        #expect(feed.first == b)
        #expect(!feed.contains(a))
        let model = CollaborativeModel(neighbors: 5)
        let (users, items) = CollaborativeModel.interactions(in: world)
        model.train(users: users, items: items, agentCount: 4, postCount: world.posts.count)
        // A: {1,2,0}; B: {1,2} → cosine 2/√6.
        #expect(abs(model.similarity(ofPost: a.rawValue, toPost: b.rawValue) - Float(2 / 6.0.squareRoot())) < 1e-6)
        #expect(model.similarity(ofPost: a.rawValue, toPost: c.rawValue) == 0)
        #expect(model.interactionCount == 6)
    }

    @Test func mixFillsQuotasAndKeepsTheOutOfNetworkShare() {
        let world = Self.smallWorld()
        for minute in 0..<10 {
            Self.post(world, by: 1 + minute % 2, at: Int64(minute))
            Self.post(world, by: 3, at: Int64(minute), likes: UInt32(minute))
        }
        var settings = Self.settings(.mix, feedSize: 10)
        settings.mix = [MixComponent(source: .chronological, fraction: 0.5), MixComponent(source: .popular, fraction: 0.5)]
        for share in [0.2, 0.5, 0.8] {
            settings.outOfNetworkShare = share
            let feed = Self.feed(settings, world: world, at: .hour)
            let outside = feed.filter { world.posts.author[$0.index] == 3 }.count
            #expect(feed.count == 10)
            #expect(outside == Int((share * 10).rounded()))
        }
        let quotas = MixSource(components: [(ChronologicalSource(), 0.5), (ChronologicalSource(), 0.3), (ChronologicalSource(), 0.2)],
                               outOfNetworkShare: nil)
        var result: [Int] = []
        quotas.quotas(feedSize: 7, into: &result)
        #expect(result == [4, 2, 1])
    }

    @Test func mixFallsBackWhenASourceCannotServe() {
        // Agent 3 follows nobody: its chronological half is filled by popular posts.
        let world = Self.smallWorld()
        for minute in 0..<10 { Self.post(world, by: 1, at: Int64(minute)) }
        var settings = Self.settings(.mix, feedSize: 6)
        settings.mix = [MixComponent(source: .chronological, fraction: 0.5), MixComponent(source: .popular, fraction: 0.5)]
        #expect(Self.feed(settings, world: world, agent: 3, at: .hour).count == 6)
    }

    @Test func diversityRerankingSpreadsTopics() {
        let world = Self.smallWorld()
        for minute in 0..<6 { Self.post(world, by: 3, at: Int64(minute), topic: 0, likes: 20) }
        Self.post(world, by: 3, at: 0, topic: 1, likes: 1)
        Self.post(world, by: 3, at: 0, topic: 2, likes: 0)
        var settings = Self.settings(.popular, feedSize: 3)
        let plain = Self.feed(settings, world: world, at: .hour)
        #expect(Set(plain.map { world.posts.topic[$0.index] }) == [0])
        settings.diversityLambda = 0.3
        let diverse = Self.feed(settings, world: world, at: .hour)
        #expect(Set(diverse.map { world.posts.topic[$0.index] }) == [0, 1, 2])
    }

    @Test func noveltyBoostLiftsLittleEngagedPosts() {
        let world = Self.smallWorld()
        let famous = Self.post(world, by: 3, at: 0, likes: 100)
        let unknown = Self.post(world, by: 3, at: 0, likes: 0)
        var settings = Self.settings(.popular, feedSize: 2)
        #expect(Self.feed(settings, world: world, at: .minute) == [famous, unknown])
        settings.noveltyBoost = 2
        #expect(Self.feed(settings, world: world, at: .minute) == [unknown, famous])
    }

    @Test func explorationReplacesSlotsWithRandomRecentPosts() {
        let world = Self.smallWorld()
        for minute in 0..<200 { Self.post(world, by: 3, at: Int64(minute), likes: UInt32(minute)) }
        var settings = Self.settings(.popular, feedSize: 10)
        let exploit = Set(Self.feed(settings, world: world, at: .hour * 4))
        settings.exploration = 1
        let explore = Set(Self.feed(settings, world: world, at: .hour * 4))
        #expect(explore.count == 10)
        #expect(explore != exploit)
    }
}
