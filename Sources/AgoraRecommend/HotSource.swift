import AgoraCore

/// `hot`: Reddit's hot ranking, `sign(s)·log10(max(|s|, 1)) + t/45000` with `s = likes + shares`
/// (no down-votes exist) and `t` the creation time in seconds (`PostScoring.hot`), over the hot
/// pool of the last retrain plus the posts appended since.
/// Complexity per feed: O(poolSize · log limit); no allocation.
public final class HotSource: FeedSource {
    /// `hot`.
    public let name = "hot"
    /// The shared pools.
    public let pools: CandidatePools

    /// Creates the source over `pools`.
    public init(pools: CandidatePools) {
        self.pools = pools
        pools.servesHot = true
    }

    /// Offers the hottest eligible posts.
    public func collect(_ request: FeedRequest, into list: CandidateList, scratch: FeedScratch, stream: inout RandomStream) {
        let posts = request.posts
        let oldest = request.time.milliseconds - pools.candidateWindow.milliseconds
        for post in pools.hot {
            request.offer(PostID(post), score: PostScoring.hot(Int(post), in: posts), into: list)
        }
        pools.forEachTail(postCount: posts.count) { index in
            guard posts.createdAt[index] >= oldest else { return }
            request.offer(PostID(index), score: PostScoring.hot(index, in: posts), into: list)
        }
    }

    /// Rebuilds the pools.
    public func retrain(world: WorldState, at time: SimTime) -> Int {
        pools.refresh(world: world, at: time)
        return 0
    }
}
