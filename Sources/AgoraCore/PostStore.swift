/// Every post of a run, struct-of-arrays, indexed by `PostID`.
///
/// Posts are appended in creation order (ids are dense), so a parent's id is always smaller than
/// its children's. Appending is amortized O(1); counters are updated in place. The store is
/// mutated only in the scheduler's serial apply phase and read concurrently while deciding.
public struct PostStore: Sendable {
    /// Author of each post.
    public private(set) var author: [UInt32] = []
    /// Creation time (ms) of each post.
    public private(set) var createdAt: [Int64] = []
    /// Parent post (`PostID.none.rawValue` for an original post).
    public private(set) var parent: [UInt32] = []
    /// Root of the cascade the post belongs to (itself for an original post).
    public private(set) var root: [UInt32] = []
    /// Topic index of each post.
    public private(set) var topic: [UInt16] = []
    /// Stance of each post in `[-1, 1]`.
    public private(set) var stance: [Float] = []
    /// Which kind created it (`post`, `repost`, `quote`, `comment`).
    public private(set) var creationKind: [EventKind] = []
    /// Likes received.
    public var likes: [UInt32] = []
    /// Reposts and quotes received (direct children that share it).
    public var shares: [UInt32] = []
    /// Comments received.
    public var comments: [UInt32] = []
    /// The written text of posts that have one (LLM-written posts), by post id; most posts have
    /// none. Looked up by id only, never iterated.
    public var texts: [UInt32: String] = [:]

    /// Creates an empty store.
    public init() {}

    /// Number of posts.
    @inlinable public var count: Int { author.count }

    /// Appends a post and returns its id. Amortized O(1).
    ///
    /// - Parameters:
    ///   - parent: the post it reposts, quotes or comments on, or `nil` for an original post;
    ///     the root is inherited from the parent.
    public mutating func append(
        author: AgentID, at time: SimTime, kind: EventKind, parent: PostID?, topic: UInt16, stance: Float
    ) -> PostID {
        let id = UInt32(self.author.count)
        self.author.append(author.rawValue)
        createdAt.append(time.milliseconds)
        if let parent {
            self.parent.append(parent.rawValue)
            root.append(root[parent.index])
        } else {
            self.parent.append(PostID.none.rawValue)
            root.append(id)
        }
        self.topic.append(topic)
        self.stance.append(stance)
        creationKind.append(kind)
        likes.append(0)
        shares.append(0)
        comments.append(0)
        return PostID(id)
    }

    /// Reserves room for `capacity` posts so a run does not reallocate while it warms up.
    public mutating func reserveCapacity(_ capacity: Int) {
        author.reserveCapacity(capacity)
        createdAt.reserveCapacity(capacity)
        parent.reserveCapacity(capacity)
        root.reserveCapacity(capacity)
        topic.reserveCapacity(capacity)
        stance.reserveCapacity(capacity)
        creationKind.reserveCapacity(capacity)
        likes.reserveCapacity(capacity)
        shares.reserveCapacity(capacity)
        comments.reserveCapacity(capacity)
    }
}
