import Foundation
import Yams

/// Reads and validates a sweep file before anything runs: unknown keys of the sweep file, axis
/// key paths that the world schema does not know (resolved like `--set`, with a did-you-mean),
/// empty axes, values of the wrong type for their key, unknown metric names.
///
/// Every problem is reported at once as a `ConfigError` whose diagnostics cite the sweep file's
/// line and column and the sweep key (`axes[0].key`), e.g.
/// `sweep.yaml:6:10: axes[0].key: unknown key 'post_probabilty' in population.types[0]; did you mean 'post_probability'?`
///
/// ```swift
/// let spec = try SweepSpecLoader(knownMetrics: names).load(path: "Worlds/sweep-out-of-network.yaml")
/// ```
public struct SweepSpecLoader: Sendable {
    /// The world schema axis keys are resolved against.
    public var schema: ConfigSchema
    /// Metric names a run can store; a requested metric outside this list is refused.
    public var knownMetrics: [String]

    /// The keys a sweep file may hold, in the order they are documented.
    public static let topLevelKeys = [
        "name", "world", "set", "axes", "strategy", "samples", "sampling_seed", "replicates", "seed", "metrics",
    ]
    /// The keys an axis may hold.
    public static let axisKeys = ["key", "values", "range", "uniform", "log_uniform"]
    /// The most points (× replicates) a sweep may ask for, so a typo cannot plan a billion runs.
    public static let maximumRuns = 100_000

    /// Creates a loader.
    public init(schema: ConfigSchema = .world, knownMetrics: [String]) {
        self.schema = schema
        self.knownMetrics = knownMetrics
    }

    /// The name among `names` closest to a misspelt `name` (edit distance at most 2, or a third of
    /// its length), for did-you-mean messages about metric names outside sweep files.
    public static func closestName(to name: String, among names: [String]) -> String? {
        KeySuggestion.closest(to: name, among: names)
    }

    /// Loads the sweep file at `path`; a world path inside it is resolved against its folder.
    /// - Throws: `ConfigError` with every diagnostic.
    public func load(path: String) throws(ConfigError) -> SweepSpec {
        let fileName = (path as NSString).lastPathComponent
        let bytes = try WorldConfigLoader.readBounded(path: path, fileName: fileName)
        let folder = (path as NSString).deletingLastPathComponent
        return try load(text: String(decoding: bytes, as: UTF8.self), fileName: fileName, folder: folder)
    }

    /// Loads a sweep from YAML text; `folder` is where a relative world path is looked up.
    /// - Throws: `ConfigError` with every diagnostic.
    public func load(text: String, fileName: String = "sweep.yaml", folder: String = ".") throws(ConfigError) -> SweepSpec {
        if let finding = YAMLSafetyCheck.check(Array(text.utf8)) {
            throw ConfigError(ConfigDiagnostic(origin: .file(name: fileName, line: finding.line, column: finding.column),
                                               keyPath: "", message: finding.message))
        }
        let root: Node?
        do { root = try ConfigValidator.compose(text) } catch {
            throw ConfigError(WorldConfigLoader.diagnostic(forYAMLError: error, fileName: fileName, text: text))
        }
        var reader = SweepSpecReader(fileName: fileName, folder: folder, schema: schema, knownMetrics: knownMetrics)
        let spec = reader.read(root)
        guard let spec, reader.diagnostics.isEmpty else {
            throw ConfigError(reader.diagnostics.isEmpty
                ? [ConfigDiagnostic(origin: .file(name: fileName, line: 0, column: 0), keyPath: "", message: "the sweep file is empty")]
                : WorldConfigLoader.inFileOrder(reader.diagnostics))
        }
        return spec
    }
}
