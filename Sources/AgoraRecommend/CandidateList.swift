import AgoraCore

/// A bounded list of scored candidate posts kept sorted best first, the working set of one feed.
///
/// Order: higher score first; equal scores put the higher (newer) post id first, so rankings
/// never depend on insertion order. Inserting is O(limit) (binary search plus a shift within a
/// small array); `wouldAccept` is O(1) and lets sources skip expensive checks for candidates that
/// cannot make the cut. Capacity is kept across feeds, so steady-state use allocates nothing.
/// `@unchecked Sendable`: owned by one decide thread at a time (it lives in a `FeedScratch`).
public final class CandidateList: @unchecked Sendable {
    /// Candidate posts, best first.
    public private(set) var posts: [PostID] = []
    /// Scores parallel to `posts`.
    public private(set) var scores: [Double] = []
    /// Most candidates kept.
    public private(set) var limit: Int = 0

    /// Creates an empty list with room for `capacity` candidates.
    public init(capacity: Int = 128) {
        posts.reserveCapacity(capacity)
        scores.reserveCapacity(capacity)
    }

    /// Number of candidates held.
    @inlinable public var count: Int { posts.count }

    /// Empties the list and sets how many candidates it keeps.
    public func reset(limit: Int) {
        posts.removeAll(keepingCapacity: true)
        scores.removeAll(keepingCapacity: true)
        self.limit = max(0, limit)
    }

    /// Whether a candidate with this score and id would enter the list. O(1).
    @inline(__always)
    public func wouldAccept(_ post: PostID, score: Double) -> Bool {
        guard limit > 0 else { return false }
        guard posts.count >= limit else { return true }
        let last = scores[posts.count - 1]
        return score > last || (score == last && post > posts[posts.count - 1])
    }

    /// The lowest score held when the list is full (what a newcomer must beat), or −∞.
    public var threshold: Double { posts.count >= limit && limit > 0 ? scores[posts.count - 1] : -.infinity }

    /// Whether `post` is already held. O(count).
    public func contains(_ post: PostID) -> Bool { posts.contains(post) }

    /// Inserts a candidate in order, evicting the worst when full. Duplicates and candidates
    /// that do not make the cut are ignored. Returns whether it was inserted. O(limit).
    @discardableResult
    public func insert(_ post: PostID, score: Double) -> Bool {
        guard score.isFinite || score == .infinity, wouldAccept(post, score: score), !posts.contains(post) else { return false }
        var low = 0
        var high = posts.count
        while low < high {
            let mid = (low + high) >> 1
            let s = scores[mid]
            if s > score || (s == score && posts[mid] > post) { low = mid + 1 } else { high = mid }
        }
        if posts.count >= limit {
            posts.removeLast()
            scores.removeLast()
        }
        posts.insert(post, at: low)
        scores.insert(score, at: low)
        return true
    }
}
