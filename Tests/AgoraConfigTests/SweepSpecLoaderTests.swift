import Foundation
import Testing

@testable import AgoraConfig

/// Sweep files are validated before anything runs, with the file's line and column, the sweep key
/// and (for misspellings) a suggestion; good files expand ranges and keep values as written.
@Suite struct SweepSpecLoaderTests {
    static let loader = SweepSpecLoader(knownMetrics: ["activity.dau_mean", "activity.posts"])

    /// An inline-world sweep with `axes` and `extra` appended.
    static func sweep(axes: String, extra: String = "") -> String {
        """
        name: test
        world: {name: tiny, population: {size: 100}, graph: {m: 2}}
        axes:
        \(axes)
        \(extra)
        """
    }

    static func problems(_ text: String) -> [String] {
        do {
            _ = try loader.load(text: text)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func unknownAxisKeyNamesThePathAndSuggestsTheNearestKey() {
        let text = Self.sweep(axes: "  - key: population.types[0].post_probabilty\n    values: [0.1]")
        #expect(Self.problems(text) == [
            "sweep.yaml:4:10: axes[0].key: unknown key 'post_probabilty' in population.types[0]; did you mean 'post_probability'?",
        ])
    }

    @Test func unknownTopLevelSectionOfTheAxisPathIsRefusedLikeSet() {
        let text = Self.sweep(axes: "  - key: recomender.feed_size\n    values: [5]")
        #expect(Self.problems(text) == [
            "sweep.yaml:4:10: axes[0].key: unknown key 'recomender' at the top level; did you mean 'recommender'?",
        ])
    }

    @Test func unknownMetricIsRefusedWithASuggestion() {
        let text = Self.sweep(axes: "  - key: graph.m\n    values: [2]", extra: "metrics: [activity.posts, activity.dau_mena]")
        #expect(Self.problems(text) == [
            "sweep.yaml:6:27: metrics[1]: unknown metric 'activity.dau_mena' (see docs/metrics.md); did you mean 'activity.dau_mean'?",
        ])
    }

    @Test func emptyAxisIsRefused() {
        let text = Self.sweep(axes: "  - key: graph.m\n    values: []")
        #expect(Self.problems(text) == ["sweep.yaml:5:13: axes[0].values: the axis has no values; give at least one"])
    }

    @Test func valueOfTheWrongTypeIsRefusedWithTheKeysExpectation() {
        let text = Self.sweep(axes: "  - key: population.types[0].post_probability\n    values: [0.2, high, 1.5]")
        #expect(Self.problems(text) == [
            "sweep.yaml:5:19: axes[0].values[1]: population.types[0].post_probability: expected a number between 0 and 1, found 'high'",
            "sweep.yaml:5:25: axes[0].values[2]: population.types[0].post_probability: expected a number between 0 and 1, found 1.5",
        ])
    }

    @Test func distributionOnAChoiceKeyIsATypeMismatch() {
        let text = Self.sweep(axes: "  - key: population.types[0].policy\n    uniform: {min: 0, max: 1}", extra: "strategy: random\nsamples: 4")
        #expect(Self.problems(text) == [
            "sweep.yaml:5:14: axes[0].uniform: population.types[0].policy takes one of rules, llm; uniform needs a numeric key",
        ])
    }

    @Test func everyProblemIsReportedAtOnce() {
        let text = """
            name: test
            world: {name: tiny}
            stratgy: grid
            axes:
              - key: graph.mm
                values: [2]
              - key: graph.m
                values: []
            metrics: [nope]
            """
        #expect(Self.problems(text).count == 4)
    }

    @Test func rangesExpandInclusivelyWithoutBinaryNoise() throws {
        let text = Self.sweep(axes: """
              - key: population.types[0].post_probability
                range: {from: 0.1, to: 0.5, step: 0.1}
              - key: graph.m
                range: {from: 2, to: 7, step: 2}
            """, extra: "replicates: 3\nseed: 40")
        let spec = try Self.loader.load(text: text)
        #expect(spec.axes.map(\.domain) == [.values(["0.1", "0.2", "0.3", "0.4", "0.5"]), .values(["2", "4", "6"])])
        #expect(spec.axes[1].isInteger)
        #expect(spec.replicates == 3)
        #expect((0..<3).map(spec.seed(ofReplicate:)) == [40, 41, 42])
        guard case .inline(let world) = spec.world else {
            Issue.record("expected an inline world")
            return
        }
        #expect(world.contains("name: tiny"))
    }

    @Test func relativeWorldPathIsResolvedAgainstTheSweepFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sweep-spec-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "name: w\n".write(to: folder.appendingPathComponent("w.yaml"), atomically: true, encoding: .utf8)
        let sweepPath = folder.appendingPathComponent("s.yaml").path
        try "name: s\nworld: w.yaml\naxes: [{key: graph.m, values: [2]}]\n".write(toFile: sweepPath, atomically: true, encoding: .utf8)
        let spec = try Self.loader.load(path: sweepPath)
        #expect(spec.world == .path(folder.appendingPathComponent("w.yaml").path))
        let missing = "name: s\nworld: nowhere.yaml\naxes: [{key: graph.m, values: [2]}]\n"
        #expect(throws: ConfigError.self) { try Self.loader.load(text: missing, folder: folder.path) }
    }

    @Test func samplingStrategiesNeedSamplesAndTakeDistributions() throws {
        let axes = """
              - key: recommender.exploration
                log_uniform: {min: 0.001, max: 0.5}
              - key: graph.m
                uniform: {min: 2, max: 8}
            """
        #expect(Self.problems(Self.sweep(axes: axes, extra: "strategy: latin_hypercube")) == [
            "sweep.yaml:1:1: samples: strategy latin_hypercube needs samples: the number of points to draw",
        ])
        let spec = try Self.loader.load(text: Self.sweep(axes: axes, extra: "strategy: latin_hypercube\nsamples: 6\nsampling_seed: 9"))
        #expect(spec.strategy == .latinHypercube && spec.samples == 6 && spec.samplingSeed == 9)
        #expect(spec.axes.map(\.domain) == [.logUniform(min: 0.001, max: 0.5), .uniform(min: 2, max: 8)])
        #expect(spec.axes.map(\.isInteger) == [false, true])
        #expect(Self.problems(Self.sweep(axes: axes)).first?.contains("use strategy: random or latin_hypercube") == true)
    }
}
