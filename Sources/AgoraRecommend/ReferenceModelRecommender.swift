import AgoraCore

/// `reference`: the feed of the benchmark reference model (`bench/reference-model.md`) — the
/// `inNetworkCount` most recent posts written by agents the agent follows, newest first, then the
/// `outOfNetworkCount` most recent posts on the whole platform written by agents it does not
/// follow (15 + 5 for the model's feed of 20). Posts the agent wrote are excluded from both; a
/// feed is shorter when fewer posts exist.
///
/// Every post passes `FeedRequest.isEligible` (created by then, not its own, no muted author,
/// not seen within `memoryWindow`). Built from settings, `memoryWindow` is 0 whatever
/// `recommender.memory_window` says: the model re-shows the newest posts, so this is the one
/// recommender that does not keep the contract's "not seen recently" rule.
///
/// Post ids are assigned in apply order, which is time order, so "most recent" is "largest id".
/// A followee's posts are read from its ring of recent posts (`AgentStore.recentPosts`, 8 per
/// agent): an author with more than 8 posts newer than the 15th newest of the in-network part
/// contributes only its 8 newest (rare in the model: λ ≤ 50 sessions/day and p = 0.3).
/// Complexity per feed: O(F · R + I · log F) for F followees, R = ring capacity and I posts
/// scanned from the newest until `outOfNetworkCount` qualify; no allocation (the scratch's
/// candidate list is reused).
public final class ReferenceModelRecommender: Recommender {
    /// `reference`.
    public let name = "reference"
    /// Posts per feed (`inNetworkCount + outOfNetworkCount`).
    public let feedSize: Int
    /// Slots for the newest posts of followees (15 in the model).
    public let inNetworkCount: Int
    /// Slots for the newest platform posts by non-followees (5 in the model).
    public let outOfNetworkCount: Int
    /// The "don't show again" window (0 in the reference world: the model has no such rule).
    public let memoryWindow: SimTime

    /// Creates the recommender; `outOfNetworkShare` of the feed (rounded) is out of network.
    public init(feedSize: Int = 20, outOfNetworkShare: Double = 0.25, memoryWindow: SimTime = .zero) {
        self.feedSize = max(1, feedSize)
        let outOfNetwork = Int((Double(self.feedSize) * min(1, max(0, outOfNetworkShare))).rounded())
        self.outOfNetworkCount = outOfNetwork
        self.inNetworkCount = self.feedSize - outOfNetwork
        self.memoryWindow = memoryWindow
    }

    /// Fills the feed: newest followee posts, then newest non-followee posts.
    public func fillFeed(
        for agent: AgentID, at time: SimTime, world: WorldState, scratch: FeedScratch,
        stream: inout RandomStream, into feed: inout [PostID]
    ) {
        guard agent.index < world.agentCount else { return }
        let request = FeedRequest(agent: agent, time: time, world: world, feedSize: feedSize,
                                  candidateLimit: feedSize, memoryWindow: memoryWindow)
        let list = scratch.ranked
        list.reset(limit: inNetworkCount)
        if inNetworkCount > 0 { collectInNetwork(request, into: list) }
        for index in 0..<list.count { feed.append(list.post(at: index)) }
        guard outOfNetworkCount > 0 else { return }
        var taken = 0
        var index = request.posts.count - 1
        while index >= 0 && taken < outOfNetworkCount {
            let post = PostID(UInt32(index))
            index -= 1
            if request.isInNetwork(post) || !request.isEligible(post) { continue }
            feed.append(post)
            taken += 1
        }
    }

    /// Offers each followee's ring of recent posts, newest first, scored by post id; a
    /// followee's scan stops at the first post too old to beat the full list.
    private func collectInNetwork(_ request: FeedRequest, into list: CandidateList) {
        let agents = request.world.agents
        let ring = agents.recentPosts
        let written = agents.postsWritten
        let capacity = agents.recentPostCapacity
        for followee in request.followees {
            let count = Int(written[Int(followee)])
            guard count > 0 else { continue }
            let base = Int(followee) * capacity
            var slot = (count - 1) % capacity
            for _ in 0..<min(count, capacity) {
                let post = PostID(ring[base + slot])
                slot = slot == 0 ? capacity - 1 : slot - 1
                let score = Double(post.rawValue)
                if !list.wouldAccept(post, score: score) { break }
                request.offer(post, score: score, into: list)
            }
        }
    }

    /// The reference model learns nothing.
    @discardableResult
    public func retrain(world: WorldState, at time: SimTime) -> Int { 0 }
}
