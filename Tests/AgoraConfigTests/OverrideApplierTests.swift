import AgoraCore
import Foundation
import Testing

@testable import AgoraConfig

/// `--set key.path=value` and `--seed`: edits to the YAML tree before validation.
struct OverrideApplierTests {
    static let twoTypes = """
        name: x
        population:
          size: 100
          types:
            - {name: a, fraction: 0.5}
            - {name: b, fraction: 0.5}
        """

    @Test func scalarOverridesReplaceValues() throws {
        let world = try ConfigTestSupport.load(Self.twoTypes, overrides: ["horizon=2d", "population.size=500"])
        #expect(world.config.horizon == .day * 2)
        #expect(world.config.population.size == 500)
        #expect(world.config.population.types.map(\.count) == [250, 250])
    }

    @Test func listIndexSelectsAnEntry() throws {
        let world = try ConfigTestSupport.load(
            Self.twoTypes, overrides: ["population.types[1].fraction=0.2", "population.types[0].fraction=0.8"])
        #expect(world.config.population.types.map(\.count) == [80, 20])
    }

    @Test func missingIntermediateSectionsAreCreated() throws {
        let world = try ConfigTestSupport.load("name: x\n", overrides: ["population.types[0].activity.median=5", "graph.m=3"])
        #expect(world.config.population.types[0].activity.median == 5)
        #expect(world.config.population.types[0].name == "casual")
        #expect(world.config.graph.m == 3)
    }

    @Test func lastOverrideWins() throws {
        let world = try ConfigTestSupport.load("name: x\n", overrides: ["seed=5", "seed=9"])
        #expect(world.config.seed == 9)
    }

    @Test func seedOptionActsLikeSetSeed() throws {
        let viaOption = try ConfigTestSupport.load("name: x\nseed: 3\n", seed: 42)
        let viaSet = try ConfigTestSupport.load("name: x\nseed: 3\n", overrides: ["seed=42"])
        #expect(viaOption.config.seed == 42)
        #expect(viaOption.hash == viaSet.hash)
        #expect(try ConfigTestSupport.load("name: x\n", seed: UInt64.max).config.seed == UInt64.max)
    }

    @Test func valuesAreParsedAsYAML() throws {
        let profile = "[" + Array(repeating: "1", count: 24).joined(separator: ",") + "]"
        let world = try ConfigTestSupport.load(
            "name: x\n", overrides: ["behaviour.circadian=\(profile)", "name='quoted name'", "llm.api_key_env=MY_KEY"])
        #expect(world.config.behaviour.circadian == Array(repeating: 1.0, count: 24))
        #expect(world.config.name == "quoted name")
        #expect(world.config.llm.apiKeyEnv == "MY_KEY")
    }

    @Test func unknownKeyIsADidYouMeanErrorNamingTheSet() {
        #expect(
            ConfigTestSupport.problems("name: x\n", overrides: ["population.sise=5"]) == [
                "--set population.sise=5: unknown key 'sise' in population; did you mean 'size'?"
            ])
        #expect(
            ConfigTestSupport.problems("name: x\n", overrides: ["horizn=2d"]) == [
                "--set horizn=2d: unknown key 'horizn' at the top level; did you mean 'horizon'?"
            ])
    }

    @Test func indexOutOfRangeIsAnError() {
        #expect(
            ConfigTestSupport.problems(Self.twoTypes, overrides: ["population.types[2].fraction=0.1"]) == [
                "--set population.types[2].fraction=0.1: index 2 is out of range for population.types: it has 2 entries (indices 0 to 1)"
            ])
    }

    @Test func pathsThatDoNotFitTheSchemaAreErrors() {
        #expect(
            ConfigTestSupport.problems("name: x\n", overrides: ["population.size.x=3"]) == [
                "--set population.size.x=3: population.size is a single value; it has no key 'x'"
            ])
        #expect(
            ConfigTestSupport.problems("name: x\n", overrides: ["population.types.name=3"]) == [
                "--set population.types.name=3: population.types is a list; select an entry with [index] before '.name'"
            ])
        #expect(
            ConfigTestSupport.problems("name: x\n", overrides: ["population.size"]) == [
                "--set population.size: expected key.path=value (for example population.size=500)"
            ])
        #expect(
            ConfigTestSupport.problems("name: x\n", overrides: ["population..size=3"]) == [
                "--set population..size=3: 'population..size' is not a key path: expected a key at position 12, found '.'"
            ])
    }

    @Test func invalidValuesCiteTheSetNotTheFile() {
        #expect(
            ConfigTestSupport.problems("name: x\n", overrides: ["population.size=abc"]) == [
                "--set population.size=abc: population.size: expected a whole number between 1 and 50000000, found 'abc'"
            ])
        // The types list came from the schema default, brought in by the --set.
        #expect(
            ConfigTestSupport.problems("name: x\n", overrides: ["population.types[0].fraction=0.2"]) == [
                "--set population.types[0].fraction=0.2: population.types: expected fractions adding up to 1, found 0.2"
            ])
        #expect(
            ConfigTestSupport.problems("name: x\n", overrides: ["horizon=*bomb"]) == [
                "--set horizon=*bomb: YAML aliases (*bomb) are not allowed in world files; write the value out in full"
            ])
    }

    @Test func setEqualsEditingTheFile() throws {
        let edited = try ConfigTestSupport.load(Self.twoTypes.replacingOccurrences(of: "size: 100", with: "size: 700"))
        let overridden = try ConfigTestSupport.load(Self.twoTypes, overrides: ["population.size=700"])
        #expect(edited.config == overridden.config)
        #expect(edited.hash == overridden.hash)
    }
}
