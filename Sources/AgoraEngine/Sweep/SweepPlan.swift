import AgoraAnalysis
import AgoraConfig
import AgoraCore
import Foundation

/// A sweep spec expanded into the runs it asks for: every point (axis values), every replicate
/// (seed), each with its validated world and config hash — computed before anything runs, so a
/// value that breaks a rule across keys (say `graph.m` ≥ `population.size`) is reported up front.
///
/// The sweep id is the sanitized sweep name plus 8 hex digits of a hash of the plan (axes,
/// metrics, every (point, replicate, seed, config hash)): the same sweep file over the same world
/// gets the same id on any machine, which is what resuming and merging shards rely on.
public struct SweepPlan: Sendable {
    /// One point: its index and the value of each axis (YAML scalar texts, axis order).
    public struct Point: Sendable, Equatable {
        /// Index in plan order.
        public var index: Int
        /// The axis values.
        public var values: [String]
    }

    /// One run of the plan: a replicate of a point.
    public struct Task: Sendable {
        /// Index in plan order (point-major, then replicate); shards split by this index.
        public var index: Int
        /// The point.
        public var point: Int
        /// The replicate.
        public var replicate: Int
        /// The resolved world (axis values and seed applied).
        public var world: LoadedWorld
        /// The run seed.
        public var seed: UInt64 { world.config.seed }
        /// The config hash.
        public var configHash: String { world.hash }
    }

    /// The sweep id.
    public var id: String
    /// `sweep` or `compare`.
    public var kind: String
    /// The sweep's name.
    public var name: String
    /// The axis key paths (for a comparison: `variant`).
    public var axes: [String]
    /// The metrics to collect (empty: all).
    public var metrics: [String]
    /// Runs per point.
    public var replicates: Int
    /// The spec as written (stored in the catalog).
    public var specText: String
    /// The points.
    public var points: [Point]
    /// The runs, point-major.
    public var tasks: [Task]

    /// Creates a plan from its parts; the id is derived from them.
    public init(kind: String, name: String, axes: [String], metrics: [String], replicates: Int, specText: String,
                points: [Point], tasks: [Task]) {
        self.kind = kind
        self.name = name
        self.axes = axes
        self.metrics = metrics
        self.replicates = replicates
        self.specText = specText
        self.points = points
        self.tasks = tasks
        var digest = SHA256()
        digest.update(Array("\(kind)\n\(axes.joined(separator: ","))\n\(metrics.joined(separator: ","))\n".utf8))
        for task in tasks {
            digest.update(Array("\(task.point) \(task.replicate) \(task.seed) \(task.configHash)\n".utf8))
        }
        let hash = SHA256.hexString(digest.finalize())
        id = "\(RunLayout.sanitize(worldName: name))-\(hash.prefix(8))"
    }

    /// Expands a sweep spec: generates the points (`SweepPointGenerator`), then loads the world of
    /// every (point, replicate) with `set:` overrides, the axis values as `--set` overrides and the
    /// replicate's seed.
    ///
    /// - Throws: `EngineError.invalidConfig` naming the point, its axis values and the diagnostics
    ///   (at most five points are listed).
    public static func make(spec: SweepSpec, specText: String) throws(EngineError) -> SweepPlan {
        let points = SweepPointGenerator.points(for: spec).enumerated().map { Point(index: $0.offset, values: $0.element) }
        var tasks: [Task] = []
        var problems: [String] = []
        let loader = WorldConfigLoader()
        for point in points {
            let overrides = spec.overrides + zip(spec.axes, point.values).map { "\($0.key)=\($1)" }
            for replicate in 0..<spec.replicates {
                let seed = spec.seed(ofReplicate: replicate)
                do {
                    let world: LoadedWorld
                    switch spec.world {
                    case .path(let path): world = try loader.load(path: path, overrides: overrides, seed: seed)
                    case .inline(let text): world = try loader.load(text: text, fileName: "world (inline)", overrides: overrides, seed: seed)
                    }
                    tasks.append(Task(index: tasks.count, point: point.index, replicate: replicate, world: world))
                } catch {
                    let where_ = zip(spec.axes, point.values).map { "\($0.key)=\($1)" }.joined(separator: ", ")
                    problems.append("point \(point.index) (\(where_)):\n" + error.description)
                    break
                }
            }
            if problems.count >= 5 { break }
        }
        guard problems.isEmpty else {
            throw .invalidConfig("the sweep's worlds do not validate:\n" + problems.joined(separator: "\n"))
        }
        return SweepPlan(kind: "sweep", name: spec.name, axes: spec.axes.map(\.key.description), metrics: spec.metrics,
                         replicates: spec.replicates, specText: specText, points: points, tasks: tasks)
    }
}

extension SweepPlan {
    /// Reads, validates and expands the sweep file at `path` (axis key paths against the world
    /// schema, metric names against ``MetricCatalog``, every point's world with its seeds).
    /// - Throws: `EngineError.invalidConfig` with every diagnostic.
    public static func load(sweepPath path: String) throws(EngineError) -> SweepPlan {
        let spec: SweepSpec
        do { spec = try SweepSpecLoader(knownMetrics: MetricCatalog.scalarNames).load(path: path) } catch {
            throw .invalidConfig(error.description)
        }
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return try make(spec: spec, specText: text)
    }
}
