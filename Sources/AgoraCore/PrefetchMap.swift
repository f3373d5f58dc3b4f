/// Where the world's hot columns live during one decide phase, for cache prefetch hints only.
///
/// Taken serially before each decide phase (`WorldState.prefetchMap()`), when no column can move
/// until the phase ends (deciding only reads the world). Hints read through these addresses only
/// to find what to hint next (followee ids, post counts, ring slots), always within the column's
/// length as the map recorded it; the followee lists are reached through `FolloweeListHints`. A
/// hint never changes a value, so decisions and traces do not depend on it.
///
/// Why not `withUnsafeBufferPointer` at each hint: reading a class's array property from two
/// decide threads retains it, and the atomic reference counts of the same few arrays bounce
/// between the cores (measured: the hints then cost more than the misses they hid).
public struct PrefetchMap: @unchecked Sendable {
    private let agentCount: Int
    private let sessionCount: UnsafeRawPointer?
    private let activity: UnsafeRawPointer?
    private let interests: UnsafeRawPointer?
    private let topicCount: Int
    private let followeeLists: FolloweeListHints
    private let postsWritten: UnsafeRawPointer?
    private let recentPosts: UnsafeRawPointer?
    private let recentPostCapacity: Int
    private let postCount: Int
    private let postCreatedAt: UnsafeRawPointer?
    private let postAuthor: UnsafeRawPointer?
    private let postRoot: UnsafeRawPointer?
    private let postTopic: UnsafeRawPointer?

    /// The map of `world`'s columns as they are now. O(1).
    init(world: WorldState) {
        agentCount = world.agentCount
        sessionCount = Prefetch.address(of: world.agents.sessionCount)
        activity = Prefetch.address(of: world.agents.attributes.activity)
        interests = Prefetch.address(of: world.agents.interests)
        topicCount = world.agents.topicCount
        followeeLists = FolloweeListHints(graph: world.graph)
        postsWritten = Prefetch.address(of: world.agents.postsWritten)
        recentPosts = Prefetch.address(of: world.agents.recentPosts)
        recentPostCapacity = world.agents.recentPostCapacity
        postCount = world.posts.count
        postCreatedAt = Prefetch.address(of: world.posts.createdAt)
        postAuthor = Prefetch.address(of: world.posts.author)
        postRoot = Prefetch.address(of: world.posts.root)
        postTopic = Prefetch.address(of: world.posts.topic)
    }

    /// Hints what deciding `agent`'s session reads at `stage` (see `Prefetch.Stage`): its own
    /// rows and its followee list's slot; the list; each followee's post count and ring; the
    /// columns of each followee's newest post. At most the first 64 followees are hinted.
    public func hint(_ agent: AgentID, stage: Prefetch.Stage) {
        let index = agent.index
        guard index < agentCount else { return }
        switch stage {
        case .agentRows:
            if let sessionCount { Prefetch.read(sessionCount + index * 4) }
            if let activity { Prefetch.read(activity + index * 4) }
            if let interests { Prefetch.read(interests + index * topicCount * 4) }
            followeeLists.hintSlot(index)
        case .lists:
            followeeLists.hintList(index)
        case .listMembers:
            guard let postsWritten, let recentPosts else { return }
            forEachFollowee(of: index) { followee in
                Prefetch.read(postsWritten + followee * 4)
                Prefetch.read(recentPosts + followee * recentPostCapacity * 4)
            }
        case .memberItems:
            guard let postsWritten, let recentPosts, let postCreatedAt, let postAuthor, let postRoot, let postTopic,
                  recentPostCapacity > 0 else { return }
            forEachFollowee(of: index) { followee in
                let written = Int(postsWritten.load(fromByteOffset: followee * 4, as: UInt32.self))
                guard written > 0 else { return }
                let slot = followee * recentPostCapacity + (written - 1) % recentPostCapacity
                let post = Int(recentPosts.load(fromByteOffset: slot * 4, as: UInt32.self))
                guard post < postCount else { return }
                Prefetch.read(postCreatedAt + post * 8)
                Prefetch.read(postAuthor + post * 4)
                Prefetch.read(postRoot + post * 4)
                Prefetch.read(postTopic + post * 2)
            }
        }
    }

    /// Calls `body` with each of the first 64 followees of agent `index` (ids below `agentCount`).
    @inline(__always)
    private func forEachFollowee(of index: Int, _ body: (Int) -> Void) {
        followeeLists.forEachFollowee(of: index, limit: 64) { followee in
            if followee < agentCount { body(followee) }
        }
    }
}

extension WorldState {
    /// The addresses of the hot columns for prefetch hints during the coming decide phase (call it
    /// serially, after the last change before that phase).
    public func prefetchMap() -> PrefetchMap { PrefetchMap(world: self) }
}

extension PrefetchMap: DecideHints {
    /// Hints what deciding `session`'s agent reads at `stage` (`hint(_:stage:)` above).
    @inline(__always)
    public func hint(_ session: ScheduledEvent, stage: Prefetch.Stage) { hint(AgentID(session.subject), stage: stage) }
}
