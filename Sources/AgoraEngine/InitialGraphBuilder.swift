import AgoraConfig
import AgoraCore

/// Builds the initial follow graph a config asks for.
public enum InitialGraphBuilder {
    /// The initial follow graph and any per-agent community ids it defines.
    public static func build(for config: WorldConfig) -> (graph: FollowGraph, community: [UInt32]?) {
        // Interim directed Barabási–Albert until the generator library lands (same model as
        // bench-reference-model.md): the first m+1 agents all follow each other; each later agent
        // follows m distinct earlier agents chosen with probability ∝ in-degree + 1.
        let n = config.population.size
        let m = min(config.graph.m, max(0, n - 1))
        var graph = FollowGraph(nodeCount: n)
        var targets: [UInt32] = []
        targets.reserveCapacity(n + n * m)
        for i in 0..<min(n, m + 1) {
            targets.append(UInt32(i))
            for j in 0..<min(n, m + 1) where j != i {
                graph.follow(AgentID(i), AgentID(j))
            }
        }
        for j in 0..<min(n, m + 1) {
            for _ in 0..<m where j < n { targets.append(UInt32(j)) }
        }
        var chosen: [UInt32] = []
        for i in (m + 1)..<max(m + 1, n) {
            var stream = RandomStream(seed: config.seed, purpose: .graph, agent: UInt32(i), sequence: 0)
            chosen.removeAll(keepingCapacity: true)
            while chosen.count < m {
                let candidate = targets[stream.nextIndex(below: targets.count)]
                if !chosen.contains(candidate) { chosen.append(candidate) }
            }
            for followee in chosen {
                graph.follow(AgentID(i), AgentID(followee))
                targets.append(followee)
            }
            targets.append(UInt32(i))
        }
        return (graph, nil)
    }
}
