import AgoraCore

/// The friendship paradox ("your friends have more friends than you") measured on a graph.
///
/// Comparisons are exact integer arithmetic: "below the mean of the neighbours" is
/// k·|S| < Σ_{S} k', "below the median" is 2k < a + b with a, b the two middle values of the
/// sorted neighbour values (the same value twice for an odd count). Only nodes with a non-empty
/// neighbour set count, in numerators and denominators; isolated nodes count only in
/// `meanDegree`. Cost: O(V + E log d) for the medians.
public enum FriendshipParadox {
    /// The paradox on an undirected graph (or the undirected view of a directed one).
    public struct Undirected: Sendable, Equatable, Codable {
        /// Mean degree over all nodes, isolated ones included (Σk / n).
        public let meanDegree: Double
        /// Mean degree of the node at the end of a random edge: Σk² / Σk (nil without edges).
        public let meanNeighborDegreeOverEdges: Double?
        /// Mean over non-isolated nodes of the mean degree of their neighbours (nil without edges).
        public let meanNeighborDegreeOverNodes: Double?
        /// Share of non-isolated nodes whose degree is below their neighbours' mean degree.
        public let weakFraction: Double?
        /// Share of non-isolated nodes whose degree is below their neighbours' median degree.
        public let strongFraction: Double?
        /// Number of non-isolated nodes (the denominator of the fractions).
        public let nodes: Int

        private enum CodingKeys: String, CodingKey {
            case meanDegree = "mean_degree"
            case meanNeighborDegreeOverEdges = "mean_neighbor_degree_over_edges"
            case meanNeighborDegreeOverNodes = "mean_neighbor_degree_over_nodes"
            case weakFraction = "weak_fraction"
            case strongFraction = "strong_fraction"
            case nodes
        }
    }

    /// Weak and strong paradox fractions for one (neighbour set, attribute) pair.
    public struct Fractions: Sendable, Equatable, Codable {
        /// Share of users whose own value is below the mean over their neighbour set.
        public let weakFraction: Double?
        /// Share of users whose own value is below the median over their neighbour set.
        public let strongFraction: Double?
        /// Users with a non-empty neighbour set (the denominator; fractions are nil when 0).
        public let users: Int

        private enum CodingKeys: String, CodingKey {
            case weakFraction = "weak_fraction"
            case strongFraction = "strong_fraction"
            case users
        }
    }

    /// The four directed variants of Hodas, Kooti & Lerman (2013), by neighbour set.
    public struct Directed: Sendable, Equatable, Codable {
        /// Neighbour set = whom the user follows; attribute = their follower / followee counts.
        public let followees: ByAttribute
        /// Neighbour set = who follows the user; attribute = their follower / followee counts.
        public let followers: ByAttribute
    }

    /// Fractions for the two attributes compared.
    public struct ByAttribute: Sendable, Equatable, Codable {
        /// Attribute = in-degree (number of followers).
        public let followers: Fractions
        /// Attribute = out-degree (number of followees).
        public let followees: Fractions
    }

    /// The undirected paradox on the undirected view of `graph`.
    public static func undirected(_ graph: CSRGraph) -> Undirected {
        let n = graph.nodeCount
        let degree = (0..<n).map { graph.undirectedDegree($0) }
        let totalDegree = degree.reduce(0, +)
        var squares = 0
        for k in degree { squares += k * k }
        let comparison = compare(
            values: degree, neighborOffsets: graph.undirectedOffsets, neighbors: graph.undirectedNeighbors
        )
        return Undirected(
            meanDegree: n == 0 ? 0 : Double(totalDegree) / Double(n),
            meanNeighborDegreeOverEdges: totalDegree == 0 ? nil : Double(squares) / Double(totalDegree),
            meanNeighborDegreeOverNodes: comparison.users == 0 ? nil : comparison.meanOfMeans / Double(comparison.users),
            weakFraction: comparison.fractions.weakFraction,
            strongFraction: comparison.fractions.strongFraction,
            nodes: comparison.users
        )
    }

    /// The four directed variants on the follow relations of `graph`.
    public static func directed(_ graph: CSRGraph) -> Directed {
        let n = graph.nodeCount
        let inDegree = (0..<n).map { graph.inDegree($0) }
        let outDegree = (0..<n).map { graph.outDegree($0) }
        let byFollowees = compareMany([inDegree, outDegree], neighborOffsets: graph.outOffsets, neighbors: graph.outTargets)
        let byFollowers = compareMany([inDegree, outDegree], neighborOffsets: graph.inOffsets, neighbors: graph.inSources)
        return Directed(
            followees: ByAttribute(followers: byFollowees[0].fractions, followees: byFollowees[1].fractions),
            followers: ByAttribute(followers: byFollowers[0].fractions, followees: byFollowers[1].fractions)
        )
    }

    public static func directed(_ graph: FollowGraph) -> Directed { directed(CSRGraph(followGraph: graph)) }

    /// The undirected paradox of the undirected view of a follow-graph snapshot.
    public static func undirected(_ graph: FollowGraph) -> Undirected { undirected(CSRGraph(followGraph: graph)) }

    /// Compares every node's value with the mean and median over its neighbour set.
    static func compare(
        values: [Int], neighborOffsets: [Int], neighbors: [UInt32]
    ) -> (fractions: Fractions, meanOfMeans: Double, users: Int) {
        compareMany([values], neighborOffsets: neighborOffsets, neighbors: neighbors)[0]
    }
}
