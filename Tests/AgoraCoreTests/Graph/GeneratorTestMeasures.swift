@testable import AgoraCore

/// Graph measures the generator tests check against; written plainly (no shared code with the
/// generators) so a bug in one cannot hide in the other.
extension FollowGraph {
    /// In-degree of every agent, recounted from the followee arrays.
    var inDegrees: [Int] {
        var result = [Int](repeating: 0, count: nodeCount)
        for list in followees { for followee in list { result[Int(followee)] += 1 } }
        return result
    }

    /// Whether any agent follows itself.
    var hasSelfLoop: Bool {
        followees.enumerated().contains { node, list in list.contains(UInt32(node)) }
    }

    /// Whether every follow is returned (the graph is an undirected graph stored as mutual pairs).
    var isMutual: Bool {
        for (node, list) in followees.enumerated() {
            for followee in list where !follows(AgentID(followee), AgentID(node)) { return false }
        }
        return true
    }

    /// Average local clustering of the undirected view (as `nx.average_clustering(G.to_undirected())`),
    /// nodes of degree < 2 counting as 0.
    var averageUndirectedClustering: Double {
        var neighbours = [Set<UInt32>](repeating: [], count: nodeCount)
        for (node, list) in followees.enumerated() {
            for followee in list {
                neighbours[node].insert(followee)
                neighbours[Int(followee)].insert(UInt32(node))
            }
        }
        var total = 0.0
        for node in 0..<nodeCount {
            let list = neighbours[node].sorted()
            guard list.count >= 2 else { continue }
            var links = 0
            for (i, a) in list.enumerated() {
                for b in list[(i + 1)...] where neighbours[Int(a)].contains(b) { links += 1 }
            }
            total += Double(links) / Double(list.count * (list.count - 1) / 2)
        }
        return total / Double(nodeCount)
    }

    /// A 64-bit FNV-1a digest of the edge list, to pin generated graphs across machines.
    var edgeDigest: UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for (follower, followee) in edges() {
            for byte in [follower, followee].flatMap({ value in (0..<4).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) } }) {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
            }
        }
        return hash
    }
}
