/// PageRank by power iteration with flat arrays, matching networkx's `pagerank` (uniform
/// teleport and uniform redistribution of dangling nodes' rank; no final renormalisation).
///
/// networkx stops when the L1 change falls below N · tol with tol = 1e-6; this iterates until it
/// falls below N · 1e-14, so its scores are the fixed point to about 1e-12 and agree with a
/// networkx run at a tight tolerance far below 1e-6. Each iteration pulls along in-edges:
/// O(V + E), parallel over fixed node ranges (deterministic).
public enum PageRank {
    /// Scores of every node. For the undirected view pass `undirected: true` (each edge walks
    /// both ways, as networkx does for a `Graph`).
    /// - Parameters:
    ///   - alpha: damping factor (0.85 in networkx).
    ///   - tolerancePerNode: stop when Σ|xₖ − xₖ₋₁| < N · tolerancePerNode.
    ///   - maxIterations: upper bound on iterations.
    public static func scores(
        of graph: CSRGraph, undirected: Bool, alpha: Double = 0.85,
        tolerancePerNode: Double = 1e-14, maxIterations: Int = 10_000
    ) -> [Double] {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        let outOffsets = undirected ? graph.undirectedOffsets : graph.outOffsets
        let inOffsets = undirected ? graph.undirectedOffsets : graph.inOffsets
        let inSources = undirected ? graph.undirectedNeighbors : graph.inSources
        var inverseOutDegree = [Double](repeating: 0, count: n)
        for u in 0..<n where outOffsets[u + 1] > outOffsets[u] {
            inverseOutDegree[u] = 1 / Double(outOffsets[u + 1] - outOffsets[u])
        }
        var rank = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        var share = [Double](repeating: 0, count: n)
        let chunks = ChunkedParallelism.chunkCount(for: n)
        var chunkErrors = [Double](repeating: 0, count: chunks)
        for _ in 0..<maxIterations {
            var dangling = 0.0
            for u in 0..<n {
                if inverseOutDegree[u] == 0 { dangling += rank[u] }
                share[u] = rank[u] * inverseOutDegree[u]
            }
            let base = (alpha * dangling + (1 - alpha)) / Double(n)
            share.withUnsafeBufferPointer { shareBuffer in
                rank.withUnsafeBufferPointer { rankBuffer in
                    next.withUnsafeMutableBufferPointer { nextBuffer in
                        chunkErrors.withUnsafeMutableBufferPointer { errorBuffer in
                            inSources.withUnsafeBufferPointer { sourceBuffer in
                                inOffsets.withUnsafeBufferPointer { offsetBuffer in
                                    nonisolated(unsafe) let share = shareBuffer
                                    nonisolated(unsafe) let rank = rankBuffer
                                    nonisolated(unsafe) let next = nextBuffer
                                    nonisolated(unsafe) let errors = errorBuffer
                                    nonisolated(unsafe) let sources = sourceBuffer
                                    nonisolated(unsafe) let offsets = offsetBuffer
                                    ChunkedParallelism.forEachChunk(count: n, chunks: chunks) { chunk, range in
                                        var error = 0.0
                                        for v in range {
                                            var sum = 0.0
                                            for p in offsets[v]..<offsets[v + 1] { sum += share[Int(sources[p])] }
                                            let value = alpha * sum + base
                                            error += abs(value - rank[v])
                                            next[v] = value
                                        }
                                        errors[chunk] = error
                                    }
                                }
                            }
                        }
                    }
                }
            }
            swap(&rank, &next)
            if chunkErrors.reduce(0, +) < Double(n) * tolerancePerNode { break }
        }
        return rank
    }

    /// The `count` highest-scoring nodes, best first; ties go to the lower node index.
    /// O(n · count).
    public static func top(_ count: Int, of scores: [Double]) -> [Int] {
        var best: [Int] = []
        best.reserveCapacity(count + 1)
        for node in scores.indices {
            if best.count == count, let last = best.last, scores[node] <= scores[last] { continue }
            // Insert after every node with a higher or equal score (earlier nodes win ties).
            var position = best.count
            while position > 0 && scores[best[position - 1]] < scores[node] { position -= 1 }
            best.insert(node, at: position)
            if best.count > count { best.removeLast() }
        }
        return best
    }
}
