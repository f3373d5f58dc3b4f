import AgoraCore

/// A bounded list of scored candidate posts, read best first: the working set of one feed.
///
/// Order: higher score first; equal scores put the higher (newer) post id first, so rankings
/// never depend on insertion order. While candidates are collected the buffers hold a binary
/// min-heap (the worst candidate at the root), so inserting is O(log limit) and `wouldAccept` and
/// `threshold` are O(1); the first read by rank (`post(at:)`, `score(at:)`) sorts the heap in
/// place (heapsort, O(limit log limit), no allocation), and a later insert turns the sorted list
/// back into a heap in O(limit). `wouldAccept` lets sources skip expensive checks for candidates
/// that cannot make the cut.
///
/// Storage is one manually managed buffer of (score, post) entries, so that a heap step reads and
/// moves one 16-byte entry rather than touching two arrays; a class's `var` arrays would pay
/// Swift's dynamic exclusivity checks on every access, which profiling showed to be a quarter of
/// a feed's cost. The heap's sifts move a hole instead of swapping (one write per level).
/// Capacity only grows (in `reset`), so steady-state use allocates nothing.
/// `@unchecked Sendable`: owned by one decide thread at a time (it lives in a `FeedScratch`).
public final class CandidateList: @unchecked Sendable {
    /// One candidate: its score and post.
    private struct Entry {
        var score: Double
        var post: PostID

        /// Whether this candidate ranks below `other` (lower score, or equal score and lower id).
        @inline(__always)
        func isWorse(than other: Entry) -> Bool {
            score < other.score || (score == other.score && post < other.post)
        }
    }

    private var entries: UnsafeMutablePointer<Entry>
    private var capacity: Int
    /// Whether the buffers are sorted best first (else they are a min-heap).
    private var sorted = true
    /// A 1,024-bit filter of the posts ever inserted since `reset` (bit = hash of the id), so that
    /// `contains` answers most "no"s without scanning. Evictions leave their bit set: a set bit
    /// only means "scan to be sure", so answers stay exact.
    private let seen: UnsafeMutablePointer<UInt64>
    private static let seenWords = 16
    /// Number of candidates held.
    public private(set) var count = 0
    /// Most candidates kept.
    public private(set) var limit = 0

    /// Creates an empty list with room for `capacity` candidates.
    public init(capacity: Int = 128) {
        self.capacity = max(1, capacity)
        entries = .allocate(capacity: self.capacity)
        seen = .allocate(capacity: Self.seenWords)
        seen.initialize(repeating: 0, count: Self.seenWords)
    }

    deinit {
        entries.deallocate()
        seen.deallocate()
    }

    /// The filter bit of `post`: a multiplicative hash's top 10 bits.
    @inline(__always)
    private static func seenBit(_ post: PostID) -> Int { Int((post.rawValue &* 0x9E37_79B1) >> 22) }

    /// Empties the list and sets how many candidates it keeps (growing the buffers if needed).
    public func reset(limit: Int) {
        if count > 0 { seen.update(repeating: 0, count: Self.seenWords) }
        count = 0
        sorted = true
        self.limit = max(0, limit)
        if self.limit > capacity {
            entries.deallocate()
            capacity = self.limit
            entries = .allocate(capacity: capacity)
        }
    }

    /// The candidate at `index` (0 = best). `index` must be below `count`.
    @inline(__always)
    public func post(at index: Int) -> PostID {
        if !sorted { sortBestFirst() }
        return entries[index].post
    }

    /// The score of the candidate at `index`. `index` must be below `count`.
    @inline(__always)
    public func score(at index: Int) -> Double {
        if !sorted { sortBestFirst() }
        return entries[index].score
    }

    /// The candidates, best first, as a new array (for tests and diagnostics; allocates).
    public var posts: [PostID] { (0..<count).map { post(at: $0) } }

    /// The scores, best first, as a new array (allocates).
    public var scores: [Double] { (0..<count).map { score(at: $0) } }

