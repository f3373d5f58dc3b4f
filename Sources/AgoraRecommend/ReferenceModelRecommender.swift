import AgoraCore

/// `reference`: the feed of the benchmark reference model (`bench/reference-model.md`) — the
/// `inNetworkCount` most recent posts written by agents the agent follows, newest first, then the
/// `outOfNetworkCount` most recent posts on the whole platform written by agents it does not
/// follow (15 + 5 for the model's feed of 20). Posts the agent wrote are excluded from both; a
/// feed is shorter when fewer posts exist.
///
/// Every post is eligible in the sense of `FeedRequest.isEligible` (created by then, not its
/// own, no muted author, not seen within `memoryWindow`), so the recommender contract holds. The
/// model itself re-shows the newest posts, so the reference world sets `memory_window: 1ms`: the
/// agent memory keeps whole seconds, and a post seen at time t counts as seen within w before t'
/// only if t' − w < ⌊t⌋ₛ ≤ t, i.e. t' < t + w; two sessions of one agent are at least 1 ms apart,
/// so a 1 ms window never excludes anything and the feed takes the fast path below.
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
    /// The "don't show again" window (1 ms in the reference world: never excludes a post).
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
    ///
    /// Reads the world's columns through buffer pointers taken once per feed: copying `PostStore`
    /// or `AgentStore` (as `FeedRequest` does) costs one atomic retain and release per column, and
    /// on two decide threads those reference counts bounce between the cores. With mutes or a
    /// memory window above 1 ms it takes the general path (`FeedRequest.isEligible`).
    public func fillFeed(
        for agent: AgentID, at time: SimTime, world: WorldState, scratch: FeedScratch,
        stream: inout RandomStream, into feed: inout [PostID]
    ) {
        guard agent.index < world.agentCount else { return }
        // Agents without memory (capacity 0) have nothing the window could exclude.
        if (memoryWindow.milliseconds > 1 && world.memory.capacity > 0) || world.mutes.hasMutes(agent) {
            fillFeedCheckingEveryRule(for: agent, at: time, world: world, scratch: scratch, into: &feed)
            return
        }
        let list = scratch.ranked
        list.reset(limit: inNetworkCount)
        let me = agent.rawValue
        let now = time.milliseconds
        let capacity = world.agents.recentPostCapacity
        world.graph.followees[agent.index].withUnsafeBufferPointer { followees in
            world.posts.author.withUnsafeBufferPointer { authors in
                world.posts.root.withUnsafeBufferPointer { roots in
                    world.posts.createdAt.withUnsafeBufferPointer { createdAt in
                        // Eligible: written by then, and neither it nor its cascade root is the agent's.
                        func isEligible(_ index: Int) -> Bool {
                            createdAt[index] <= now && authors[index] != me && authors[Int(roots[index])] != me
                        }
                        if inNetworkCount > 0 {
                            world.agents.recentPosts.withUnsafeBufferPointer { ring in
                                world.agents.postsWritten.withUnsafeBufferPointer { written in
                                    for followee in followees {
                                        let count = Int(written[Int(followee)])
                                        guard count > 0 else { continue }
                                        let base = Int(followee) * capacity
                                        var slot = (count - 1) % capacity
                                        for _ in 0..<min(count, capacity) {
                                            let post = ring[base + slot]
                                            slot = slot == 0 ? capacity - 1 : slot - 1
                                            let score = Double(post)
                                            if !list.wouldAccept(PostID(post), score: score) { break }
                                            if isEligible(Int(post)) { list.insertNew(PostID(post), score: score) }
                                        }
                                    }
                                }
                            }
                        }
                        for index in 0..<list.count { feed.append(list.post(at: index)) }
                        var taken = 0
                        var index = authors.count - 1
                        while index >= 0 && taken < outOfNetworkCount {
                            defer { index -= 1 }
                            guard isEligible(index), !FollowGraph.position(of: authors[index], in: followees).found else { continue }
                            feed.append(PostID(UInt32(index)))
                            taken += 1
                        }
                    }
                }
            }
        }
    }

    /// The same feed with every eligibility rule of `FeedRequest` (mutes, memory window).
    private func fillFeedCheckingEveryRule(for agent: AgentID, at time: SimTime, world: WorldState, scratch: FeedScratch,
                                           into feed: inout [PostID]) {
        let request = FeedRequest(agent: agent, time: time, world: world, feedSize: feedSize,
                                  candidateLimit: feedSize, memoryWindow: memoryWindow)
        let list = scratch.ranked
        list.reset(limit: inNetworkCount)
        if inNetworkCount > 0 { collectInNetwork(request, into: list) }
        for index in 0..<list.count { feed.append(list.post(at: index)) }
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
