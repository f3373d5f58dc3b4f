import Testing

@testable import AgoraConfig

/// Bad configs, each with the exact diagnostics the user sees (one line each, in file order).
struct ConfigValidatorTests {
    struct BadConfig: CustomTestStringConvertible, Sendable {
        var yaml: String
        var expected: [String]
        var testDescription: String { expected.first ?? yaml }
    }

    static let badConfigs: [BadConfig] = [
        BadConfig(
            yaml: "name: x\npopulation:\n  sise: 5\n",
            expected: ["world.yaml:3:3: unknown key 'sise' in population; did you mean 'size'?"]),
        BadConfig(
            yaml: "nmae: x\n",
            expected: [
                "world.yaml:1:1: unknown key 'nmae' at the top level; did you mean 'name'?",
                "world.yaml:1:1: name: required key is missing (expected text of 1 to 200 characters)",
            ]),
        BadConfig(
            yaml: "name: x\nsurprise: 3\n",
            expected: ["world.yaml:2:1: unknown key 'surprise' at the top level"]),
        BadConfig(
            yaml: "name: x\npopulation:\n  types:\n    - name: a\n      fraction: 1.5\n",
            expected: ["world.yaml:5:17: population.types[0].fraction: expected a number between 0 and 1, found 1.5"]),
        BadConfig(
            yaml: "seed: 1\n",
            expected: ["world.yaml:1:1: name: required key is missing (expected text of 1 to 200 characters)"]),
        BadConfig(
            yaml: "name: \"\"\n",
            expected: ["world.yaml:1:7: name: expected text of 1 to 200 characters, found 0 characters"]),
        BadConfig(
            yaml: "name: x\nhorizon: 7 days\n",
            expected: [
                "world.yaml:2:10: horizon: expected a duration greater than 0 and at most 3650d (like 250ms, 90s, 15m, 6h, 7d), found '7 days'"
            ]),
        BadConfig(
            yaml: "name: x\nhorizon: 3651d\n",
            expected: [
                "world.yaml:2:10: horizon: expected a duration greater than 0 and at most 3650d (like 250ms, 90s, 15m, 6h, 7d), found '3651d'"
            ]),
        BadConfig(
            yaml: "name: x\nseed: -1\n",
            expected: ["world.yaml:2:7: seed: expected a whole number between 0 and 18446744073709551615, found -1"]),
        BadConfig(
            yaml: "name: x\ngraph:\n  kind: erdos_renyii\n",
            expected: [
                "world.yaml:3:9: graph.kind: expected one of erdos_renyi, erdos_renyi_edges, barabasi_albert, watts_strogatz, "
                    + "stochastic_block, holme_kim, configuration_model, found 'erdos_renyii'; did you mean 'erdos_renyi'?"
            ]),
        BadConfig(
            yaml: "name: x\nrecommender:\n  kind: chronologicl\n",
            expected: ["world.yaml:3:9: recommender.kind: expected one of random, chronological, popular, hot, interest, collaborative, mix, reference, found 'chronologicl'; did you mean 'chronological'?"]),
        BadConfig(
            yaml: "name: x\nrecommender:\n  kind: mix\n  mix:\n    - source: populr\n      fraction: 1\n",
            expected: ["world.yaml:5:15: recommender.mix[0].source: expected one of random, chronological, popular, hot, interest, collaborative, found 'populr'; did you mean 'popular'?"]),
        BadConfig(
            yaml: "name: x\nrecommender:\n  who_to_follow:\n    kind: adamic-adar\n",
            expected: ["world.yaml:4:11: recommender.who_to_follow.kind: expected one of none, random, preferential, friends_of_friends, common_neighbors, adamic_adar, interest, found 'adamic-adar'; did you mean 'adamic_adar'?"]),
        BadConfig(
            yaml: "name: x\nbehaviour:\n  circadian: [1, 2]\n",
            expected: ["world.yaml:3:14: behaviour.circadian: expected a list of 24 entries, each a number of at least 0, found 2 entries"]),
        BadConfig(
            yaml: "name: x\ntrace:\n  compression_level: 22\n  impression_sampling: -0.1\n",
            expected: [
                "world.yaml:3:22: trace.compression_level: expected a whole number between 1 and 19, found 22",
                "world.yaml:4:24: trace.impression_sampling: expected a number between 0 and 1, found -0.1",
            ]),
        BadConfig(
            yaml: "name: x\nllm:\n  endpoints: http://x\n",
            expected: ["world.yaml:3:14: llm.endpoints: expected a list of 0 to 64 entries, each text of 1 to 2048 characters, found 'http://x'"]),
        BadConfig(
            yaml: "name: x\npopulation: [1]\n",
            expected: ["world.yaml:2:13: population: expected a section of keys, found a list"]),
        BadConfig(
            yaml: "- a\n- b\n",
            expected: ["world.yaml:1:1: expected a section of keys at the top level (name: …, population: …), found a list"]),
        BadConfig(
            yaml: "name: a: b\n",
            expected: ["world.yaml:1:8: invalid YAML: mapping values are not allowed in this context"]),
        BadConfig(
            yaml: "name: x\nscheduler:\n  window: 2d\nactivity: 3\npopulation:\n  topics: 0\n",
            expected: [
                "world.yaml:3:11: scheduler.window: expected a duration greater than 0 and at most 1d (like 250ms, 90s, 15m, 6h, 7d), found '2d'",
                "world.yaml:4:1: unknown key 'activity' at the top level",
                "world.yaml:6:11: population.topics: expected a whole number between 1 and 64, found 0",
            ]),
        BadConfig(
            yaml: "name: x\npopulation:\n  types:\n    - name: a\n      fraction: 1\n      activity:\n        distribution: normal\n        median: 0\n",
            expected: [
                "world.yaml:7:23: population.types[0].activity.distribution: expected one of lognormal, pareto, found 'normal'",
                "world.yaml:8:17: population.types[0].activity.median: expected a number greater than 0, found 0",
            ]),
        BadConfig(
            yaml: "name: x\npopulation:\n  types:\n    - name: a\n      fraction: .nan\n",
            expected: ["world.yaml:5:17: population.types[0].fraction: expected a number between 0 and 1, found '.nan'"]),
        BadConfig(
            yaml: "name: x\npopulation:\n  types: []\n",
            expected: ["world.yaml:3:10: population.types: expected a list of 1 to 256 entries, each a section of keys, found 0 entries"]),
        BadConfig(
            yaml: "name: x\npopulation:\n  types:\n    - name: a\n      fraction: 1\n      like_probability: \"0.5\"\n",
            expected: ["world.yaml:6:25: population.types[0].like_probability: expected a number between 0 and 1, found '0.5'"]),
    ]

