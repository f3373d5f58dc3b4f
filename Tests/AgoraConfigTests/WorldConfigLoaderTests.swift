import AgoraCore
import Foundation
import Testing

@testable import AgoraConfig

/// Loading whole worlds: the shipped quickstart, defaults, the config hash and the resolved YAML.
struct WorldConfigLoaderTests {
    static let quickstartPath = ConfigTestSupport.packagePath("Worlds/quickstart.yaml")

    @Test func quickstartLoads() throws {
        let world = try ConfigTestSupport.loader.load(path: Self.quickstartPath)
        #expect(world.config.name == "quickstart")
        #expect(world.config.population.size == 10_000)
        #expect(world.config.horizon == .day * 7)
        #expect(world.config.population.types.map(\.name) == ["lurker", "casual", "power"])
        #expect(world.config.population.types.map(\.count) == [7000, 2500, 500])
        #expect(world.config.population.types[2].activity.distribution == .pareto)
        #expect(world.hash.count == 64)
    }

    @Test func quickstartLoadsOnThisMachine() throws {
        // With the real memory size, as `agora run` does.
        _ = try WorldConfigLoader().load(path: Self.quickstartPath, overrides: ["population.size=2000", "horizon=2d"])
    }

    @Test func minimalConfigGetsEveryDefault() throws {
        let config = try ConfigTestSupport.load("name: minimal\n").config
        #expect(config.name == "minimal" && config.seed == 1 && config.horizon == .day * 7)
        #expect(config.population.size == 1000 && config.population.topics == 8 && config.population.types.count == 1)
        let type = config.population.types[0]
        #expect(type.name == "casual" && type.fraction == 1.0 && type.count == 1000 && type.policy == .rules)
        #expect(type.activity == ActivityDistribution(distribution: .lognormal, median: 3, sigma: 1.0, min: 0.1, max: 50))
        #expect(type.postProbability == 0.3 && type.likeProbability == 0.3 && type.repostProbability == 0.05
                    && type.followProbability == 0.05 && type.interestConcentration == 0.3)
        #expect(config.population.arrivals == ArrivalsConfig(ratePerDay: 0, follows: 5, friendsOfFriends: 0.5))
        #expect(config.graph == GraphConfig(kind: "barabasi_albert", m: 10))
        #expect(config.recommender.kind == .chronological && config.recommender.feedSize == 20)
        #expect(config.recommender.whoToFollow == WhoToFollowConfig(kind: .none, count: 3, rate: 0.05, maxExplored: 50))
        #expect(config.behaviour.circadian == ConfigSchema.defaultCircadian && config.behaviour.dwellTime == .second * 8)
        #expect(config.behaviour.model == .rules && config.behaviour.opinion.confidenceBound == 0.4)
        #expect(config.trace == TraceConfig(blockEvents: 65536, impressionSampling: 1.0, compressionLevel: 3))
        #expect(config.scheduler == SchedulerConfig(window: .second * 60))
        #expect(config.llm.endpoints.isEmpty && config.llm.model == "" && config.llm.apiKeyEnv == nil)
        #expect(config.llm.responseFormat == .jsonObjectSchema && config.llm.onFailure == .fallback)
        // The defaults code starts from are exactly these: the schema's, written once.
        var named = WorldConfig.defaults(name: "minimal")
        #expect(named == config)
        named.name = "other"
        #expect(WorldConfig.defaults(name: "other") == named)
        #expect(ConfigSchema.defaultCircadian.count == 24)
        #expect(ConfigSchema.defaultCircadian.firstIndex(of: ConfigSchema.defaultCircadian.max()!) == 20)
    }

    @Test func hashIsSHA256OfCanonicalJSON() throws {
        let world = try ConfigTestSupport.load("name: minimal\n")
        #expect(world.hash == SHA256.hexHash(Array(world.canonicalJSON.utf8)))
        #expect(world.canonicalJSON.hasPrefix("{\"behaviour\":{\"budget_refund\":0.5,\"churn\":{"))
        #expect(world.canonicalJSON.contains("\"seed\":1,"))
        #expect(!world.canonicalJSON.contains("\n"))
    }

    @Test func hashIgnoresKeyOrderAndExplicitDefaults() throws {
        let short = try ConfigTestSupport.load("name: w\npopulation:\n  size: 500\n")
        let reordered = try ConfigTestSupport.load("population:\n  size: 500\nname: w\n")
        let explicit = try ConfigTestSupport.load(
            """
            graph: {m: 10, kind: barabasi_albert}
            seed: 1
            name: w
            horizon: 7d
            population:
              topics: 8
              size: 500
              types:
                - {name: casual, fraction: 1.0, policy: rules, post_probability: 0.3}
            trace: {compression_level: 3}
            """)
        #expect(short.hash == reordered.hash)
        #expect(short.hash == explicit.hash)
        #expect(short.canonicalJSON == explicit.canonicalJSON)
        let viaSet = try ConfigTestSupport.load("name: w\n", overrides: ["population.size=500"])
        #expect(short.hash == viaSet.hash)
    }

    @Test func hashChangesWithAnyValue() throws {
        let base = try ConfigTestSupport.load("name: w\n").hash
        let variants = [
            try ConfigTestSupport.load("name: w2\n").hash,
            try ConfigTestSupport.load("name: w\n", seed: 2).hash,
            try ConfigTestSupport.load("name: w\n", overrides: ["horizon=6d"]).hash,
            try ConfigTestSupport.load("name: w\n", overrides: ["behaviour.circadian[0]=0.6"]).hash,
            try ConfigTestSupport.load("name: w\n", overrides: ["population.types[0].like_probability=0.31"]).hash,
        ]
        for variant in variants { #expect(variant != base) }
        #expect(Set(variants).count == variants.count)
    }

    @Test(arguments: [
        "Worlds/quickstart.yaml",
        "",
    ])
    func resolvedYAMLLoadsBackToTheSameConfigAndHash(worldFile: String) throws {
        let world: LoadedWorld
        if worldFile.isEmpty {
            world = try ConfigTestSupport.load(
                """
                name: "odd: name # with \\"quotes\\" and yes"
                seed: 18446744073709551615
                horizon: 250ms
                population:
                  size: 1234
                  types:
                    - {name: fixed, count: 34, policy: rules}
                    - {name: "true", fraction: 0.333333333333}
                    - {name: rest, fraction: 0.666666666667}
                llm: {endpoints: ["http://127.0.0.1:8080/v1"], model: m, api_key_env: KEY}
                trace: {impression_sampling: 0.000001}
                """, overrides: ["scheduler.window=1500ms"])
        } else {
            world = try ConfigTestSupport.loader.load(path: ConfigTestSupport.packagePath(worldFile), overrides: ["horizon=2d"])
        }
        let reloaded = try ConfigTestSupport.loader.load(text: world.resolvedYAML, fileName: "world.yaml")
        #expect(reloaded.config == world.config)
        #expect(reloaded.hash == world.hash)
        #expect(reloaded.resolvedYAML == world.resolvedYAML)
    }

    @Test func windowsLineEndingsAndByteOrderMarkLoadTheSame() throws {
        let text = try String(contentsOfFile: Self.quickstartPath, encoding: .utf8)
        let plain = try ConfigTestSupport.loader.load(text: text)
        let windows = try ConfigTestSupport.loader.load(text: "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(windows.hash == plain.hash)
    }

    @Test func resolvedYAMLShowsResolvedCounts() throws {
        let world = try ConfigTestSupport.loader.load(path: Self.quickstartPath)
        #expect(world.resolvedYAML.contains("fraction: 0.7  # resolved to 7000 agents"))
        #expect(world.resolvedYAML.contains("config hash \(world.hash)"))
    }

    @Test func missingFileNamesThePath() {
        do {
            _ = try ConfigTestSupport.loader.load(path: "/nonexistent/world.yaml")
            Issue.record("a missing file loaded")
        } catch {
            #expect(error.description == "/nonexistent/world.yaml: no such file; check the path of the world file")
        }
        do {
            _ = try ConfigTestSupport.loader.load(path: NSTemporaryDirectory())
            Issue.record("a directory loaded")
        } catch {
            #expect(error.description == "\(NSTemporaryDirectory()): is a directory, not a world file")
        }
    }

    @Test func diagnosticsCiteTheFileName() throws {
        let directory = try ConfigTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("mine.yaml")
        try Data("name: x\npopulation:\n  size: -3\n".utf8).write(to: file)
        do {
            _ = try ConfigTestSupport.loader.load(path: file.path)
            Issue.record("a bad file loaded")
        } catch {
            #expect(error.description == "mine.yaml:3:9: population.size: expected a whole number between 1 and 50000000, found -3")
        }
    }

    @Test func randomlyMutatedWorldsLoadOrFailWithDiagnostics() throws {
        // A seeded sweep of small edits (YAML punctuation inserted, replaced or deleted) to the
        // quickstart world: each must load or fail with diagnostics, never trap or hang.
        let base = Array(try String(contentsOfFile: Self.quickstartPath, encoding: .utf8))
        let alphabet = Array("[]{}:-*&!|>'\"#,\n ?\t%@`~.0123456789e_ab")
        var generator = SplitMixGenerator(seed: 2026)
        var loaded = 0
        for _ in 0..<200 {
            var text = base
            for _ in 0..<(1 + generator.next() % 6) {
                let position = Int(generator.next() % UInt64(text.count))
                let character = alphabet[Int(generator.next() % UInt64(alphabet.count))]
                switch generator.next() % 3 {
                case 0: text.remove(at: position)
                case 1: text.insert(character, at: position)
                default: text[position] = character
                }
            }
            do {
                _ = try ConfigTestSupport.loader.load(text: String(text))
                loaded += 1
            } catch {
                #expect(!error.diagnostics.isEmpty)
                #expect(!error.description.contains("internal error"), "\(error)")
            }
        }
        #expect(loaded > 0 && loaded < 200)
    }
}

/// A small seeded generator for test inputs (SplitMix64).
struct SplitMixGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
