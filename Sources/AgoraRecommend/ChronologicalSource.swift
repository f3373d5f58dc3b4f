import AgoraCore

/// `chronological`: reverse-chronological, in-network — the newest posts (originals, reposts,
/// quotes, comments) written by the agent's followees since the agent's previous session.
///
/// "Since the previous session" is how timelines behave ("what's new since you last looked") and
/// keeps one post from being shown again in a later session even after the memory forgot it.
/// The score is the creation time, so the newest come first.
/// Complexity per feed: O(F · R · log limit) for F followees and R recent posts kept per agent,
/// plus the eligibility checks of posts that make the cut; no allocation.
public final class ChronologicalSource: FeedSource {
    /// `chronological`.
    public let name = "chronological"

    /// Creates the source.
    public init() {}

    /// Offers the followees' newest posts since the agent's previous session.
    public func collect(_ request: FeedRequest, into list: CandidateList, scratch: FeedScratch, stream: inout RandomStream) {
        let world = request.world
        let since = world.agents.lastSessionStart[request.agent.index]
        let now = request.time.milliseconds
        let createdAt = request.posts.createdAt
        let agents = world.agents
        for followee in request.followees {
            agents.forEachRecentPost(of: AgentID(followee)) { post in
                let created = createdAt[post.index]
                guard created > since, created <= now else { return }
                request.offer(post, score: Double(created), into: list)
            }
        }
    }

    /// Chronological feeds learn nothing.
    public func retrain(world: WorldState, at time: SimTime) -> Int { 0 }
}
