import Foundation

/// Triangles of the undirected view of a graph, per node, with the clustering statistics built on
/// them (networkx's `triangles`, `average_clustering`, `transitivity`).
///
/// Counting orients every edge from the lower to the higher (degree, id) rank and intersects the
/// sorted forward lists of its two ends, so each triangle is found exactly once in
/// O(E · √E) time. Work is split into a fixed number of node ranges, each crediting its triangles
/// to its own count array; integer sums make the result independent of scheduling.
public struct TriangleCensus: Sendable, Equatable {
    /// Triangles through each node.
    public let perNode: [Int]
    /// Total number of triangles (each counted once).
    public let total: Int
    /// Mean over all nodes of the local clustering coefficient 2·t/(d(d−1)), 0 for d < 2.
    public let averageClustering: Double
    /// 3 × triangles / connected triples, 0 without triangles.
    public let transitivity: Double

    /// Counts triangles on the undirected view of `graph`.
    public init(graph: CSRGraph) {
        let n = graph.nodeCount
        let offsets = graph.undirectedOffsets
        let neighbors = graph.undirectedNeighbors
        // Forward lists: neighbours of higher rank, still sorted by id.
        var forwardOffsets = [Int](repeating: 0, count: n + 1)
        var forward = [UInt32]()
        forward.reserveCapacity(neighbors.count / 2)
        for u in 0..<n {
            let du = offsets[u + 1] - offsets[u]
            for p in offsets[u]..<offsets[u + 1] {
                let v = Int(neighbors[p])
                let dv = offsets[v + 1] - offsets[v]
                if dv > du || (dv == du && v > u) { forward.append(UInt32(v)) }
            }
            forwardOffsets[u + 1] = forward.count
        }
        let chunks = min(8, ChunkedParallelism.chunkCount(for: n))
        let bounds = TriangleCensus.balancedBounds(forwardOffsets: forwardOffsets, chunks: chunks)
        var partial = [[UInt32]](repeating: [], count: chunks)
        partial.withUnsafeMutableBufferPointer { partialBuffer in
            nonisolated(unsafe) let results = partialBuffer
            forward.withUnsafeBufferPointer { forwardBuffer in
                nonisolated(unsafe) let fwd = forwardBuffer
                forwardOffsets.withUnsafeBufferPointer { offsetBuffer in
                    nonisolated(unsafe) let off = offsetBuffer
                    ChunkedParallelism.forEachChunk(count: n, chunks: chunks) { chunk, _ in
                        var counts = [UInt32](repeating: 0, count: n)
                        for u in bounds[chunk]..<bounds[chunk + 1] {
                            let uStart = off[u]
                            let uEnd = off[u + 1]
                            for p in uStart..<uEnd {
                                let v = Int(fwd[p])
                                var i = uStart
                                var j = off[v]
                                let jEnd = off[v + 1]
                                while i < uEnd && j < jEnd {
                                    let a = fwd[i]
                                    let b = fwd[j]
                                    if a < b { i += 1 } else if b < a { j += 1 } else {
                                        counts[u] &+= 1
                                        counts[v] &+= 1
                                        counts[Int(a)] &+= 1
                                        i += 1
                                        j += 1
                                    }
                                }
                            }
                        }
                        results[chunk] = counts
                    }
                }
            }
        }
        var perNode = [Int](repeating: 0, count: n)
        for counts in partial where !counts.isEmpty {
            for node in 0..<n { perNode[node] += Int(counts[node]) }
        }
        var cornerSum = 0
        var clusteringSum = 0.0
        var triples = 0
        for node in 0..<n {
            let d = offsets[node + 1] - offsets[node]
            let t = perNode[node]
            cornerSum += t
            triples += d * (d - 1) / 2
            if t > 0 { clusteringSum += Double(2 * t) / Double(d * (d - 1)) }
        }
        self.perNode = perNode
        total = cornerSum / 3
        averageClustering = n == 0 ? 0 : clusteringSum / Double(n)
        transitivity = cornerSum == 0 ? 0 : Double(cornerSum) / Double(triples)
    }

    /// Node-range boundaries with roughly equal intersection work (Σ forward-degree² per range).
    static func balancedBounds(forwardOffsets: [Int], chunks: Int) -> [Int] {
        let n = forwardOffsets.count - 1
        var work = 0.0
        for u in 0..<n {
            let d = Double(forwardOffsets[u + 1] - forwardOffsets[u])
            work += d * d + 1
        }
        var bounds = [0]
        var accumulated = 0.0
        for u in 0..<n where bounds.count < chunks {
            let d = Double(forwardOffsets[u + 1] - forwardOffsets[u])
            accumulated += d * d + 1
            if accumulated >= work * Double(bounds.count) / Double(chunks) { bounds.append(u + 1) }
        }
        while bounds.count < chunks { bounds.append(n) }
        bounds.append(n)
        return bounds
    }
}
