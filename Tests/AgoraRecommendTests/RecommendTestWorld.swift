import AgoraConfig
import AgoraCore
import AgoraEngine
@testable import AgoraRecommend

/// Worlds for recommender tests, built directly from Core types with a repeatable generator.
enum RecommendTestWorld {
    /// The settings of the schema's default `recommender:` section (defaults are written there
    /// only).
    static var defaultSettings: RecommenderSettings {
        try! RecommenderFactory.settings(from: WorldConfig.defaults().recommender)
    }

    /// A busy world: `agents` agents with Dirichlet-ish interests over `topics` topics, a random
    /// follow graph, `posts` posts (a fifth of them reposts, some comments) spread over two days,
    /// likes, remembered impressions and a few mutes.
    static func busy(agents n: Int = 60, topics k: Int = 5, posts count: Int = 600, seed: UInt64 = 1) -> WorldState {
        var stream = RandomStream(seed: seed, purpose: .population)
        var attributes = AgentAttributes(count: n, topicCount: k)
        for i in 0..<n {
            for t in 0..<k { attributes.interests[i * k + t] = Float(stream.nextUnit() < 0.4 ? stream.nextUnit() : 0) }
            attributes.interests[i * k + stream.nextIndex(below: k)] += 0.5
            attributes.activity[i] = 3
        }
        var graph = FollowGraph(nodeCount: n)
        for i in 0..<n {
            for _ in 0..<6 { graph.follow(AgentID(i), AgentID(stream.nextIndex(below: n))) }
        }
        let world = WorldState(agents: AgentStore(attributes: attributes), graph: graph, memoryCapacity: 32, memoryBaseStrength: .day, memoryReinforcement: 2)
        let span = SimTime.day.milliseconds * 2
        for p in 0..<count {
            let author = AgentID(stream.nextIndex(below: n))
            let time = SimTime(milliseconds: Int64(p) * span / Int64(count))
            var parent: PostID?
            var kind = EventKind.post
            if p > 10, stream.nextUnit() < 0.25 {
                parent = PostID(stream.nextIndex(below: p))
                kind = stream.nextUnit() < 0.8 ? .repost : .comment
            }
            let topic = parent.map { world.posts.topic[$0.index] } ?? UInt16(stream.nextIndex(below: k))
            let post = world.posts.append(author: author, at: time, kind: kind, parent: parent, topic: topic,
                                          stance: Float(stream.nextUnit() * 2 - 1))
            if let parent {
                if kind == .comment { world.posts.comments[parent.index] += 1 } else { world.posts.shares[parent.index] += 1 }
            }
            world.posts.likes[post.index] = UInt32(stream.nextIndex(below: 12))
            world.agents.recordPost(post, by: author)
        }
        let late = SimTime(milliseconds: span)
        for i in 0..<n {
            world.agents.lastSessionStart[i] = late.milliseconds - SimTime.hour.milliseconds * Int64(1 + stream.nextIndex(below: 12))
            for _ in 0..<10 {
                let post = PostID(count - 1 - stream.nextIndex(below: min(count, 200)))
                world.memory.recordExposure(of: post, by: AgentID(i), at: late - SimTime.minute * Int64(stream.nextIndex(below: 300)), engaged: false)
            }
            if stream.nextUnit() < 0.3 { world.mutes.mute(AgentID(stream.nextIndex(below: n)), by: AgentID(i)) }
            // A follow of a muted author keeps "no muted authors" meaningful for in-network feeds.
            if i % 3 == 0, let followee = world.graph.followees[i].first { world.mutes.mute(AgentID(followee), by: AgentID(i)) }
        }
        world.now = late
        return world
    }

    /// The smallest world: one agent, no posts, no edges.
    static func empty(topics k: Int = 3) -> WorldState {
        WorldState(agents: AgentStore(attributes: AgentAttributes(count: 1, topicCount: k)), graph: FollowGraph(nodeCount: 1), memoryCapacity: 32, memoryBaseStrength: .day, memoryReinforcement: 2)
    }

    /// Every post-feed configuration the conformance suite runs, by a readable label.
    static func configurations() -> [(label: String, settings: RecommenderSettings)] {
        var result: [(String, RecommenderSettings)] = []
        for kind in FeedKind.allCases {
            var settings = RecommendTestWorld.defaultSettings
            settings.kind = kind
            settings.feedSize = 10
            result.append((kind.rawValue, settings))
        }
        for kind in [FeedKind.popular, .interest, .random] {
            var settings = RecommendTestWorld.defaultSettings
            settings.kind = kind
            settings.feedSize = 8
            settings.exploration = 0.3
            settings.diversityLambda = 0.5
            settings.noveltyBoost = 0.5
            result.append(("\(kind.rawValue)+rerank", settings))
        }
        var mix = RecommendTestWorld.defaultSettings
        mix.kind = .mix
        mix.feedSize = 12
        mix.outOfNetworkShare = 0.5
        mix.mix = [MixComponent(source: .chronological, fraction: 0.4), MixComponent(source: .collaborative, fraction: 0.2),
                   MixComponent(source: .hot, fraction: 0.2), MixComponent(source: .interest, fraction: 0.2)]
        result.append(("mix+oon", mix))
        return result
    }
}
