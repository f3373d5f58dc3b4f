/// k-core decomposition of the undirected view by bucket peeling (Batagelj & Zaversnik 2003),
/// the algorithm behind networkx's `core_number`. O(V + E) time, four integer arrays of memory.
public enum CoreDecomposition {
    /// The core number of every node of the undirected view of `graph`.
    public static func coreNumbers(of graph: CSRGraph) -> [Int] {
        let n = graph.nodeCount
        let offsets = graph.undirectedOffsets
        let neighbors = graph.undirectedNeighbors
        guard n > 0 else { return [] }
        var degree = [Int](repeating: 0, count: n)
        var maxDegree = 0
        for v in 0..<n {
            degree[v] = offsets[v + 1] - offsets[v]
            maxDegree = max(maxDegree, degree[v])
        }
        // bin[d] = first position of degree-d nodes in `order`.
        var bin = [Int](repeating: 0, count: maxDegree + 2)
        for v in 0..<n { bin[degree[v] + 1] += 1 }
        for d in 0...maxDegree { bin[d + 1] += bin[d] }
        var position = [Int](repeating: 0, count: n)
        var order = [Int](repeating: 0, count: n)
        var next = bin
        for v in 0..<n {
            position[v] = next[degree[v]]
            order[position[v]] = v
            next[degree[v]] += 1
        }
        for i in 0..<n {
            let v = order[i]
            for p in offsets[v]..<offsets[v + 1] {
                let u = Int(neighbors[p])
                guard degree[u] > degree[v] else { continue }
                let du = degree[u]
                let pu = position[u]
                let pw = bin[du]
                let w = order[pw]
                if u != w {
                    position[u] = pw
                    order[pu] = w
                    position[w] = pu
                    order[pw] = u
                }
                bin[du] += 1
                degree[u] -= 1
            }
        }
        return degree
    }

    /// The largest core number (0 for a graph without edges).
    public static func maxCore(of graph: CSRGraph) -> Int { coreNumbers(of: graph).max() ?? 0 }
}
