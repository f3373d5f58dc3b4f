import AgoraAnalysis
import AgoraConfig
import Foundation

/// An A/B comparison (`agora compare A.yaml B.yaml --replicates 10`) as a two-point sweep: point 0
/// is world A, point 1 world B, and replicate r of both runs with seed `seed + r` — common random
/// numbers, so the paired difference B − A of replicate r isolates the effect of what differs
/// between the worlds. Being a sweep, it is resumable and its runs land in the same catalog.
public enum ComparisonPlan {
    /// One side of a comparison: a world file and the overrides applied to it.
    public struct Variant: Sendable {
        /// The world file.
        public var worldPath: String
        /// `--set` overrides for this side (after the shared ones).
        public var overrides: [String]

        /// Creates a side.
        public init(worldPath: String, overrides: [String] = []) {
            self.worldPath = worldPath
            self.overrides = overrides
        }

        /// `file.yaml [k=v, …]`, the label of the side in tables and charts.
        var label: String {
            let file = (worldPath as NSString).lastPathComponent
            return overrides.isEmpty ? file : "\(file) [\(overrides.joined(separator: ", "))]"
        }
    }

    /// Plans the comparison of `a` and `b`.
    ///
    /// - Parameters:
    ///   - shared: overrides applied to both sides first.
    ///   - replicates: seeds per side (≥ 1; ≥ 2 for confidence intervals).
    ///   - seed: the seed of replicate 0.
    ///   - metrics: metric names to compare (checked against ``MetricCatalog``); empty: all.
    /// - Throws: `EngineError.invalidConfig` for an invalid world or an unknown metric name.
    public static func make(a: Variant, b: Variant, shared: [String] = [], replicates: Int, seed: UInt64,
                            metrics: [String]) throws(EngineError) -> SweepPlan {
        for name in metrics where !MetricCatalog.scalarNames.contains(name) {
            let suggestion = SweepSpecLoader.closestName(to: name, among: MetricCatalog.scalarNames).map { "; did you mean '\($0)'?" } ?? "."
            throw .invalidConfig("--metric: unknown metric '\(name)'\(suggestion) The metric names are listed in docs/metrics.md.")
        }
        let loader = WorldConfigLoader()
        var tasks: [SweepPlan.Task] = []
        for (point, variant) in [a, b].enumerated() {
            for replicate in 0..<max(1, replicates) {
                do {
                    let world = try loader.load(path: variant.worldPath, overrides: shared + variant.overrides,
                                                seed: seed &+ UInt64(replicate))
                    tasks.append(SweepPlan.Task(index: tasks.count, point: point, replicate: replicate, world: world))
                } catch {
                    throw .invalidConfig("world \(point == 0 ? "A" : "B") (\(variant.worldPath)):\n\(error.description)")
                }
            }
        }
        let labels = [a.label, b.label]
        let spec = """
            compare:
              a: \(labels[0])
              b: \(labels[1])
              shared: [\(shared.joined(separator: ", "))]
              replicates: \(replicates)
              seed: \(seed)

            """
        let name = "compare-" + RunLayout.sanitize(worldName: tasks[0].world.config.name)
        return SweepPlan(kind: "compare", name: name, axes: ["variant"], metrics: metrics, replicates: max(1, replicates),
                         specText: spec, points: labels.enumerated().map { SweepPlan.Point(index: $0.offset, values: [$0.element]) },
                         tasks: tasks)
    }
}
