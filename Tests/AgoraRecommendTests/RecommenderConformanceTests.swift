import AgoraCore
import Foundation
import Testing
@testable import AgoraRecommend

/// The contract every post recommender keeps (`Recommender`), run over every kind and option.
struct RecommenderConformanceTests {
    static let labels = RecommendTestWorld.configurations().map(\.label) + ["ChronologicalRecommender"]
    static let time = SimTime.day * 2

    static func settings(_ label: String) -> RecommenderSettings {
        RecommendTestWorld.configurations().first { $0.label == label }?.settings ?? {
            var settings = RecommendTestWorld.defaultSettings
            settings.feedSize = 10
            return settings
        }()
    }

    /// The recommender under test: built from settings, or the ready-made chronological type.
    static func make(_ label: String) -> any Recommender {
        label == "ChronologicalRecommender" ? ChronologicalRecommender(feedSize: 10) : settings(label).makeRecommender()
    }

    static func feed(_ recommender: any Recommender, agent: Int, world: WorldState, scratch: FeedScratch, sequence: UInt64 = 0) -> [PostID] {
        var stream = RandomStream(seed: 9, purpose: .recommender, agent: UInt32(agent), sequence: sequence)
        var feed: [PostID] = []
        recommender.fillFeed(for: AgentID(agent), at: time, world: world, scratch: scratch, stream: &stream, into: &feed)
        return feed
    }

    @Test(arguments: labels)
    func feedsKeepEveryRuleOfTheContract(label: String) throws {
        let settings = Self.settings(label)
        #expect(settings.validate().isEmpty)
        let world = RecommendTestWorld.busy()
        let recommender = Self.make(label)
        recommender.retrain(world: world, at: Self.time)
        let scratch = FeedScratch()
        var served = 0
        for agent in 0..<world.agentCount {
            let feed = Self.feed(recommender, agent: agent, world: world, scratch: scratch)
            served += feed.count
            #expect(feed.count <= settings.feedSize)
            #expect(Set(feed).count == feed.count, "duplicate post in \(label) feed")
            for post in feed {
                let author = world.posts.author[post.index]
                let rootAuthor = world.posts.author[Int(world.posts.root[post.index])]
                #expect(author != UInt32(agent) && rootAuthor != UInt32(agent), "own post or repost of own post")
                #expect(!world.mutes.isMuted(author, by: AgentID(agent)) && !world.mutes.isMuted(rootAuthor, by: AgentID(agent)),
                        "muted author in \(label) feed")
                #expect(!world.memory.sawRecently(post, by: AgentID(agent), within: settings.memoryWindow, before: Self.time),
                        "post seen within the memory window")
                #expect(world.posts.createdAt[post.index] <= Self.time.milliseconds)
            }
        }
        #expect(served > world.agentCount, "\(label) served almost nothing")
    }

    @Test(arguments: labels)
    func feedsAreDeterministicWhateverTheScratchHeld(label: String) {
        let settings = Self.settings(label)
        let world = RecommendTestWorld.busy(seed: 3)
        let first = Self.make(label)
        let second = Self.make(label)
        first.retrain(world: world, at: Self.time)
        second.retrain(world: world, at: Self.time)
        let warm = FeedScratch()
        for agent in stride(from: 0, to: world.agentCount, by: 7) {
            _ = Self.feed(first, agent: (agent + 1) % world.agentCount, world: world, scratch: warm, sequence: 5)
            let a = Self.feed(first, agent: agent, world: world, scratch: warm)
            let b = Self.feed(second, agent: agent, world: world, scratch: FeedScratch())
            #expect(a == b, "\(label) feed of agent \(agent) depends on scratch state")
        }
    }

    @Test(arguments: labels)
    func emptyWorldGivesEmptyFeedsWithoutTrapping(label: String) {
        let world = RecommendTestWorld.empty()
        let recommender = Self.make(label)
        #expect(recommender.retrain(world: world, at: .zero) == 0)
        #expect(Self.feed(recommender, agent: 0, world: world, scratch: FeedScratch()).isEmpty)
        // One post by the agent itself is never served back to it.
        _ = world.posts.append(author: AgentID(0), at: .zero, kind: .post, parent: nil, topic: 0, stance: 0)
        world.agents.recordPost(PostID(0), by: AgentID(0))
        recommender.retrain(world: world, at: .minute)
        #expect(Self.feed(recommender, agent: 0, world: world, scratch: FeedScratch()).isEmpty)
    }

    @Test(arguments: labels)
    func feedSizeOfOneIsRespected(label: String) {
        var settings = Self.settings(label)
        settings.feedSize = 1
        settings.mix = [MixComponent(source: .chronological, fraction: 0.5), MixComponent(source: .popular, fraction: 0.5)]
        let world = RecommendTestWorld.busy(seed: 5)
        let recommender = settings.makeRecommender()
        recommender.retrain(world: world, at: Self.time)
        for agent in 0..<10 { #expect(Self.feed(recommender, agent: agent, world: world, scratch: FeedScratch()).count <= 1) }
    }

    @Test(arguments: labels)
    func concurrentFeedsEqualSerialFeeds(label: String) {
        let world = RecommendTestWorld.busy(seed: 11)
        let recommender = Self.make(label)
        recommender.retrain(world: world, at: Self.time)
        let serial = (0..<world.agentCount).map { Self.feed(recommender, agent: $0, world: world, scratch: FeedScratch()) }
        let workers = 4
        let scratches = (0..<workers).map { _ in FeedScratch() }
        let results = ConcurrentFeeds(count: world.agentCount)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for agent in stride(from: worker, to: world.agentCount, by: workers) {
                results.store(Self.feed(recommender, agent: agent, world: world, scratch: scratches[worker]), at: agent)
            }
        }
        #expect(results.feeds == serial)
    }

    @Test func memoryWindowZeroAllowsSeenPostsAgain() {
        var settings = RecommendTestWorld.defaultSettings
        settings.kind = .popular
        // Two agents: one writes, the other sees it, then asks again with and without the window.
        let two = WorldState(agents: AgentStore(attributes: AgentAttributes(count: 2, topicCount: 1)), graph: FollowGraph(nodeCount: 2), memoryCapacity: 32, memoryBaseStrength: .day, memoryReinforcement: 2)
        _ = two.posts.append(author: AgentID(1), at: .zero, kind: .post, parent: nil, topic: 0, stance: 0)
        two.memory.recordExposure(of: PostID(0), by: AgentID(0), at: .minute, engaged: false)
        let remembering = settings.makeRecommender()
        settings.memoryWindow = .zero
        let forgetting = settings.makeRecommender()
        remembering.retrain(world: two, at: .hour)
        forgetting.retrain(world: two, at: .hour)
        var stream = RandomStream(seed: 1, purpose: .recommender)
        var feed: [PostID] = []
        remembering.fillFeed(for: AgentID(0), at: .hour, world: two, scratch: FeedScratch(), stream: &stream, into: &feed)
        #expect(feed.isEmpty)
        forgetting.fillFeed(for: AgentID(0), at: .hour, world: two, scratch: FeedScratch(), stream: &stream, into: &feed)
        #expect(feed == [PostID(0)])
    }
}

/// Feeds written by concurrent workers, one slot per agent (each slot written by one worker).
final class ConcurrentFeeds: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var feeds: [[PostID]]
    init(count: Int) { feeds = Array(repeating: [], count: count) }
    func store(_ feed: [PostID], at index: Int) {
        lock.lock()
        feeds[index] = feed
        lock.unlock()
    }
}
