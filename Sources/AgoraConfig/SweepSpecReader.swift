import Foundation
import Yams

/// Walks a composed sweep file, collecting every diagnostic (with line, column and sweep key)
/// and building the `SweepSpec` when there are none. Used by ``SweepSpecLoader``.
struct SweepSpecReader {
    let fileName: String
    let folder: String
    let schema: ConfigSchema
    let knownMetrics: [String]
    private(set) var diagnostics: [ConfigDiagnostic] = []

    init(fileName: String, folder: String, schema: ConfigSchema, knownMetrics: [String]) {
        self.fileName = fileName
        self.folder = folder
        self.schema = schema
        self.knownMetrics = knownMetrics
    }

    mutating func report(_ node: Node?, _ key: String, _ message: String, suggestion: String? = nil) {
        var diagnostic = ConfigDiagnostic(origin: .file(name: fileName, line: node?.mark?.line ?? 0, column: node?.mark?.column ?? 0),
                                          keyPath: key, message: message, suggestion: suggestion)
        diagnostic.messageNamesKey = key.isEmpty
        diagnostics.append(diagnostic)
    }

    /// The spec, or nil when the file has no usable top-level section.
    mutating func read(_ root: Node?) -> SweepSpec? {
        guard let root, !ConfigValidator.isNull(root) else { return nil }
        guard let mapping = root.mapping else {
            report(root, "", "expected a section of keys at the top level (name: …, world: …, axes: …), found \(ConfigValidator.describe(root))")
            return nil
        }
        var entries: [String: Node] = [:]
        for (keyNode, value) in mapping {
            let name = keyNode.scalar?.string ?? ""
            guard SweepSpecLoader.topLevelKeys.contains(name) else {
                report(keyNode, "", "unknown key '\(name)' at the top level of the sweep file",
                       suggestion: KeySuggestion.closest(to: name, among: SweepSpecLoader.topLevelKeys))
                continue
            }
            entries[name] = value
        }
        let name = text(entries["name"], "name", required: true) ?? "sweep"
        let world = readWorld(entries["world"], anchor: root)
        let overrides = textList(entries["set"], "set")
        let strategyText = text(entries["strategy"], "strategy", required: false) ?? "grid"
        let strategy = SweepSpec.Strategy(rawValue: strategyText)
        if strategy == nil {
            let words = SweepSpec.Strategy.allCases.map(\.rawValue)
            report(entries["strategy"], "strategy", "expected one of \(words.joined(separator: ", ")), found '\(strategyText)'",
                   suggestion: KeySuggestion.closest(to: strategyText, among: words))
        }
        let samples = integer(entries["samples"], "samples", range: 1...SweepSpecLoader.maximumRuns)
        if strategy != nil, strategy != .grid, samples == nil, entries["samples"] == nil {
            report(root, "samples", "strategy \(strategyText) needs samples: the number of points to draw")
        }
        let replicates = integer(entries["replicates"], "replicates", range: 1...10_000) ?? 1
        let seed = unsigned(entries["seed"], "seed") ?? 1
        let samplingSeed = unsigned(entries["sampling_seed"], "sampling_seed") ?? 1
        let metrics = readMetrics(entries["metrics"])
        let axes = readAxes(entries["axes"], anchor: root, strategy: strategy ?? .grid)
        guard let world, let strategy, diagnostics.isEmpty else { return nil }
        let points = strategy == .grid
            ? axes.reduce(1) { product, axis in if case let .values(v) = axis.domain { product * v.count } else { product } }
            : samples ?? 1
        if points * replicates > SweepSpecLoader.maximumRuns {
            report(entries["axes"], "axes", "the sweep asks for \(points) points × \(replicates) replicates = \(points * replicates) runs, more than the \(SweepSpecLoader.maximumRuns) allowed; use fewer values or strategy: random")
            return nil
        }
        return SweepSpec(name: name, world: world, overrides: overrides, axes: axes, strategy: strategy,
                         samples: samples ?? 0, samplingSeed: samplingSeed, replicates: replicates, seed: seed, metrics: metrics)
    }

    private mutating func readWorld(_ node: Node?, anchor: Node) -> SweepSpec.World? {
        guard let node, !ConfigValidator.isNull(node) else {
            report(anchor, "world", "missing: give the base world as a path (world: quickstart.yaml) or as an inline section")
            return nil
        }
        if node.mapping != nil {
            do { return .inline(try Yams.serialize(node: node)) } catch {
                report(node, "world", "the inline world cannot be written back as YAML (\(error))")
                return nil
            }
        }
        guard let path = node.scalar?.string, !path.isEmpty else {
            report(node, "world", "expected a path to a world file or an inline section, found \(ConfigValidator.describe(node))")
            return nil
        }
        let resolved = path.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: resolved) else {
            report(node, "world", "no world file at \(resolved); paths are relative to the sweep file's folder")
            return nil
        }
        return .path(resolved)
    }

    private mutating func readMetrics(_ node: Node?) -> [String] {
        let names = textList(node, "metrics")
        guard let sequence = node?.sequence else { return names }
        for (index, name) in names.enumerated() where !knownMetrics.contains(name) {
            report(sequence[index], "metrics[\(index)]", "unknown metric '\(name)' (see docs/metrics.md)",
                   suggestion: KeySuggestion.closest(to: name, among: knownMetrics))
        }
        return names
    }

    private mutating func readAxes(_ node: Node?, anchor: Node, strategy: SweepSpec.Strategy) -> [SweepAxis] {
        guard let node, !ConfigValidator.isNull(node) else {
            report(anchor, "axes", "missing: give at least one axis (- key: graph.m, values: [2, 4])")
            return []
        }
        guard let sequence = node.sequence, !sequence.isEmpty else {
            report(node, "axes", "expected a list of at least one axis, found \(ConfigValidator.describe(node))")
            return []
        }
        var axes: [SweepAxis] = []
        var seen: [String: Int] = [:]
        for (index, axisNode) in sequence.enumerated() {
            guard let axis = readAxis(axisNode, index: index, strategy: strategy) else { continue }
            if let earlier = seen[axis.key.description] {
                report(axisNode, "axes[\(index)].key", "the key \(axis.key) is already axis \(earlier); each key may be swept once")
                continue
            }
            seen[axis.key.description] = index
            axes.append(axis)
        }
        return axes
    }
}