    @Test(arguments: badConfigs)
    func badConfigIsRefusedWithExactMessages(_ config: BadConfig) {
        #expect(ConfigTestSupport.problems(config.yaml) == config.expected)
    }

    @Test func everyProblemOfAFileIsReportedAtOnce() {
        let yaml = """
            name: x
            horizon: soon
            population:
              size: 0
              topcs: 3
            trace:
              block_events: 12
            """
        let problems = ConfigTestSupport.problems(yaml)
        #expect(problems.count == 4)
        #expect(problems.map { $0.prefix(14) } == ["world.yaml:2:1", "world.yaml:4:9", "world.yaml:5:3", "world.yaml:7:1"])
    }

    @Test func errorDescriptionIsOneLinePerDiagnostic() throws {
        let error = #expect(throws: ConfigError.self) {
            try ConfigTestSupport.load("name: x\nseed: abc\nhorizon: 1\n")
        }
        #expect(
            error?.description == """
                world.yaml:2:7: seed: expected a whole number between 0 and 18446744073709551615, found 'abc'
                world.yaml:3:10: horizon: expected a duration greater than 0 and at most 3650d (like 250ms, 90s, 15m, 6h, 7d), found 1
                """)
        #expect(error?.diagnostics.first?.keyPath == "seed")
        #expect(error?.diagnostics.first?.origin == .file(name: "world.yaml", line: 2, column: 7))
    }

    @Test func nullSectionMeansAllDefaults() throws {
        let world = try ConfigTestSupport.load("name: x\npopulation:\ngraph: ~\n")
        #expect(world.config.population.size == 1000)
        #expect(world.config.graph.m == 10)
    }

    @Test func underscoresSeparateThousands() throws {
        let world = try ConfigTestSupport.load("name: x\npopulation:\n  size: 12_000\n")
        #expect(world.config.population.size == 12000)
    }
}
