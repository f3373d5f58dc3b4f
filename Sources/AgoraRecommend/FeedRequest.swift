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
    /// A 256-bit Bloom-style mask of the posts the agent remembers, so that the O(capacity)
    /// memory scan runs only for posts whose bit is set (≈ capacity/256 false positives).
    private var rememberedMask: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// Creates a request.
    public init(agent: AgentID, time: SimTime, world: WorldState, feedSize: Int, candidateLimit: Int, memoryWindow: SimTime) {
        self.agent = agent
        self.time = time
        self.world = world
        self.feedSize = feedSize
        self.candidateLimit = candidateLimit
        // Agents without memory (capacity 0) remember nothing the window could exclude.
        self.memoryWindow = world.memory.capacity > 0 ? memoryWindow : .zero
        self.posts = world.posts
        self.followees = world.graph.followees[agent.index]
        self.memory = world.memory
        self.mutes = world.mutes
        self.checksMutes = world.mutes.hasMutes(agent)
        if self.memoryWindow.milliseconds > 0 {
            var mask: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            world.memory.forEachItem(of: agent, at: time) { post, _, _ in
                let bit = FeedRequest.maskBit(post)
                switch bit >> 6 {
                case 0: mask.0 |= 1 << (bit & 63)
                case 1: mask.1 |= 1 << (bit & 63)
                case 2: mask.2 |= 1 << (bit & 63)
                default: mask.3 |= 1 << (bit & 63)
                }
            }
            rememberedMask = mask
        }
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
        if memoryWindow.milliseconds > 0, mightRemember(post), memory.sawRecently(post, by: agent, within: memoryWindow, before: time) {
            return false
        }
        return true
    }

    /// The mask bit of a post: the top 8 bits of a multiplicative hash of its id.
    @inline(__always)
    static func maskBit(_ post: PostID) -> UInt32 { (post.rawValue &* 0x9E37_79B1) >> 24 }

    /// Whether the agent may remember `post` (false means it certainly does not).
    @inline(__always)
    func mightRemember(_ post: PostID) -> Bool {
        let bit = FeedRequest.maskBit(post)
        let word: UInt64
        switch bit >> 6 {
        case 0: word = rememberedMask.0
        case 1: word = rememberedMask.1
        case 2: word = rememberedMask.2
        default: word = rememberedMask.3
        }
        return word & (1 << UInt64(bit & 63)) != 0
    }

    /// Inserts `post` into `list` when it would make the cut and is eligible. Returns whether it
    /// was inserted. A source offers each post at most once per list (its candidates are
    /// distinct by construction: one author's ring, disjoint pools and tail); sources that may
    /// draw a post twice check `list.contains` first.
    @inline(__always) @discardableResult
    public func offer(_ post: PostID, score: Double, into list: CandidateList) -> Bool {
        guard list.wouldAccept(post, score: score), isEligible(post) else { return false }
        return list.insertNew(post, score: score)
    }

    /// Whether the agent follows the author of `post` (the reposter, for a repost).
    @inline(__always)
    public func isInNetwork(_ post: PostID) -> Bool {
        FollowGraph.position(of: posts.author[post.index], in: followees).found
    }
}
