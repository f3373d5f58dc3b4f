import AgoraCore
import Testing
@testable import AgoraRecommend

/// `CandidatePools.prepareWindow`: the per-window orderings change how fast a feed is served,
/// never what it holds.
struct CandidatePoolsWindowTests {
    /// The busy world's posts span days 0–2; the recommender retrains at day 2 and the tail's
    /// posts arrive over the next six hours.
    static let time = SimTime.day * 2 + .hour * 6

    /// A busy world whose recommender was retrained before `tail` more posts arrived (so feeds
    /// read both the pools and the tail), with small pools so both are cut.
    static func world(tail: Int, retrained: Bool = true) -> (WorldState, [RecommenderSettings], [any Recommender]) {
        let world = RecommendTestWorld.busy(agents: 80, topics: 6, posts: 900)
        // Every configuration with small pools, and again with 3-post feeds ranked from 3
        // candidates, so that lists fill early and the per-window early stops matter.
        let settings = RecommendTestWorld.configurations().map(\.settings).flatMap { s -> [RecommenderSettings] in
            var s = s
            s.poolSize = 40
            var small = s
            small.feedSize = 3
            small.candidateFactor = 1
            return [s, small]
        }
        let recommenders = settings.map { $0.makeRecommender() }
        if retrained { for recommender in recommenders { recommender.retrain(world: world, at: .day * 2) } }
        var stream = RandomStream(seed: 5, purpose: .population)
        for p in 0..<tail {
            let author = AgentID(stream.nextIndex(below: 80))
            // Up to 20 minutes of jitter: ids do not follow creation times exactly (as in a run,
            // where a session's later actions get ids after sessions that started later), and a
            // few tail posts lie after the request time.
            let created = SimTime.day * 2 + SimTime(milliseconds: Int64(p) * SimTime.hour.milliseconds * 6 / Int64(tail)
                                                        + Int64(stream.nextIndex(below: 1_200_000)))
            let post = world.posts.append(author: author, at: created, kind: .post, parent: nil,
                                          topic: UInt16(stream.nextIndex(below: 6)), stance: 0)
            world.posts.likes[post.index] = UInt32(stream.nextIndex(below: 30))
            world.agents.recordPost(post, by: author)
        }
        return (world, settings, recommenders)
    }

    /// Every agent's feed followed by the whole ranked candidate list it was chosen from (so a
    /// difference below the feed's cut is seen too).
    static func feeds(_ recommender: any Recommender, world: WorldState) -> [[PostID]] {
        let scratch = FeedScratch()
        return (0..<world.agentCount).map { agent in
            var stream = RandomStream(seed: 3, purpose: .recommender, agent: UInt32(agent), sequence: 0)
            var feed: [PostID] = []
            recommender.fillFeed(for: AgentID(agent), at: time, world: world, scratch: scratch, stream: &stream, into: &feed)
            return feed + scratch.ranked.posts
        }
    }

    @Test(arguments: [(0, true), (25, true), (300, true), (25, false)])
    func preparedFeedsEqualTheFullScan(tail: Int, retrained: Bool) {
        // Without a retrain (the first window of a run) every post is tail and no pool exists.
        let (world, settings, recommenders) = Self.world(tail: tail, retrained: retrained)
        for (recommender, setting) in zip(recommenders, settings) {
            let scanned = Self.feeds(recommender, world: world)
            recommender.prepareWindow(world: world)
            let prepared = Self.feeds(recommender, world: world)
            let differing = zip(prepared, scanned).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
            #expect(differing.isEmpty, "\(setting.kind.rawValue): \(differing.count) feeds differ once the window is prepared, first agent \(differing.first ?? -1): \(differing.first.map { prepared[$0] } ?? []) vs \(differing.first.map { scanned[$0] } ?? [])")
            #expect(scanned.contains { !$0.isEmpty })
        }
    }

    @Test func aRefreshInvalidatesThePreparedOrder() {
        let (world, _, _) = Self.world(tail: 50)
        let pools = CandidatePools(poolSize: 40, candidateWindow: .day * 2, halfLife: .hour * 6)
        pools.servesPopular = true
        pools.servesInterest = true
        pools.refresh(world: world, at: Self.time)
        #expect(!pools.isPrepared(postCount: world.posts.count))
        pools.prepareWindow(world: world)
        #expect(pools.isPrepared(postCount: world.posts.count))
        #expect(pools.popularOrder.count == pools.popular.count)   // the refresh took every post: no tail
        pools.refresh(world: world, at: Self.time + .hour)
        #expect(!pools.isPrepared(postCount: world.posts.count))
    }
}
