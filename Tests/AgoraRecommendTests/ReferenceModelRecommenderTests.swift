import AgoraCore
import Testing
@testable import AgoraRecommend

struct ReferenceModelRecommenderTests {
    /// Five agents; agent 0 follows 1 and 2. Posts are written in id order, one per minute.
    static func world(posts authors: [Int]) -> WorldState {
        var attributes = AgentAttributes(count: 5, topicCount: 2)
        for agent in 0..<5 { attributes.interests[agent * 2] = 1 }
        let world = WorldState(agents: AgentStore(attributes: attributes), graph: FollowGraph(nodeCount: 5), memoryCapacity: 32, memoryBaseStrength: .day, memoryReinforcement: 2)
        world.graph.follow(AgentID(0), AgentID(1))
        world.graph.follow(AgentID(0), AgentID(2))
        for (index, author) in authors.enumerated() {
            let post = world.posts.append(author: AgentID(author), at: .minute * Int64(index), kind: .post, parent: nil,
                                          topic: 0, stance: 0)
            world.agents.recordPost(post, by: AgentID(author))
        }
        return world
    }

    static func feed(_ recommender: ReferenceModelRecommender, world: WorldState, agent: Int = 0, at time: SimTime = .day) -> [UInt32] {
        var stream = RandomStream(seed: 1, purpose: .recommender, agent: UInt32(agent))
        var feed: [PostID] = []
        recommender.fillFeed(for: AgentID(agent), at: time, world: world, scratch: FeedScratch(), stream: &stream, into: &feed)
        return feed.map(\.rawValue)
    }

    @Test func newestFolloweePostsThenNewestOthersOwnExcluded() {
        // Post ids 0…9 by authors:        1  2  3  0  1  4  2  3  0  4
        let world = Self.world(posts: [1, 2, 3, 0, 1, 4, 2, 3, 0, 4])
        let recommender = ReferenceModelRecommender(feedSize: 5, outOfNetworkShare: 0.4)
        #expect(recommender.inNetworkCount == 3 && recommender.outOfNetworkCount == 2)
        // In network (authors 1, 2): 6, 4, 1 (0 is cut); out of network (3, 4): 9, 7.
        #expect(Self.feed(recommender, world: world) == [6, 4, 1, 9, 7])
    }

    @Test func shortFeedsWhenFewPostsExistAndNothingFromTheFuture() {
        let world = Self.world(posts: [1, 3, 0, 2])
        let recommender = ReferenceModelRecommender()
        #expect(recommender.feedSize == 20 && recommender.inNetworkCount == 15 && recommender.outOfNetworkCount == 5)
        #expect(Self.feed(recommender, world: world) == [3, 0, 1])
        // Post i is written at i minutes: at 1m30s only posts 0 (a followee's) and 1 exist.
        #expect(Self.feed(recommender, world: world, at: SimTime(milliseconds: 90_000)) == [0, 1])
        #expect(Self.feed(recommender, world: Self.world(posts: [])) == [])
    }

    @Test func theReferenceKindBuildsThisRecommenderWithTheModelsSplit() {
        var settings = RecommendTestWorld.defaultSettings
        settings.kind = .reference
        #expect(settings.validate().isEmpty)
        let recommender = settings.makeRecommender()
        #expect(recommender.name == "reference")
        let reference = recommender as? ReferenceModelRecommender
        #expect(reference?.inNetworkCount == 15 && reference?.outOfNetworkCount == 5)
        #expect(reference?.memoryWindow == settings.memoryWindow)
    }

    @Test func mutedAuthorsAndRecentlySeenPostsAreLeftOutOnTheGeneralPath() {
        // Post ids 0…9 by authors:        1  2  3  0  1  4  2  3  0  4
        let world = Self.world(posts: [1, 2, 3, 0, 1, 4, 2, 3, 0, 4])
        _ = world.mutes.mute(AgentID(2), by: AgentID(0))
        _ = world.mutes.mute(AgentID(4), by: AgentID(0))
        let plain = ReferenceModelRecommender(feedSize: 5, outOfNetworkShare: 0.4)
        // Authors 2 and 4 muted: in network 4, 0 (author 1); out of network 7, 2 (author 3).
        #expect(Self.feed(plain, world: world) == [4, 0, 7, 2])
        world.memory.recordExposure(of: PostID(4), by: AgentID(0), at: .hour, engaged: false)
        let remembering = ReferenceModelRecommender(feedSize: 5, outOfNetworkShare: 0.4, memoryWindow: .day)
        #expect(Self.feed(remembering, world: world) == [0, 7, 2])
        #expect(Self.feed(plain, world: world) == [4, 0, 7, 2])
    }

    @Test func aOneMillisecondWindowNeverHidesAPostSeenInAnEarlierSession() {
        let world = Self.world(posts: [1, 2, 3, 0, 1, 4, 2, 3, 0, 4])
        let window = ReferenceModelRecommender(feedSize: 5, outOfNetworkShare: 0.4, memoryWindow: SimTime(milliseconds: 1))
        let time = SimTime.hour * 3 + SimTime(milliseconds: 999)
        world.memory.recordExposure(of: PostID(6), by: AgentID(0), at: time, engaged: true)
        let later = time + SimTime(milliseconds: 1)
        #expect(Self.feed(window, world: world, at: later) == [6, 4, 1, 9, 7])
        #expect(!world.memory.sawRecently(PostID(6), by: AgentID(0), within: SimTime(milliseconds: 1), before: later))
    }
}
