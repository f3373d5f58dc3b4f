import AgoraCore

/// Global candidate pools shared by the out-of-network sources of one recommender, rebuilt at
/// each retrain so that no feed ever scans all posts.
///
/// At a refresh at time `t` over the posts of the candidate window `[t − window, t]`:
/// - `popular`: the `poolSize` posts with the highest `PostScoring.popularity` at `t`;
/// - `hot`: the `poolSize` posts with the highest hot score;
/// - `byTopic[k]`: the newest `poolSize` posts of topic `k`, newest first;
/// - `watermark`: the post count at `t`. Posts appended since (the *tail*) are visited by
///   `forEachTail`, newest first, at most `poolSize` of them, so new posts compete before the next
///   retrain and a recommender that was never retrained still serves the newest posts.
/// Only the pools a registered source reads are built (`servesPopular`, `servesHot`,
/// `servesInterest`); the others stay empty.
/// Refresh cost: O(W log poolSize) for W posts in the window (a bounded selection, newest first,
/// so that most older posts are rejected by one comparison). Feed cost: O(poolSize) per pool read.
///
/// `@unchecked Sendable`: written only by `refresh` (serial apply phase) and `prepareWindow`
/// (serially, before each decide phase); read concurrently while deciding.
public final class CandidatePools: @unchecked Sendable {
    /// Posts kept per pool.
    public let poolSize: Int
    /// How old a candidate may be.
    public let candidateWindow: SimTime
    /// Half-life of the popularity decay used to rank `popular`.
    public let halfLife: SimTime
    /// Post count at the last refresh (0 before the first).
    public private(set) var watermark = 0
    /// First post id inside the candidate window at the last refresh.
    public private(set) var windowStart = 0
    /// Most popular posts at the last refresh, best first.
    public private(set) var popular: [UInt32] = []
    /// Hottest posts at the last refresh, best first.
    public private(set) var hot: [UInt32] = []
    /// Newest posts per topic at the last refresh, newest first.
    public private(set) var byTopic: [[UInt32]] = []
    /// Scratch of `rank`: the bounded selection of a pool's best posts.
    private let selection = CandidateList(capacity: 1)
    /// Whether a popular source reads the pools (so `refresh` ranks the popular pool and
    /// `prepareWindow` orders it).
    public var servesPopular = false
    /// Whether an interest source reads the pools (so `refresh` fills the topic pools and
    /// `prepareWindow` splits the tail by topic).
    public var servesInterest = false
    /// Whether a hot source reads the pools (so `refresh` ranks the hot pool).
    public var servesHot = false
    /// Pool and tail posts in popularity order for the prepared window (`prepareWindow`).
    public internal(set) var popularOrder: [UInt32] = []
    /// Per topic, the tail posts of the prepared window, newest first (`prepareWindow`).
    public internal(set) var tailByTopic: [[UInt32]] = []
    /// Post count the window orderings were prepared for; −1 when none are valid.
    var preparedPostCount = -1
    /// Scratch of `prepareWindow`'s popularity ordering.
    var windowRanking: [(score: Double, post: UInt32)] = []
    private var lastRefresh: SimTime?

    /// Creates empty pools.
    public init(poolSize: Int, candidateWindow: SimTime, halfLife: SimTime) {
        self.poolSize = max(1, poolSize)
        self.candidateWindow = candidateWindow
        self.halfLife = halfLife
    }

    /// Rebuilds every pool from the world at `time`. Idempotent for a given (world, time): sources
    /// sharing the pools may each ask for a refresh.
    public func refresh(world: WorldState, at time: SimTime) {
        if lastRefresh == time, watermark == world.posts.count { return }
        lastRefresh = time
        preparedPostCount = -1
        let posts = world.posts
        watermark = posts.count
        windowStart = PostScoring.firstPost(createdAtOrAfter: time.milliseconds - candidateWindow.milliseconds, in: posts)
        if servesPopular {
            rank(into: &popular, posts: posts) { PostScoring.popularity($0, in: posts, at: time, halfLife: halfLife) }
        } else {
            popular.removeAll(keepingCapacity: true)
        }
        if servesHot {
            rank(into: &hot, posts: posts) { PostScoring.hot($0, in: posts) }
        } else {
            hot.removeAll(keepingCapacity: true)
        }
        let topics = max(world.agents.topicCount, 1)
        if byTopic.count != topics { byTopic = Array(repeating: [], count: topics) }
        for k in 0..<topics { byTopic[k].removeAll(keepingCapacity: true) }
        guard servesInterest else { return }
        var index = watermark - 1
        while index >= windowStart {
            let topic = Int(posts.topic[index])
            if topic < topics, byTopic[topic].count < poolSize { byTopic[topic].append(UInt32(index)) }
            index -= 1
        }
    }

    /// Calls `body` with the posts appended since the last refresh, newest first, at most
    /// `poolSize` of them. O(poolSize).
    @inline(__always)
    public func forEachTail(postCount: Int, _ body: (Int) -> Void) {
        let first = max(watermark, postCount - poolSize, 0)
        var index = postCount - 1
        while index >= first {
            body(index)
            index -= 1
        }
    }

    /// Keeps in `pool` the `poolSize` window posts with the highest `score`, best first (ties: the
    /// higher post id first; the order `CandidateList` keeps). Newest first, so that the pool
    /// fills with the strongest candidates early and most older posts cost one comparison.
    /// O(W log poolSize) for W posts in the window; allocates nothing in the steady state.
    private func rank(into pool: inout [UInt32], posts: PostStore, score: (Int) -> Double) {
        selection.reset(limit: poolSize)
        var index = watermark - 1
        while index >= windowStart {
            selection.insertNew(PostID(index), score: score(index))
            index -= 1
        }
        pool.removeAll(keepingCapacity: true)
        for rank in 0..<selection.count { pool.append(selection.post(at: rank).rawValue) }
    }
}
