import AgoraCore

/// Repetition of one cascade (a post and its reposts and quotes, which share a root) within and
/// across sessions.
///
/// A reverse-chronological timeline shows every followee's repost of a popular post as its own
/// item, and the shared memory only changes in the apply phase, so without these rules an agent
/// could meet the same cascade many times in one session, each time as fresh, and reshare it each
/// time. Platforms show one retweet per tweet and let a user retweet a tweet once; these checks
/// give the behaviour the same two limits (docs/behaviour-model.md §4 and §7).
extension RuleBehaviour {
    /// How far back in the session the repetition check looks (feed positions): bounds its cost
    /// for very long feeds.
    static let sessionRepetitionWindow = 64

    /// Whether the cascade `root` was already shown at one of the previous positions of this
    /// session's feed (at most `sessionRepetitionWindow` back). O(window), no allocation.
    @inline(__always)
    func cascadeSeenEarlier(root: UInt32, feed: [PostID], before position: Int, roots: [UInt32]) -> Bool {
        var j = position - 1
        let stop = max(0, position - Self.sessionRepetitionWindow)
        while j >= stop {
            if roots[feed[j].index] == root { return true }
            j -= 1
        }
        return false
    }

    /// Whether `agent` already shared (reposted or quoted) the cascade `root` among the posts of
    /// its recent-posts ring (`AgentStore.recentPosts`, the last `recentPostCapacity` posts it
    /// created). O(ring capacity), no allocation.
    @inline(__always)
    func hasShared(root: UInt32, agent: AgentID, agents: AgentStore, posts: PostStore) -> Bool {
        let roots = posts.root
        let capacity = agents.recentPostCapacity
        let written = min(Int(agents.postsWritten[agent.index]), capacity)
        let base = agent.index * capacity
        for slot in 0..<written {
            let post = Int(agents.recentPosts[base + slot])
            if post < roots.count, roots[post] == root, posts.creationKind[post] != .comment { return true }
        }
        return false
    }
}
