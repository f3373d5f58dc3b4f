import AgoraCore

/// One feed being built: who asks, when, against which world, and the eligibility rules every
/// source applies before a post may enter the candidate list.
///
/// A post is *eligible* for `agent` at `time` when it
/// - was created at or before `time` (the world can hold posts of sessions applied ahead);
/// - was not written by the agent, and its cascade root was not either (no reposts of its own posts);
/// - was not written by an author the agent muted, and its cascade root was not either;
/// - was not seen by the agent within the memory window (`AgentMemory.sawRecently`).
/// The cheap checks run first; the memory scan (O(memory capacity)) runs last.
public struct FeedRequest {
    /// The agent the feed is for.
    public let agent: AgentID
    /// When the feed is served.
    public let time: SimTime
    /// The world (read only).
    public let world: WorldState
    /// Posts the feed may hold.
    public let feedSize: Int
    /// Candidates ranked before re-ranking.
    public let candidateLimit: Int
    /// The "don't show again" window; zero turns the rule off.
    public let memoryWindow: SimTime
    /// The post store as of the request (a copy-on-write snapshot, so hot loops index plain arrays).
    public let posts: PostStore
    /// Sorted followees of the agent.
    public let followees: [UInt32]
    private let memory: AgentMemory
    private let mutes: MuteList
    private let checksMutes: Bool

    /// Creates a request.
    public init(agent: AgentID, time: SimTime, world: WorldState, feedSize: Int, candidateLimit: Int, memoryWindow: SimTime) {
        self.agent = agent
        self.time = time
        self.world = world
        self.feedSize = feedSize
        self.candidateLimit = candidateLimit
        self.memoryWindow = memoryWindow
        self.posts = world.posts
        self.followees = world.graph.followees[agent.index]
        self.memory = world.memory
        self.mutes = world.mutes
        self.checksMutes = world.mutes.hasMutes(agent)
    }

    /// Whether `post` may be shown to the agent (see the type's rules). O(1) + O(memory capacity).
    @inline(__always)
    public func isEligible(_ post: PostID) -> Bool {
        let i = post.index
        guard i < posts.count, posts.createdAt[i] <= time.milliseconds else { return false }
        let author = posts.author[i]
        let rootAuthor = posts.author[Int(posts.root[i])]
        let me = agent.rawValue
        guard author != me, rootAuthor != me else { return false }
        if checksMutes, mutes.isMuted(author, by: agent) || mutes.isMuted(rootAuthor, by: agent) { return false }
        if memoryWindow.milliseconds > 0, memory.sawRecently(post, by: agent, within: memoryWindow, before: time) {
            return false
        }
        return true
    }

    /// Inserts `post` into `list` when it would make the cut and is eligible. Returns whether it
    /// was inserted.
    @inline(__always) @discardableResult
    public func offer(_ post: PostID, score: Double, into list: CandidateList) -> Bool {
        guard list.wouldAccept(post, score: score), isEligible(post) else { return false }
        return list.insert(post, score: score)
    }

    /// Whether the agent follows the author of `post` (the reposter, for a repost).
    @inline(__always)
    public func isInNetwork(_ post: PostID) -> Bool {
        let author = posts.author[post.index]
        var low = 0
        var high = followees.count
        while low < high {
            let mid = (low + high) >> 1
            if followees[mid] < author { low = mid + 1 } else { high = mid }
        }
        return low < followees.count && followees[low] == author
    }
}
