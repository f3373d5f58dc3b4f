import Testing

@testable import AgoraConfig

/// Rules across keys: type counts, the LLM refusal, activity clips, graph size, circadian
/// profile and the memory estimate.
struct WorldRulesTests {
    static func types(_ lines: String, size: Int) -> String {
        "name: x\ngraph:\n  m: 2\npopulation:\n  size: \(size)\n  types:\n" + lines
    }

    @Test func fractionsBecomeCountsByLargestRemainder() throws {
        let yaml = Self.types(
            "    - {name: a, fraction: 0.3333}\n    - {name: b, fraction: 0.3333}\n    - {name: c, fraction: 0.3334}\n", size: 10)
        let world = try ConfigTestSupport.load(yaml)
        // Quotas 3.333, 3.333, 3.334: the one extra agent goes to the largest remainder (c).
        #expect(world.config.population.types.map(\.count) == [3, 3, 4])
        #expect(world.config.population.types.map(\.fraction) == [0.3333, 0.3333, 0.3334])
    }

    @Test func equalRemaindersGoToTheEarlierType() throws {
        let yaml = Self.types(
            "    - {name: a, fraction: 0.25}\n    - {name: b, fraction: 0.25}\n    - {name: c, fraction: 0.25}\n    - {name: d, fraction: 0.25}\n",
            size: 7)
        #expect(try ConfigTestSupport.load(yaml).config.population.types.map(\.count) == [2, 2, 2, 1])
    }

    @Test func countsAndFractionsMixAndAddUpToSize() throws {
        let yaml = Self.types(
            "    - {name: llm-users, count: 200}\n    - {name: a, fraction: 0.7}\n    - {name: b, fraction: 0.3}\n", size: 100_000)
        let world = try ConfigTestSupport.load(yaml)
        #expect(world.config.population.types.map(\.count) == [200, 69_860, 29_940])
        #expect(world.config.population.types[0].fraction == nil)
    }

