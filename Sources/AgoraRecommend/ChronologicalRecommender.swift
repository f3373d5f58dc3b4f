import AgoraCore

/// Reverse-chronological in-network feed: the newest posts (originals and reposts) written by the
/// agent's followees since the agent's previous session, newest first, at most `feedSize`.
///
/// "Since the previous session" is how timelines behave ("what's new since you last looked") and
/// keeps one post from being shown to the same agent in two sessions through the same followee.
/// Posts whose cascade root was written by the agent are left out, and a cascade appears at most
/// once per feed (the newest share of it wins).
///
/// Complexity per feed: O(F · R + F · R · k) worst case, O(F · R) typically, for F followees, R
/// recent posts kept per agent and k = feed size; no allocation.
public final class ChronologicalRecommender: Recommender {
    /// `chronological`.
    public let name = "chronological"
    /// Posts per feed.
    public let feedSize: Int

    /// Creates the recommender.
    public init(feedSize: Int) {
        precondition(feedSize > 0, "feed size must be positive")
        self.feedSize = feedSize
    }

    /// Fills the feed with the newest in-network posts since the agent's previous session.
    public func fillFeed(
        for agent: AgentID, at time: SimTime, world: WorldState, scratch: FeedScratch,
        stream: inout RandomStream, into feed: inout [PostID]
    ) {
        scratch.reset()
        let since = world.agents.lastSessionStart[agent.index]
        let posts = world.posts
        for followee in world.graph.followees[agent.index] {
            world.agents.forEachRecentPost(of: AgentID(followee)) { post in
                let created = posts.createdAt[post.index]
                guard created > since, created <= time.milliseconds else { return }
                guard posts.author[Int(posts.root[post.index])] != agent.rawValue else { return }
                insertByRecency(post, created: created, into: scratch)
            }
        }
        var taken = 0
        for candidate in scratch.candidates where taken < feedSize {
            let root = posts.root[candidate.index]
            if feed.contains(where: { posts.root[$0.index] == root }) { continue }
            feed.append(candidate)
            taken += 1
        }
    }

    /// Chronological feeds learn nothing.
    public func retrain(world: WorldState, at time: SimTime) {}

    /// Keeps `scratch` sorted newest first (ties: higher post id first), bounded to a multiple of
    /// the feed size so duplicates of a cascade can still be skipped.
    private func insertByRecency(_ post: PostID, created: Int64, into scratch: FeedScratch) {
        let bound = feedSize * 2
        var index = scratch.candidates.count
        while index > 0 {
            let t = scratch.scores[index - 1]
            if t > created || (t == created && scratch.candidates[index - 1] > post) { break }
            index -= 1
        }
        guard index < bound else { return }
        scratch.candidates.insert(post, at: index)
        scratch.scores.insert(created, at: index)
        if scratch.candidates.count > bound {
            scratch.candidates.removeLast()
            scratch.scores.removeLast()
        }
    }
}
