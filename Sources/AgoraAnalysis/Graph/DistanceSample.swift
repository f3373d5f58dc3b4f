import AgoraCore
import Foundation

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
/// Sources are drawn without replacement from `RandomStream(seed, .analysis)`. Cost: one BFS,
/// O(V + E), per source, run in parallel; the distance histogram is an integer sum, so the
/// result does not depend on thread scheduling.
public struct DistanceSample: Sendable, Equatable {
    /// Number of BFS sources actually used (min(sample size, node count)).
    public let sources: Int
    /// The seed the sources were drawn with.
    public let seed: UInt64
    /// Number of (source, target) pairs at each distance; index 0 is always 0.
    public let histogram: [Int]

    /// Runs the sampled BFS.
    public init(graph: CSRGraph, sampleSize: Int, seed: UInt64) {
        let n = graph.nodeCount
        self.seed = seed
        let chosen = DistanceSample.chooseSources(nodeCount: n, sampleSize: sampleSize, seed: seed)
        sources = chosen.count
        let workers = max(1, min(chosen.count, ProcessInfo.processInfo.activeProcessorCount))
        var partial = [[Int]](repeating: [], count: workers)
        let offsets = graph.undirectedOffsets
        let neighbors = graph.undirectedNeighbors
        partial.withUnsafeMutableBufferPointer { partialBuffer in
            nonisolated(unsafe) let results = partialBuffer
            ChunkedParallelism.forEachChunk(count: chosen.count, chunks: workers) { worker, range in
                var histogram = [Int](repeating: 0, count: 1)
                var stamp = [Int32](repeating: -1, count: n)
                var queue = [UInt32](repeating: 0, count: n)
                for index in range {
                    let source = chosen[index]
                    stamp[source] = Int32(index)
                    queue[0] = UInt32(source)
                    var head = 0
                    var tail = 1
                    var distance = 0
                    while head < tail {
                        let levelEnd = tail
                        distance += 1
                        var found = 0
                        while head < levelEnd {
                            let v = Int(queue[head])
                            head += 1
                            for p in offsets[v]..<offsets[v + 1] {
                                let u = Int(neighbors[p])
                                if stamp[u] != Int32(index) {
                                    stamp[u] = Int32(index)
                                    queue[tail] = UInt32(u)
                                    tail += 1
                                    found += 1
                                }
                            }
                        }
                        if found > 0 {
                            if histogram.count <= distance { histogram.append(0) }
                            histogram[distance] += found
                        }
                    }
                }
                results[worker] = histogram
            }
        }
        var histogram = [0]
        for part in partial {
            if part.count > histogram.count { histogram += [Int](repeating: 0, count: part.count - histogram.count) }
            for (d, c) in part.enumerated() { histogram[d] += c }
        }
        self.histogram = histogram
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