    @Test func countsAloneMustAddUpToSize() throws {
        let yaml = Self.types("    - {name: a, count: 40}\n    - {name: b, count: 60}\n", size: 100)
        #expect(try ConfigTestSupport.load(yaml).config.population.types.map(\.count) == [40, 60])
        #expect(
            ConfigTestSupport.problems(Self.types("    - {name: a, count: 40}\n", size: 100)) == [
                "world.yaml:7:5: population.types: expected counts adding up to population.size (100), found 40; change size, the counts, or give a type a fraction"
            ])
    }

    @Test func fractionsMustAddUpToOne() {
        let yaml = Self.types("    - name: a\n      fraction: 0.5\n    - name: b\n      fraction: 0.4\n", size: 100)
        #expect(ConfigTestSupport.problems(yaml) == ["world.yaml:7:5: population.types: expected fractions adding up to 1, found 0.9"])
    }

    /// The shares of a mix feed are a rule across keys: located like every other config error,
    /// and only checked when the feed is a mix.
    @Test func mixSharesThatDoNotAddUpToOneAreLocated() {
        let mix = "recommender:\n  kind: mix\n  mix:\n    - {source: popular, fraction: 0.5}\n    - {source: interest, fraction: 0.3}\n"
        #expect(ConfigTestSupport.problems("name: x\n" + mix) == [
            "world.yaml:5:5: recommender.mix: expected source fractions adding up to 1 (±0.001), found 0.8; adjust them so they sum to 1"
        ])
        #expect(ConfigTestSupport.problems("name: x\n" + mix, overrides: ["recommender.kind=chronological"]) == [])
        #expect(ConfigTestSupport.problems("name: x\n" + mix, overrides: ["recommender.mix[1].fraction=0.5"]) == [])
    }

    @Test func countsBeyondSizeAreRefused() {
        let yaml = Self.types("    - {name: a, count: 150}\n    - {name: b, fraction: 1}\n", size: 100)
        #expect(
            ConfigTestSupport.problems(yaml) == [
                "world.yaml:7:5: population.types: expected counts adding up to at most population.size (100), found 150"
            ])
    }

    @Test func typesNeedExactlyOneOfFractionOrCountAndUniqueNames() {
        let yaml = Self.types("    - name: a\n    - name: a\n      count: 3\n      fraction: 0.5\n", size: 100)
        #expect(
            ConfigTestSupport.problems(yaml) == [
                "world.yaml:7:7: population.types[0]: expected exactly one of fraction or count, found neither",
                "world.yaml:8:13: population.types[1].name: expected a name not used by another type, found 'a' (also population.types[0])",
                "world.yaml:9:14: population.types[1]: expected exactly one of fraction or count, found both",
            ])
    }

    @Test func llmPolicyNeedsAnEndpoint() {
        let yaml = Self.types("    - name: a\n      policy: llm\n      fraction: 1\n", size: 100)
        #expect(
            ConfigTestSupport.problems(yaml) == [
                "world.yaml:8:15: population.types[0].policy: expected llm.endpoints to list at least one OpenAI-compatible base URL "
                    + "for LLM-driven agents (e.g. http://127.0.0.1:8080/v1, see docs/llm-agents.md), found none; add llm.endpoints or use policy: rules"
            ])
        let withEndpoint = yaml + "llm:\n  endpoints: [\"http://127.0.0.1:8080/v1\"]\n"
        #expect(ConfigTestSupport.problems(withEndpoint) == [])
    }

    @Test func personaIDsAreUnique() {
        let yaml = Self.types("    - name: a\n      fraction: 1\n", size: 100)
            + "llm:\n  personas:\n    - {id: ada}\n    - {id: ada, openness: 0.2}\n"
        #expect(
            ConfigTestSupport.problems(yaml) == [
                "world.yaml:12:12: llm.personas[1].id: expected an id not used by another persona, found 'ada' (also llm.personas[0])"
            ])
    }

    @Test func activityMinimumMayNotExceedMaximum() {
        let yaml = Self.types("    - name: a\n      fraction: 1\n      activity:\n        min: 60\n", size: 100)
        #expect(
            ConfigTestSupport.problems(yaml) == [
                "world.yaml:10:14: population.types[0].activity.min: expected a number at most activity.max (50), found 60"
            ])
    }

    @Test func graphMMustBeBelowPopulationSize() {
        // m is left at its default, so the diagnostic points at the size that made it too large.
        #expect(
            ConfigTestSupport.problems("name: x\npopulation:\n  size: 5\n") == [
                "world.yaml:3:9: graph.m: expected a whole number less than population.size (5), found 10"
            ])
        #expect(
            ConfigTestSupport.problems("name: x\npopulation:\n  size: 50\ngraph:\n  m: 50\n") == [
                "world.yaml:5:6: graph.m: expected a whole number less than population.size (50), found 50"
            ])
    }

    @Test func circadianProfileMayNotBeAllZero() {
        let zeros = Array(repeating: "0", count: 24).joined(separator: ", ")
        #expect(
            ConfigTestSupport.problems("name: x\nbehaviour:\n  circadian: [\(zeros)]\n") == [
                "world.yaml:3:14: behaviour.circadian: expected at least one hour with activity above 0, found all zeros"
            ])
    }

    @Test func populationBeyondMemoryIsRefused() {
        // The test loader believes the machine has 16 GiB; 50M agents × 412 bytes ≈ 19.2 GiB.
        #expect(
            ConfigTestSupport.problems("name: x\npopulation:\n  size: 50000000\n") == [
                "world.yaml:3:9: population.size: a population of 50000000 agents needs about 19.2 GiB of memory (about 412 bytes per agent), more than this machine's 16.0 GiB of physical memory; use a smaller population.size"
            ])
        #expect(ConfigTestSupport.problems("name: x\npopulation:\n  size: 30000000\n").isEmpty)
        #expect(
            ConfigTestSupport.problems("name: x\npopulation:\n  size: 50000001\n") == [
                "world.yaml:3:9: population.size: expected a whole number between 1 and 50000000, found 50000001"
            ])
    }

    @Test func memoryEstimateGrowsWithTopicsAndM() {
        #expect(WorldRules.bytesPerAgent(topics: 8, m: 10) == 412)
        #expect(WorldRules.bytesPerAgent(topics: 64, m: 100) == 300 + 256 + 800)
    }
}
