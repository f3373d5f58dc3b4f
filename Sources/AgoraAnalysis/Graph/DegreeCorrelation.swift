/// Degree assortativity and degree inequality, as networkx defines them.
public enum DegreeCorrelation {
    /// Pearson correlation of the degrees at the two ends of the edges.
    ///
    /// - undirected (`nx.degree_assortativity_coefficient(G)` on a `Graph`): every edge of the
    ///   undirected view counted in both directions, degree at both ends;
    /// - directed (networkx's `DiGraph` default, x = "out", y = "in"): over follow relations
    ///   u → v, the out-degree of u against the in-degree of v.
    /// `nil` when a variance is zero (e.g. a regular graph), where networkx yields NaN.
    /// O(E).
    public static func assortativity(of graph: CSRGraph, directed: Bool) -> Double? {
        let n = graph.nodeCount
        // Double accumulators: exact while sums stay below 2⁵³ (every realistic graph) and,
        // unlike Int, unable to trap on hub-heavy graphs where Σxy could pass 2⁶³.
        var pairs = 0
        var sumX = 0.0, sumY = 0.0, sumXX = 0.0, sumYY = 0.0, sumXY = 0.0
        for u in 0..<n {
            let range = directed ? graph.outOffsets[u]..<graph.outOffsets[u + 1] : graph.undirectedOffsets[u]..<graph.undirectedOffsets[u + 1]
            let x = Double(directed ? graph.outDegree(u) : graph.undirectedDegree(u))
            for p in range {
                let v = Int(directed ? graph.outTargets[p] : graph.undirectedNeighbors[p])
                let y = Double(directed ? graph.inDegree(v) : graph.undirectedDegree(v))
                pairs += 1
                sumX += x
                sumY += y
                sumXX += x * x
                sumYY += y * y
                sumXY += x * y
            }
        }
        guard pairs > 0 else { return nil }
        let m = Double(pairs)
        let meanX = sumX / m
        let meanY = sumY / m
        let varianceX = sumXX / m - meanX * meanX
        let varianceY = sumYY / m - meanY * meanY
        guard varianceX > 0, varianceY > 0 else { return nil }
        return (sumXY / m - meanX * meanY) / (varianceX * varianceY).squareRoot()
    }

    /// Gini coefficient of `values` (all of them, zeros included):
    /// G = Σᵢ (2i − n − 1) x₍ᵢ₎ / (n Σ x) over the ascending order, i = 1…n; 0 when Σ x = 0.
    /// Exact integer numerator; O(n log n).
    public static func gini(_ values: [Int]) -> Double {
        let n = values.count
        let total = values.reduce(0, +)
        guard n > 0, total > 0 else { return 0 }
        let sorted = values.sorted()
        var numerator = 0
        for (index, value) in sorted.enumerated() { numerator += (2 * (index + 1) - n - 1) * value }
        return Double(numerator) / (Double(n) * Double(total))
    }
}
