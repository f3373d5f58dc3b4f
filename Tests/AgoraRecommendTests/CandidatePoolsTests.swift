import AgoraCore
import Testing
@testable import AgoraRecommend

/// `CandidatePools.refresh`: each pool a source reads holds exactly the window's best posts in
/// ranking order — what sorting the whole window and keeping its head gives — and the pools no
/// source reads stay empty.
struct CandidatePoolsTests {
    static let time = SimTime.day * 2

    /// The window's posts sorted best first (score descending, then post id descending), cut to
    /// `poolSize`: the reference the bounded selection must reproduce.
    static func sortedHead(_ pools: CandidatePools, world: WorldState, score: (Int) -> Double) -> [UInt32] {
        var ranked: [(score: Double, post: UInt32)] = []
        for index in pools.windowStart..<pools.watermark { ranked.append((score(index), UInt32(index))) }
        ranked.sort { (a: (score: Double, post: UInt32), b: (score: Double, post: UInt32)) -> Bool in
            a.score > b.score || (a.score == b.score && a.post > b.post)
        }
        return ranked.prefix(pools.poolSize).map { $0.post }
    }

    @Test(arguments: [1, 7, 40, 5_000])
    func servedPoolsHoldTheWindowsBestPostsInOrder(poolSize: Int) {
        let world = RecommendTestWorld.busy(agents: 80, topics: 6, posts: 900)
        // Many posts share their engagement counts, so ties are settled by the post id.
        for post in 0..<world.posts.count where post % 3 == 0 { world.posts.likes[post] = 4 }
        let pools = CandidatePools(poolSize: poolSize, candidateWindow: .day * 2, halfLife: .hour * 6)
        pools.servesPopular = true
        pools.servesHot = true
        pools.servesInterest = true
        pools.refresh(world: world, at: Self.time)
        let posts = world.posts
        let popular = Self.sortedHead(pools, world: world) {
            PostScoring.popularity($0, in: posts, at: Self.time, halfLife: .hour * 6)
        }
        let hot = Self.sortedHead(pools, world: world) { PostScoring.hot($0, in: posts) }
        #expect(pools.popular == popular)
        #expect(pools.hot == hot)
        #expect(pools.popular.count == min(poolSize, pools.watermark - pools.windowStart))
        for (topic, pool) in pools.byTopic.enumerated() {
            let newest = (pools.windowStart..<pools.watermark).reversed()
                .filter { Int(posts.topic[$0]) == topic }.prefix(poolSize).map { UInt32($0) }
            #expect(pool == newest, "topic \(topic)")
        }
    }

    @Test func poolsNoSourceReadsStayEmpty() {
        let world = RecommendTestWorld.busy(agents: 80, topics: 6, posts: 900)
        let pools = CandidatePools(poolSize: 40, candidateWindow: .day * 2, halfLife: .hour * 6)
        _ = PopularSource(pools: pools)
        pools.refresh(world: world, at: Self.time)
        #expect(pools.popular.count == 40)
        #expect(pools.hot.isEmpty)
        #expect(pools.byTopic.allSatisfy { $0.isEmpty })
        _ = HotSource(pools: pools)
        _ = InterestSource(pools: pools, feedbackWeight: 0)
        pools.refresh(world: world, at: Self.time + .hour)
        #expect(pools.hot.count == 40)
        #expect(pools.byTopic.contains { !$0.isEmpty })
    }
}
