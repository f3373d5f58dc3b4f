import AgoraConfig
import AgoraCore
import Foundation
import Testing

@testable import AgoraEngine

/// The initial graph of a config: generators with their communities, and edge lists.
struct InitialGraphBuilderTests {
    @Test func stochasticBlockCommunitiesBecomeAgentCommunities() throws {
        let config = try WorldConfigLoader().load(
            text: "name: x\npopulation:\n  size: 90\ngraph:\n  kind: stochastic_block\n  blocks: 3\n  p_in: 0.2\n  p_out: 0.01\n").config
        let world = try WorldBuilder.build(config, behaviour: BehaviourParameters(config: config))
        #expect(world.graph.nodeCount == 90)
        #expect(Set(world.agents.attributes.community) == [0, 1, 2])
    }

    @Test func erdosRenyiGraphHasRoughlyTheExpectedEdges() throws {
        let config = try WorldConfigLoader().load(text: "name: x\npopulation:\n  size: 400\ngraph:\n  kind: erdos_renyi\n  p: 0.02\n").config
        let graph = try InitialGraphBuilder.build(for: config).graph
        // Expected 400 · 399 · 0.02 ≈ 3192 directed edges, sd ≈ 56.
        #expect((2900...3500).contains(graph.edgeCount))
    }

    @Test func edgeListWorldAddsIsolatedAgentsBeyondTheNodeCount() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("agora-igb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "0 1\n1 2\n".write(to: dir.appendingPathComponent("g.edges"), atomically: true, encoding: .utf8)
        let loaded = try WorldConfigLoader().load(text: "name: x\npopulation:\n  size: 5\ngraph:\n  file: g.edges\n", baseDirectory: dir.path)
        let world = try WorldBuilder.build(loaded.config, behaviour: BehaviourParameters(config: loaded.config), edgeList: loaded.edgeList)
        #expect(world.graph.nodeCount == 5)
        #expect(world.graph.edgeCount == 4)  // two mutual pairs
        #expect(throws: EngineError.self) { try InitialGraphBuilder.build(for: loaded.config) }
    }
}
