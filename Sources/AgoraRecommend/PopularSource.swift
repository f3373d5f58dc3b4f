import AgoraCore

/// `popular`: engagement-weighted with exponential time decay,
/// `(1 + likes + 2·shares + comments) · 2^(−age / half-life)`, scored at request time over the
/// popular pool of the last retrain plus the posts appended since (`CandidatePools`).
/// Complexity per feed: O(poolSize · log limit); no allocation.
public final class PopularSource: FeedSource {
    /// `popular`.
    public let name = "popular"
    /// The shared pools.
    public let pools: CandidatePools

    /// Creates the source over `pools`.
    public init(pools: CandidatePools) { self.pools = pools }

    /// Offers the most popular eligible posts.
    public func collect(_ request: FeedRequest, into list: CandidateList, scratch: FeedScratch, stream: inout RandomStream) {
        let posts = request.posts
        let time = request.time
        let halfLife = pools.halfLife
        let oldest = time.milliseconds - pools.candidateWindow.milliseconds
        for post in pools.popular { offer(Int(post), request: request, list: list, time: time, halfLife: halfLife) }
        pools.forEachTail(postCount: posts.count) { index in
            guard posts.createdAt[index] >= oldest else { return }
            offer(index, request: request, list: list, time: time, halfLife: halfLife)
        }
    }

    /// Offers one post; `1 + engagement` bounds the decayed score, so hopeless posts skip the decay.
    @inline(__always)
    private func offer(_ post: Int, request: FeedRequest, list: CandidateList, time: SimTime, halfLife: SimTime) {
        let weight = 1 + PostScoring.engagement(post, in: request.posts)
        guard list.wouldAccept(PostID(post), score: weight) else { return }
        let score = weight * PostScoring.decay(ageMilliseconds: time.milliseconds - request.posts.createdAt[post], halfLife: halfLife)
        request.offer(PostID(post), score: score, into: list)
    }

    /// Rebuilds the pools.
    public func retrain(world: WorldState, at time: SimTime) -> Int {
        pools.refresh(world: world, at: time)
        return 0
    }
}
