import AgoraCore
import Foundation
import Testing

@testable import AgoraConfig

/// The `graph` section: every generator with its own parameters and defaults, and edge-list files.
struct GraphConfigTests {
    @Test func everyGeneratorLoadsWithItsDefaultsFilledIn() throws {
        let cases: [(String, GraphGenerator)] = [
            ("kind: erdos_renyi\n  p: 0.01", .erdosRenyi(p: 0.01, directed: true)),
            ("kind: erdos_renyi_edges\n  edges: 500\n  directed: false", .erdosRenyiEdges(edges: 500, directed: false)),
            ("kind: barabasi_albert", .barabasiAlbert(m: 10, reciprocation: 0)),
            ("kind: watts_strogatz\n  k: 4", .wattsStrogatz(k: 4, rewiring: 0.1, directed: false)),
            ("kind: stochastic_block\n  blocks: 4\n  p_in: 0.1\n  p_out: 0.01", .stochasticBlock(blocks: .equal(count: 4), pIn: 0.1, pOut: 0.01)),
            ("kind: stochastic_block\n  block_sizes: [600, 400]\n  p_in: 0.1\n  p_out: 0.01",
             .stochasticBlock(blocks: .sizes([600, 400]), pIn: 0.1, pOut: 0.01)),
            ("kind: holme_kim\n  triad_probability: 0.7", .holmeKim(m: 5, triadProbability: 0.7)),
            ("kind: configuration_model\n  max_degree: 50", .configurationModel(exponent: 2.5, minDegree: 2, maxDegree: 50)),
        ]
        for (graph, expected) in cases {
            let world = try ConfigTestSupport.load("name: x\ngraph:\n  \(graph)\n")
            #expect(world.config.graph.generator() == expected, "\(graph)")
            // The resolved YAML loads back to the same hash (the filled-in defaults are allowed keys).
            let again = try ConfigTestSupport.load(world.resolvedYAML)
            #expect(again.hash == world.hash)
        }
    }

    @Test func parametersOfAnotherKindAreRefusedNamingTheirKind() {
        #expect(ConfigTestSupport.problems("name: x\ngraph:\n  kind: erdos_renyi\n  p: 0.1\n  m: 3\n") == [
            "world.yaml:5:6: graph.m: graph.kind erdos_renyi does not take m (m belongs to barabasi_albert, holme_kim); remove it or change the graph"
        ])
        #expect(ConfigTestSupport.problems("name: x\ngraph:\n  p: 0.1\n") == [
            "world.yaml:3:6: graph.p: graph.kind barabasi_albert does not take p (p belongs to erdos_renyi); remove it or change the graph"
        ])
    }

    @Test func requiredParametersAndBlockChoicesAreChecked() {
        #expect(ConfigTestSupport.problems("name: x\ngraph:\n  kind: stochastic_block\n  p_in: 0.1\n  p_out: 0.01\n") == [
            "world.yaml:3:3: graph.blocks: graph.kind stochastic_block needs exactly one of blocks or block_sizes, found neither"
        ])
        let both = ConfigTestSupport.problems(
            "name: x\ngraph:\n  kind: stochastic_block\n  blocks: 2\n  block_sizes: [500, 500]\n  p_in: 0.1\n  p_out: 0.01\n")
        #expect(both == ["world.yaml:5:16: graph.block_sizes: expected exactly one of blocks or block_sizes, found both"])
    }

    @Test func generatorParametersAreCheckedAgainstThePopulationSize() {
        let problems = ConfigTestSupport.problems(
            "name: x\npopulation:\n  size: 100\ngraph:\n  kind: stochastic_block\n  block_sizes: [60, 30]\n  p_in: 0.1\n  p_out: 0.01\n")
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("world.yaml:6:16: graph.block_sizes: expected sizes adding up to node_count = 100") == true)
        #expect(ConfigTestSupport.problems("name: x\npopulation:\n  size: 10\ngraph:\n  kind: watts_strogatz\n  k: 3\n").first?
            .contains("graph.k: expected an even number") == true)
    }

    @Test func everyGraphParameterIsSettableWithSet() throws {
        let world = try ConfigTestSupport.load(
            "name: x\n", overrides: ["graph.kind=configuration_model", "graph.exponent=3", "graph.min_degree=1", "graph.max_degree=20"])
        #expect(world.config.graph.generator() == .configurationModel(exponent: 3, minDegree: 1, maxDegree: 20))
    }

    @Test func edgeListSetsThePopulationSizeAndKeepsThePathAsWritten() throws {
        let dir = try ConfigTestSupport.temporaryDirectory()
        try "# tiny\n0 1\n1 2\n2 2\n1 0\n3 0\n".write(to: dir.appendingPathComponent("tiny.edges"), atomically: true, encoding: .utf8)
        let loader = WorldConfigLoader()
        let world = try loader.load(text: "name: x\ngraph:\n  file: tiny.edges\n", baseDirectory: dir.path)
        #expect(world.config.graph.file == "tiny.edges")
        #expect(world.config.graph.directed == false && world.config.graph.stringIDs == false)
        #expect(world.config.graph.kind == nil)
        #expect(world.config.population.size == 4)
        #expect(world.config.population.types[0].count == 4)
        #expect(!world.canonicalJSON.contains(dir.path))
        let edgeList = try #require(world.edgeList)
        #expect(edgeList.nodeCount == 4 && edgeList.edgeCount == 3)
        #expect(edgeList.selfLoopsSkipped == 1 && edgeList.duplicatesMerged == 1)
        #expect(world.edgeListReport?.contains("1 self-loop lines skipped, 1 duplicate edges merged") == true)
        // More agents than nodes: extra isolated agents; fewer: an error.
        let larger = try loader.load(text: "name: x\npopulation:\n  size: 10\ngraph:\n  file: tiny.edges\n", baseDirectory: dir.path)
        #expect(larger.config.population.size == 10)
        #expect(ConfigTestSupport.problems("name: x\npopulation:\n  size: 3\ngraph:\n  file: \(dir.path)/tiny.edges\n") == [
            "world.yaml:3:9: population.size: expected at least the edge list's 4 nodes, found 3; leave population.size out to use the node count"
        ])
    }

    @Test func missingEdgeListNamesTheKeyItsPositionAndTheResolvedPath() throws {
        let dir = try ConfigTestSupport.temporaryDirectory()
        let problems: [String]
        do {
            _ = try WorldConfigLoader().load(text: "name: x\ngraph:\n  file: nowhere.edges\n", baseDirectory: dir.path)
            problems = []
        } catch {
            problems = error.diagnostics.map(\.description)
        }
        #expect(problems == [
            "world.yaml:3:9: graph.file: no such edge-list file '\(dir.path)/nowhere.edges' (relative paths resolve against the world file's folder)"
        ])
        #expect(ConfigTestSupport.problems("name: x\ngraph:\n  kind: barabasi_albert\n  file: a.edges\n").first?
            .contains("expected either kind or file, found both") == true)
    }

    @Test func egoFacebookWorldLoadsTheRealSNAPGraph() throws {
        let world = try WorldConfigLoader().load(path: ConfigTestSupport.packagePath("Worlds/ego-facebook.yaml"))
        #expect(world.config.population.size == 4039)
        #expect(world.edgeList?.edgeCount == 88234)
        #expect(world.edgeList?.directed == false)
        #expect(world.config.graph.file == "data/ego-facebook.edges")
        #expect(world.canonicalJSON.contains("\"file\":\"data/ego-facebook.edges\""))
        #expect(world.edgeListPath?.hasSuffix("Worlds/data/ego-facebook.edges") == true)
    }
}
