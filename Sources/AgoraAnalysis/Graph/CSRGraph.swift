import AgoraCore

/// An immutable compressed-sparse-row copy of a follow graph, built once for analysis.
///
/// Three adjacency views, each as `offsets` (node count + 1 entries) and a flat neighbour array
/// sorted within every node:
/// - out: whom each node follows (`u → v` lists `v` under `u`);
/// - in: who follows each node;
/// - undirected: the union of both, without duplicates (networkx's `G.to_undirected()`).
/// When the graph is symmetric (every follow is mutual, as for undirected files) the three views
/// share one storage. Memory: 4 bytes per stored neighbour plus 8 bytes per node and view.
public struct CSRGraph: Sendable {
    /// Number of nodes.
    public let nodeCount: Int
    /// Start of each node's followees in `outTargets`; `nodeCount + 1` entries.
    public let outOffsets: [Int]
    /// Followees of every node, node after node, each run sorted.
    public let outTargets: [UInt32]
    /// Start of each node's followers in `inSources`; `nodeCount + 1` entries.
    public let inOffsets: [Int]
    /// Followers of every node, node after node, each run sorted.
    public let inSources: [UInt32]
    /// Start of each node's neighbours in `undirectedNeighbors`; `nodeCount + 1` entries.
    public let undirectedOffsets: [Int]
    /// Neighbours (followees ∪ followers) of every node, each run sorted and duplicate-free.
    public let undirectedNeighbors: [UInt32]
    /// Whether every follow is reciprocated (then the three views are the same arrays).
    public let isSymmetric: Bool

    /// Builds the three views from a follow graph. O(V + E).
    public init(followGraph graph: FollowGraph) {
        let n = graph.nodeCount
        nodeCount = n
        // One walk over the per-agent lists (each visit retains a list, an atomic operation that
        // showed in profiles at 1M agents); the in-view is then built from the flat out-view.
        var outOffsets = [Int](repeating: 0, count: n + 1)
        var outTargets = [UInt32]()
        outTargets.reserveCapacity(graph.edgeCount)
        for (node, list) in graph.followees.enumerated() {
            outTargets.append(contentsOf: list)
            outOffsets[node + 1] = outTargets.count
        }

        var inOffsets = [Int](repeating: 0, count: n + 1)
        for node in 0..<n { inOffsets[node + 1] = inOffsets[node] + Int(graph.followerCounts[node]) }
        var inSources = [UInt32](repeating: 0, count: inOffsets[n])
        var cursor = Array(inOffsets.dropLast())
        for u in 0..<n {
            for edge in outOffsets[u]..<outOffsets[u + 1] {
                let v = Int(outTargets[edge])
                inSources[cursor[v]] = UInt32(u)
                cursor[v] += 1
            }
        }
        self.outOffsets = outOffsets
        self.outTargets = outTargets
        self.inOffsets = inOffsets
        self.inSources = inSources
        if outTargets == inSources && outOffsets == inOffsets {
            isSymmetric = true
            undirectedOffsets = outOffsets
            undirectedNeighbors = outTargets
        } else {
            isSymmetric = false
            (undirectedOffsets, undirectedNeighbors) = CSRGraph.mergeViews(
                n: n, outOffsets: outOffsets, outTargets: outTargets, inOffsets: inOffsets, inSources: inSources
            )
        }
    }

    /// The sorted union of out- and in-neighbours of every node.
    private static func mergeViews(
        n: Int, outOffsets: [Int], outTargets: [UInt32], inOffsets: [Int], inSources: [UInt32]
    ) -> ([Int], [UInt32]) {
        var offsets = [Int](repeating: 0, count: n + 1)
        var neighbors = [UInt32]()
        neighbors.reserveCapacity(outTargets.count + inSources.count)
        for node in 0..<n {
            var i = outOffsets[node]
            var j = inOffsets[node]
            let iEnd = outOffsets[node + 1]
            let jEnd = inOffsets[node + 1]
            while i < iEnd || j < jEnd {
                if j == jEnd || (i < iEnd && outTargets[i] < inSources[j]) {
                    neighbors.append(outTargets[i]); i += 1
                } else if i == iEnd || inSources[j] < outTargets[i] {
                    neighbors.append(inSources[j]); j += 1
                } else {
                    neighbors.append(outTargets[i]); i += 1; j += 1
                }
            }
            offsets[node + 1] = neighbors.count
        }
        return (offsets, neighbors)
    }

    /// Followee count of `node`.
    @inlinable public func outDegree(_ node: Int) -> Int { outOffsets[node + 1] - outOffsets[node] }
    /// Follower count of `node`.
    @inlinable public func inDegree(_ node: Int) -> Int { inOffsets[node + 1] - inOffsets[node] }
    /// Degree of `node` in the undirected view.
    @inlinable public func undirectedDegree(_ node: Int) -> Int { undirectedOffsets[node + 1] - undirectedOffsets[node] }
    /// Number of follow relations (arcs).
    public var arcCount: Int { outTargets.count }
    /// Number of edges of the undirected view.
    public var undirectedEdgeCount: Int { undirectedNeighbors.count / 2 }
}
