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
    public init(pools: CandidatePools) {
        self.pools = pools
        pools.servesPopular = true
    }

    /// Offers the most popular eligible posts.
    public func collect(_ request: FeedRequest, into list: CandidateList, scratch: FeedScratch, stream: inout RandomStream) {
        let posts = request.posts
        let time = request.time
        let halfLife = pools.halfLife
        let oldest = time.milliseconds - pools.candidateWindow.milliseconds
        if pools.isPrepared(postCount: posts.count) {
            // Popularity order of the window (`CandidatePools.prepareWindow`): once a post scores
            // clearly below the list's threshold, every later one does too. The 1e-9 margin covers
            // the rounding of the order key, so the stop never drops a post that could enter.
            let watermark = pools.watermark
            for post in pools.popularOrder {
                let index = Int(post)
                if index >= watermark, posts.createdAt[index] < oldest { continue }
                let score = (1 + PostScoring.engagement(index, in: posts))
                    * PostScoring.decay(ageMilliseconds: time.milliseconds - posts.createdAt[index], halfLife: halfLife)
                if score < list.threshold * (1 - 1e-9) { break }
                request.offer(PostID(index), score: score, into: list)
            }
            return
        }
        for post in pools.popular { offer(Int(post), request: request, list: list, time: time, halfLife: halfLife) }
        pools.forEachTail(postCount: posts.count) { index in
            guard posts.createdAt[index] >= oldest else { return }
            offer(index, request: request, list: list, time: time, halfLife: halfLife)
        }
    }

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
