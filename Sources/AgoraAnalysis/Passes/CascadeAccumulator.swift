import AgoraCore

/// Posts, their authors and their cascades, from one streaming pass over a trace.
///
/// A cascade is the tree of one original post (`post`, or a post-creating event whose parent is
/// −1 or not in the trace) and every post created from it through `repost`, `quote` or `comment`
/// events, following parents to the root (the `cascades.*` metrics are declared in
/// `MetricDefinition+Engagement.swift`):
/// - size: posts in the tree, the root included (1 = never reshared or answered);
/// - depth: the largest number of parent links from a post of the tree to its root (0 alone);
/// - breadth: the largest number of posts at one depth level (1 alone).
/// The accumulator also counts, per author, the traced impressions of their posts (attention) and
/// the reposts of their posts (virality), and per agent the original posts written (activity).
///
/// Memory: per post id (ids are dense from 0) author, root, depth, stance and per-root size and
/// depth; a dictionary over (root, depth) for breadth. Time: O(1) amortized per event.
struct CascadeAccumulator {
    private(set) var author: [UInt32] = []
    private(set) var stance: [Float] = []
    private var root: [UInt32] = []
    private var depth: [UInt16] = []
    private(set) var known: [Bool] = []
    private var cascadeSize: [Int32] = []
    private var cascadeDepth: [UInt16] = []
    private var levelCounts: [UInt64: Int32] = [:]
    private var cascadeBreadth: [Int32] = []
    /// Original posts written per agent.
    private(set) var postsBy: [Int] = []
    /// Reposts received per agent (reposts whose parent the agent wrote).
    private(set) var repostsReceived: [Int] = []
    /// Traced impressions of each author's posts.
    private(set) var impressionsReceived: [Int] = []
    private(set) var impressionsTotal = 0

    private static let unknown = UInt32.max

    init(agentCount: Int) {
        postsBy = [Int](repeating: 0, count: agentCount)
        repostsReceived = postsBy
        impressionsReceived = postsBy
    }

    private mutating func growAgents(_ agent: Int) {
        guard agent >= postsBy.count else { return }
        let extra = agent + 1 - postsBy.count
        postsBy.append(contentsOf: repeatElement(0, count: extra))
        repostsReceived.append(contentsOf: repeatElement(0, count: extra))
        impressionsReceived.append(contentsOf: repeatElement(0, count: extra))
    }

    private mutating func growPosts(_ post: Int) {
        guard post >= author.count else { return }
        let extra = post + 1 - author.count
        author.append(contentsOf: repeatElement(Self.unknown, count: extra))
        stance.append(contentsOf: repeatElement(0, count: extra))
        root.append(contentsOf: repeatElement(Self.unknown, count: extra))
        depth.append(contentsOf: repeatElement(0, count: extra))
        known.append(contentsOf: repeatElement(false, count: extra))
        cascadeSize.append(contentsOf: repeatElement(0, count: extra))
        cascadeDepth.append(contentsOf: repeatElement(0, count: extra))
        cascadeBreadth.append(contentsOf: repeatElement(0, count: extra))
    }

    /// The author of a post, or `nil` when the post was not created in the trace.
    @inline(__always) func authorOf(_ post: UInt32) -> Int? {
        let p = Int(post)
        guard p < author.count, known[p] else { return nil }
        return Int(author[p])
    }

    /// A post-creating event (`post`, `repost`, `quote`, `comment`).
    mutating func created(kind: UInt8, author agent: UInt32, post: UInt32, parent: Int64, packed: Int64) {
        let a = Int(agent)
        let p = Int(post)
        growAgents(a)
        growPosts(p)
        author[p] = agent
        stance[p] = PostAttributesPacking.stance(packed)
        known[p] = true
        if kind == EventKind.post.rawValue { postsBy[a] += 1 }
        if parent >= 0, parent < Int64(author.count), known[Int(parent)] {
            let q = Int(parent)
            if kind == EventKind.repost.rawValue { repostsReceived[Int(author[q])] += 1 }
            let r = root[q]
            let level = depth[q] &+ 1
            root[p] = r
            depth[p] = level
            cascadeSize[Int(r)] += 1
            if level > cascadeDepth[Int(r)] { cascadeDepth[Int(r)] = level }
            let key = UInt64(r) << 16 | UInt64(level)
            let count = (levelCounts[key] ?? 0) + 1
            levelCounts[key] = count
            if count > cascadeBreadth[Int(r)] { cascadeBreadth[Int(r)] = count }
        } else {
            root[p] = post
            depth[p] = 0
            cascadeSize[p] = 1
            cascadeBreadth[p] = 1
        }
    }

    /// A traced impression of `post`.
    mutating func impression(post: UInt32) {
        guard let a = authorOf(post) else { return }
        impressionsReceived[a] += 1
        impressionsTotal += 1
    }

    /// The cascades: (root post id, size, depth, breadth), in root order.
    func cascades() -> [(root: Int, size: Int, depth: Int, breadth: Int)] {
        var result: [(root: Int, size: Int, depth: Int, breadth: Int)] = []
        for p in 0..<author.count where known[p] && root[p] == UInt32(p) {
            result.append((p, Int(cascadeSize[p]), Int(cascadeDepth[p]), Int(cascadeBreadth[p])))
        }
        return result
    }

    /// Share of traced impressions going to the posts of the top 1% of authors (authors = agents
    /// with at least one post-creating event; top k = ⌈authors / 100⌉ by impressions received).
    func topAuthorAttentionShare() -> Double? {
        guard impressionsTotal > 0 else { return nil }
        var isAuthor = [Bool](repeating: false, count: postsBy.count)
        for p in 0..<author.count where known[p] { isAuthor[Int(author[p])] = true }
        let received = (0..<postsBy.count).filter { isAuthor[$0] }.map { impressionsReceived[$0] }.sorted(by: >)
        let k = max(1, (received.count + 99) / 100)
        return Double(received.prefix(k).reduce(0, +)) / Double(impressionsTotal)
    }
}
