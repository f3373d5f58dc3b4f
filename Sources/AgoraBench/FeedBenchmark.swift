import AgoraConfig
import AgoraCore
import AgoraEngine
import AgoraRecommend
import ArgumentParser
import Foundation

/// `agora-bench feeds`: the cost of one feed for agents with 200 followees and feed size 20 for
/// the in-budget kinds (chronological, popular, hot, interest), and of retraining collaborative
/// filtering on 1M interactions. Prints one JSON object.
struct FeedBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "Per-feed cost of the post recommenders and collaborative retraining time."
    )

    @Option(help: "Agents in the synthetic world (each follows --followees others).")
    var agents = 5_000
    @Option(help: "Followees per agent.")
    var followees = 200
    @Option(help: "Posts per feed.")
    var feedSize = 20
    @Option(help: "Feeds per timed run (the per-feed time is the run time divided by this).")
    var feedsPerRun = 2_000
    @Option(help: "Timed runs per kind.")
    var runs = 15
    @Option(help: "Interactions for the collaborative retraining benchmark.")
    var interactions = 1_000_000

    func run() throws {
        let world = FeedBenchmarkWorld.feeds(agents: agents, followees: followees, postsPerAgent: 16, topics: 20)
        let time = world.now
        var lines: [String] = []
        for kind in [FeedKind.chronological, .popular, .hot, .interest] {
            var settings = try RecommenderFactory.settings(from: WorldConfig.defaults().recommender)
            settings.kind = kind
            settings.feedSize = feedSize
            let recommender = settings.makeRecommender()
            recommender.retrain(world: world, at: time)
            let scratch = FeedScratch()
            var feed: [PostID] = []
            feed.reserveCapacity(feedSize)
            var served = 0
            var timer = BenchmarkTimer()
            var next = 0
            timer.measure(runs: runs) {
                for _ in 0..<feedsPerRun {
                    let agent = AgentID(next % world.agentCount)
                    next += 1
                    var stream = RandomStream(seed: 1, purpose: .recommender, agent: agent.rawValue, sequence: UInt64(next))
                    feed.removeAll(keepingCapacity: true)
                    recommender.fillFeed(for: agent, at: time, world: world, scratch: scratch, stream: &stream, into: &feed)
                    served += feed.count
                }
            }
            let scale = 1e6 / Double(feedsPerRun)
            lines.append("""
                "\(kind.rawValue)": {"median_us": \(Self.format(timer.median * scale)), "min_us": \(Self.format(timer.min * scale)), \
                "max_us": \(Self.format(timer.max * scale)), "mean_feed_length": \(Self.format(Double(served) / Double(feedsPerRun * (runs + 1))))}
                """)
        }
        let (users, items, agentCount, postCount) = FeedBenchmarkWorld.interactions(count: interactions)
        let model = CollaborativeModel(neighbors: 20)
        var retrainTimer = BenchmarkTimer()
        retrainTimer.measure(runs: 3, warmups: 1) {
            model.train(users: users, items: items, agentCount: agentCount, postCount: postCount)
        }
        lines.append("""
            "collaborative_retrain": {"interactions": \(interactions), "items": \(model.itemCount), \
            "median_s": \(Self.format(retrainTimer.median)), "min_s": \(Self.format(retrainTimer.min)), \
            "max_s": \(Self.format(retrainTimer.max)), "threads": \(ProcessInfo.processInfo.activeProcessorCount)}
            """)
        print("{\"benchmark\": \"feeds\", \"agents\": \(agents), \"followees\": \(followees), \"feed_size\": \(feedSize),\n "
              + lines.joined(separator: ",\n ") + "}")
    }

    static func format(_ value: Double) -> String { String(format: "%.3f", value) }
}

/// The synthetic worlds of `FeedBenchmark`.
enum FeedBenchmarkWorld {
    /// `agents` agents each following `followees` others, `postsPerAgent` posts each spread over
    /// two days (a fifth of them reposts), skewed likes, and a warm memory for every agent.
    static func feeds(agents n: Int, followees: Int, postsPerAgent: Int, topics k: Int) -> WorldState {
        var stream = RandomStream(seed: 42, purpose: .graph)
        var attributes = AgentAttributes(count: n, topicCount: k)
        for i in 0..<n {
            for _ in 0..<3 { attributes.interests[i * k + stream.nextIndex(below: k)] += Float(stream.nextUnit()) }
        }
        var graph = FollowGraph(nodeCount: n)
        for i in 0..<n {
            while graph.followeeCount(of: AgentID(i)) < min(followees, n - 1) {
                graph.follow(AgentID(i), AgentID(stream.nextIndex(below: n)))
            }
        }
        let world = WorldState(agents: AgentStore(attributes: attributes), graph: graph, memoryCapacity: 32, memoryBaseStrength: .day, memoryReinforcement: 2)
        let total = n * postsPerAgent
        world.posts.reserveCapacity(total)
        let span = SimTime.day.milliseconds * 2
        for p in 0..<total {
            let author = AgentID(stream.nextIndex(below: n))
            let time = SimTime(milliseconds: Int64(p) * span / Int64(total))
            let parent: PostID? = p > 100 && stream.nextUnit() < 0.2 ? PostID(p - 1 - stream.nextIndex(below: min(p, 5_000))) : nil
            let topic = parent.map { world.posts.topic[$0.index] } ?? UInt16(stream.nextIndex(below: k))
            let post = world.posts.append(author: author, at: time, kind: parent == nil ? .post : .repost, parent: parent,
                                          topic: topic, stance: 0)
            if let parent { world.posts.shares[parent.index] += 1 }
            world.posts.likes[post.index] = UInt32(min(stream.pareto(xmin: 1, alpha: 1.5), 1e6)) - 1
            world.agents.recordPost(post, by: author)
        }
        let now = SimTime(milliseconds: span)
        for i in 0..<n {
            world.agents.lastSessionStart[i] = now.milliseconds - SimTime.hour.milliseconds * 6
            for _ in 0..<world.memory.capacity {
                world.memory.recordExposure(of: PostID(total - 1 - stream.nextIndex(below: 5_000)), by: AgentID(i),
                                            at: now - SimTime.minute * Int64(stream.nextIndex(below: 600)), engaged: false)
            }
        }
        world.now = now
        return world
    }

    /// `count` (agent, post) interactions: 50k agents engaging with 200k posts, post popularity
    /// Zipf-like (Pareto draws) and agents favouring posts of "their" region of the id space, so
    /// co-engagement has structure.
    static func interactions(count: Int) -> (users: [UInt32], items: [UInt32], agents: Int, posts: Int) {
        let agents = 50_000
        let posts = 200_000
        var stream = RandomStream(seed: 7, purpose: .retrain)
        var users = [UInt32](repeating: 0, count: count)
        var items = [UInt32](repeating: 0, count: count)
        for k in 0..<count {
            let user = stream.nextIndex(below: agents)
            let offset = Int(min(stream.pareto(xmin: 1, alpha: 1.2), 1e8)) - 1
            let home = user * (posts / agents)
            users[k] = UInt32(user)
            items[k] = UInt32((home + (stream.bernoulli(0.5) ? offset : posts - offset % posts)) % posts)
        }
        return (users, items, agents, posts)
    }
}
