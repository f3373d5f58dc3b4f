import AgoraCore

/// A bounded list of scored candidate posts kept sorted best first, the working set of one feed.
///
/// Order: higher score first; equal scores put the higher (newer) post id first, so rankings
/// never depend on insertion order. Inserting is O(limit) (binary search plus a shift within a
/// small buffer); `wouldAccept` is O(1) and lets sources skip expensive checks for candidates that
/// cannot make the cut.
///
/// Storage is two manually managed buffers held in `let` properties: a class's `var` arrays would
/// pay Swift's dynamic exclusivity checks on every access, which profiling showed to be a quarter
/// of a feed's cost. Capacity only grows (in `reset`), so steady-state use allocates nothing.
/// `@unchecked Sendable`: owned by one decide thread at a time (it lives in a `FeedScratch`).
public final class CandidateList: @unchecked Sendable {
    private var ids: UnsafeMutablePointer<PostID>
    private var values: UnsafeMutablePointer<Double>
    private var capacity: Int
    /// Number of candidates held.
    public private(set) var count = 0
    /// Most candidates kept.
    public private(set) var limit = 0

    /// Creates an empty list with room for `capacity` candidates.
    public init(capacity: Int = 128) {
        self.capacity = max(1, capacity)
        ids = .allocate(capacity: self.capacity)
        values = .allocate(capacity: self.capacity)
    }

    deinit {
        ids.deallocate()
        values.deallocate()
    }

    /// Empties the list and sets how many candidates it keeps (growing the buffers if needed).
    public func reset(limit: Int) {
        count = 0
        self.limit = max(0, limit)
        if self.limit > capacity {
            ids.deallocate()
            values.deallocate()
            capacity = self.limit
            ids = .allocate(capacity: capacity)
            values = .allocate(capacity: capacity)
        }
    }

    /// The candidate at `index` (0 = best). `index` must be below `count`.
    @inline(__always)
    public func post(at index: Int) -> PostID { ids[index] }

    /// The score of the candidate at `index`. `index` must be below `count`.
    @inline(__always)
    public func score(at index: Int) -> Double { values[index] }

    /// The candidates, best first, as a new array (for tests and diagnostics; allocates).
    public var posts: [PostID] { (0..<count).map { ids[$0] } }

    /// The scores, best first, as a new array (allocates).
    public var scores: [Double] { (0..<count).map { values[$0] } }

    /// Whether a candidate with this score and id would enter the list. O(1).
    @inline(__always)
    public func wouldAccept(_ post: PostID, score: Double) -> Bool {
        guard limit > 0 else { return false }
        guard count >= limit else { return true }
        let last = values[count - 1]
        return score > last || (score == last && post > ids[count - 1])
    }

    /// The lowest score held when the list is full (what a newcomer must beat), or −∞.
    public var threshold: Double { count >= limit && limit > 0 ? values[count - 1] : -.infinity }

    /// Whether `post` is already held. O(count).
    @inline(__always)
    public func contains(_ post: PostID) -> Bool {
        for i in 0..<count where ids[i] == post { return true }
        return false
    }

    /// Inserts a candidate in order, evicting the worst when full. Duplicates, NaN and −∞ scores
    /// and candidates that do not make the cut are ignored. Returns whether it was inserted.
    /// O(limit).
    @discardableResult
    public func insert(_ post: PostID, score: Double) -> Bool {
        guard !contains(post) else { return false }
        return insertNew(post, score: score)
    }

    /// `insert` for a post the caller knows is not held (sources whose candidates are distinct
    /// by construction), skipping the O(count) duplicate scan. Returns whether it was inserted.
    @discardableResult
    public func insertNew(_ post: PostID, score: Double) -> Bool {
        guard score.isFinite || score == .infinity, wouldAccept(post, score: score) else { return false }
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) >> 1
            let s = values[mid]
            if s > score || (s == score && ids[mid] > post) { low = mid + 1 } else { high = mid }
        }
        // Shift [low, end) one place down, dropping the last element when full.
        var index = min(count, limit - 1)
        while index > low {
            ids[index] = ids[index - 1]
            values[index] = values[index - 1]
            index -= 1
        }
        ids[low] = post
        values[low] = score
        if count < limit { count += 1 }
        return true
    }
}