    /// The slot of the worst candidate held: the heap's root, or the end of the sorted list.
    @inline(__always)
    private var worst: Int { sorted ? count - 1 : 0 }

    /// Whether a candidate with this score and id would enter the list. O(1).
    @inline(__always)
    public func wouldAccept(_ post: PostID, score: Double) -> Bool {
        guard limit > 0 else { return false }
        guard count >= limit else { return true }
        let last = entries[worst]
        return score > last.score || (score == last.score && post > last.post)
    }

    /// The lowest score held when the list is full (what a newcomer must beat), or −∞.
    public var threshold: Double { count >= limit && limit > 0 ? entries[worst].score : -.infinity }

    /// Whether `post` is already held. O(1) for most posts not held (filter), else O(count).
    @inline(__always)
    public func contains(_ post: PostID) -> Bool {
        let bit = Self.seenBit(post)
        guard seen[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
        for i in 0..<count where entries[i].post == post { return true }
        return false
    }

    /// Inserts a candidate, evicting the worst when full. Duplicates, NaN and −∞ scores and
    /// candidates that do not make the cut are ignored. Returns whether it was inserted.
    /// O(count) for the duplicate scan.
    @discardableResult
    public func insert(_ post: PostID, score: Double) -> Bool {
        guard !contains(post) else { return false }
        return insertNew(post, score: score)
    }

    /// `insert` for a post the caller knows is not held (sources whose candidates are distinct
    /// by construction), skipping the O(count) duplicate scan. Returns whether it was inserted.
    /// O(log limit) (plus O(limit) once after a read by rank).
    @discardableResult
    public func insertNew(_ post: PostID, score: Double) -> Bool {
        guard score.isFinite || score == .infinity, wouldAccept(post, score: score) else { return false }
        if sorted { makeHeap() }
        let bit = Self.seenBit(post)
        seen[bit >> 6] |= 1 << UInt64(bit & 63)
        let entry = Entry(score: score, post: post)
        if count < limit {
            count += 1
            siftUp(entry, from: count - 1)
        } else {
            siftDown(entry, from: 0, end: count)
        }
        return true
    }
}

extension CandidateList {
    @inline(__always)
    private func swapSlots(_ a: Int, _ b: Int) {
        let entry = entries[a]
        entries[a] = entries[b]
        entries[b] = entry
    }

    /// Places `entry` at the hole `start` and moves it up while it ranks below its parent.
    private func siftUp(_ entry: Entry, from start: Int) {
        var hole = start
        while hole > 0 {
            let parent = (hole - 1) >> 1
            let above = entries[parent]
            guard entry.isWorse(than: above) else { break }
            entries[hole] = above
            hole = parent
        }
        entries[hole] = entry
    }

    /// Places `entry` at the hole `start` and moves it down while a child ranks below it.
    private func siftDown(_ entry: Entry, from start: Int, end: Int) {
        var hole = start
        while true {
            let left = 2 * hole + 1
            guard left < end else { break }
            var smallest = left
            var child = entries[left]
            if left + 1 < end {
                let right = entries[left + 1]
                if right.isWorse(than: child) { smallest = left + 1; child = right }
            }
            guard child.isWorse(than: entry) else { break }
            entries[hole] = child
            hole = smallest
        }
        entries[hole] = entry
    }

    /// Turns the best-first list into a min-heap: reversed, it is sorted worst first, which is a
    /// valid min-heap. O(count).
    private func makeHeap() {
        var low = 0
        var high = count - 1
        while low < high {
            swapSlots(low, high)
            low += 1
            high -= 1
        }
        sorted = false
    }

    /// Heapsort of the min-heap: the worst goes to the end, then the next worst, … so the buffer
    /// ends best first. In place, O(count log count).
    private func sortBestFirst() {
        var end = count
        while end > 1 {
            end -= 1
            let last = entries[end]
            entries[end] = entries[0]
            siftDown(last, from: 0, end: end)
        }
        sorted = true
    }
}
