import AgoraCore

/// Diameter and 90 % effective diameter of the undirected view, estimated by breadth-first
/// search from a random sample of source nodes (all nodes when the sample is at least the node
/// count, which makes both values exact).
///
/// Definitions (pairs are ordered (source, target) with target ≠ source reachable from source;
/// unreachable pairs are ignored):
/// - `diameterEstimate`: the largest distance seen;
/// - `effectiveDiameter90`: with C(d) the number of pairs at distance ≤ d (C(0) = 0) and P the
///   number of pairs, the smallest D with C(D) ≥ 0.9·P, interpolated linearly:
///   D − 1 + (0.9·P − C(D−1)) / (C(D) − C(D−1)) (SNAP's interpolated effective diameter,
///   without the distance-0 pairs).
///
/// Sources are drawn without replacement from `RandomStream(seed, .analysis)`. Cost: one
/// bit-parallel BFS per 64 sources, O(levels · (V + E)) each, parallel over node ranges; the
/// distance histogram is an integer sum, so the result does not depend on thread scheduling.
public struct DistanceSample: Sendable, Equatable {
    /// Number of BFS sources actually used (min(sample size, node count)).
    public let sources: Int
    /// The seed the sources were drawn with.
    public let seed: UInt64
    /// Number of (source, target) pairs at each distance; index 0 is always 0.
    public let histogram: [Int]

    /// Runs the sampled BFS.
    public init(graph: CSRGraph, sampleSize: Int, seed: UInt64) {
        self.seed = seed
        let chosen = DistanceSample.chooseSources(nodeCount: graph.nodeCount, sampleSize: sampleSize, seed: seed)
        sources = chosen.count
        var histogram = [0]
        for batchStart in stride(from: 0, to: chosen.count, by: 64) {
            let batch = Array(chosen[batchStart..<min(chosen.count, batchStart + 64)])
            let counts = DistanceSample.bitParallelBFS(graph: graph, sources: batch)
            if counts.count > histogram.count { histogram += [Int](repeating: 0, count: counts.count - histogram.count) }
            for (d, c) in counts.enumerated() { histogram[d] += c }
        }
        self.histogram = histogram
    }

    /// Breadth-first search from up to 64 sources at once (multi-source BFS, Then et al. 2014):
    /// bit i of a node's word says "reached from source i". Each level pulls the frontier words
    /// of a node's neighbours, skipping nodes every source has reached, so a level is one
    /// sequential pass over the adjacency instead of 64. Returns pairs per distance.
    static func bitParallelBFS(graph: CSRGraph, sources: [Int]) -> [Int] {
        let n = graph.nodeCount
        let all: UInt64 = sources.count == 64 ? .max : (1 << UInt64(sources.count)) - 1
        var visited = [UInt64](repeating: 0, count: n)
        var frontier = [UInt64](repeating: 0, count: n)
        var next = [UInt64](repeating: 0, count: n)
        for (bit, source) in sources.enumerated() {
            visited[source] |= 1 << UInt64(bit)
            frontier[source] |= 1 << UInt64(bit)
        }
        let chunks = ChunkedParallelism.chunkCount(for: n)
        var found = [Int](repeating: 0, count: chunks)
        var histogram = [0]
        while true {
            graph.undirectedOffsets.withUnsafeBufferPointer { offsetBuffer in
                graph.undirectedNeighbors.withUnsafeBufferPointer { neighborBuffer in
                    visited.withUnsafeBufferPointer { visitedBuffer in
                        frontier.withUnsafeBufferPointer { frontierBuffer in
                            next.withUnsafeMutableBufferPointer { nextBuffer in
                                found.withUnsafeMutableBufferPointer { foundBuffer in
                                    nonisolated(unsafe) let offsets = offsetBuffer
                                    nonisolated(unsafe) let neighbors = neighborBuffer
                                    nonisolated(unsafe) let visited = visitedBuffer
                                    nonisolated(unsafe) let frontier = frontierBuffer
                                    nonisolated(unsafe) let next = nextBuffer
                                    nonisolated(unsafe) let found = foundBuffer
                                    ChunkedParallelism.forEachChunk(count: n, chunks: chunks) { chunk, range in
                                        var count = 0
                                        for v in range {
                                            let seen = visited[v]
                                            if seen == all { next[v] = 0; continue }
                                            var reached: UInt64 = 0
                                            for p in offsets[v]..<offsets[v + 1] { reached |= frontier[Int(neighbors[p])] }
                                            reached &= ~seen
                                            next[v] = reached
                                            count += reached.nonzeroBitCount
                                        }
                                        found[chunk] = count
                                    }
                                }
                            }
                        }
                    }
                }
            }
            let total = found.reduce(0, +)
            if total == 0 { break }
            histogram.append(total)
            for v in 0..<n { visited[v] |= next[v] }
            swap(&frontier, &next)
        }
        return histogram
    }

    /// Re-creates a sample from its recorded parts (e.g. decoded JSON).
    public init(sources: Int, seed: UInt64, histogram: [Int]) {
        self.sources = sources
        self.seed = seed
        self.histogram = histogram.isEmpty ? [0] : histogram
    }

    /// Sources in increasing node order: all nodes, or a uniform sample without replacement.
    static func chooseSources(nodeCount n: Int, sampleSize: Int, seed: UInt64) -> [Int] {
        guard sampleSize < n else { return Array(0..<n) }
        var stream = RandomStream(seed: seed, purpose: .analysis)
        var nodes = Array(0..<n)
        for i in 0..<max(0, sampleSize) {
            let j = i + stream.nextIndex(below: n - i)
            nodes.swapAt(i, j)
        }
        return nodes.prefix(max(0, sampleSize)).sorted()
    }

    /// The largest distance seen (0 without edges).
    public var diameterEstimate: Int { histogram.count - 1 }

    /// The interpolated 90 % effective diameter (0 without edges).
    public var effectiveDiameter90: Double { effectiveDiameter(quantile: 0.9) }

    /// The interpolated effective diameter for any quantile in (0, 1].
    public func effectiveDiameter(quantile: Double) -> Double {
        let pairs = histogram.reduce(0, +)
        guard pairs > 0 else { return 0 }
        let target = quantile * Double(pairs)
        var cumulative = 0
        for d in 1..<histogram.count {
            let previous = cumulative
            cumulative += histogram[d]
            if Double(cumulative) >= target {
                return Double(d - 1) + (target - Double(previous)) / Double(histogram[d])
            }
        }
        return Double(histogram.count - 1)
    }
}
