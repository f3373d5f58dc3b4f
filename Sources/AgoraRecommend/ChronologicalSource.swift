import AgoraCore

/// `chronological`: reverse-chronological, in-network — the newest posts (originals, reposts,
/// quotes, comments) written by the agent's followees since the agent's previous session.
///
/// "Since the previous session" is how timelines behave ("what's new since you last looked") and
/// keeps one post from being shown again in a later session even after the memory forgot it.
/// The score is the creation time, so the newest come first.
/// Complexity per feed: O(F + P · limit) for F followees and P of their posts newer than the
/// previous session (at most R = 8 per followee), plus eligibility checks; no allocation.
public final class ChronologicalSource: FeedSource {
    /// `chronological`.
    public let name = "chronological"

    /// Creates the source.
    public init() {}

    /// Offers the followees' newest posts since the agent's previous session.
    ///
    /// An agent's sessions never overlap and its actions are time-ordered, so the posts in one
    /// followee's ring get older as the ring is read newest first: the scan of a followee stops
    /// at its first post older than the previous session, or too old to beat the full list.
    public func collect(_ request: FeedRequest, into list: CandidateList, scratch: FeedScratch, stream: inout RandomStream) {
        let agents = request.world.agents
        let since = agents.lastSessionStart[request.agent.index]
        let now = request.time.milliseconds
        let createdAt = request.posts.createdAt
        let ring = agents.recentPosts
        let written = agents.postsWritten
        let capacity = agents.recentPostCapacity
        for followee in request.followees {
            let count = Int(written[Int(followee)])
            let base = Int(followee) * capacity
            guard count > 0 else { continue }
            var slot = (count - 1) % capacity
            for _ in 0..<min(count, capacity) {
                let post = PostID(ring[base + slot])
                slot = slot == 0 ? capacity - 1 : slot - 1
                let created = createdAt[post.index]
                if created > now { continue }
                if created <= since { break }
                let score = Double(created)
                if !list.wouldAccept(post, score: score) { break }
                request.offer(post, score: score, into: list)
            }
        }
    }

    /// Chronological feeds learn nothing.
    public func retrain(world: WorldState, at time: SimTime) -> Int { 0 }
}
