import Foundation

/// A validated sweep file (`agora sweep SWEEP.yaml`): a base world, the axes to vary as key paths
/// into the world config, how points are chosen, how many seeds each point gets, and which
/// metrics to collect.
///
/// Every axis key path was resolved against `ConfigSchema.world` (the `--set` resolver) and every
/// value checked against the key's type before a `SweepSpec` exists; see ``SweepSpecLoader``.
///
/// ```yaml
/// name: post-probability
/// world: quickstart.yaml          # relative to this file, or an inline section
/// set: [population.size=500, horizon=2d]
/// axes:
///   - key: population.types[0].post_probability
///     values: [0.1, 0.3, 0.5]
/// replicates: 3
/// metrics: [activity.dau_mean, activity.posts]
/// ```
public struct SweepSpec: Equatable, Sendable {
    /// Where the base world comes from.
    public enum World: Equatable, Sendable {
        /// A world file; the path is resolved against the sweep file's folder.
        case path(String)
        /// A world written inside the sweep file, as YAML text.
        case inline(String)
    }

    /// How the points of the sweep are chosen.
    public enum Strategy: String, Equatable, Sendable, CaseIterable {
        /// Every combination of the axes' values (axes with `values` or `range`).
        case grid
        /// `samples` points, each axis drawn independently from its domain.
        case random
        /// `samples` points, each axis stratified into `samples` equal slices, one point per slice.
        case latinHypercube = "latin_hypercube"
    }

    /// The sweep's name (the sweep id and report titles are derived from it).
    public var name: String
    /// The base world.
    public var world: World
    /// `set:` overrides applied to the base world before the axis values (`key.path=value`).
    public var overrides: [String]
    /// The axes, in file order (the first axis varies slowest in a grid).
    public var axes: [SweepAxis]
    /// How points are chosen.
    public var strategy: Strategy
    /// Number of points for `random` and `latin_hypercube` (ignored by `grid`).
    public var samples: Int
    /// Seed of the point sampler (`random`, `latin_hypercube`); not the run seed.
    public var samplingSeed: UInt64
    /// Runs per point. Replicate r of every point runs with seed `seed + r` (common random numbers).
    public var replicates: Int
    /// The run seed of replicate 0.
    public var seed: UInt64
    /// The metrics to collect, by catalog name; empty means every scalar metric a run stores.
    public var metrics: [String]

    /// Creates a spec (the loader is the usual producer; tests build specs directly).
    public init(name: String, world: World, overrides: [String] = [], axes: [SweepAxis], strategy: Strategy = .grid,
                samples: Int = 0, samplingSeed: UInt64 = 1, replicates: Int = 1, seed: UInt64 = 1, metrics: [String] = []) {
        self.name = name
        self.world = world
        self.overrides = overrides
        self.axes = axes
        self.strategy = strategy
        self.samples = samples
        self.samplingSeed = samplingSeed
        self.replicates = replicates
        self.seed = seed
        self.metrics = metrics
    }

    /// The seed of replicate `replicate` (the same for every point).
    public func seed(ofReplicate replicate: Int) -> UInt64 { seed &+ UInt64(replicate) }
}

/// One axis of a sweep: a world config key path and the values it takes.
public struct SweepAxis: Equatable, Sendable {
    /// The values an axis takes.
    public enum Domain: Equatable, Sendable {
        /// Listed values (from `values:` or an expanded `range:`), as YAML scalar texts.
        case values([String])
        /// Uniform on `[min, max]` (random and Latin hypercube sampling only).
        case uniform(min: Double, max: Double)
        /// Log-uniform on `[min, max]`, both > 0 (random and Latin hypercube sampling only).
        case logUniform(min: Double, max: Double)
    }

    /// The config key path, e.g. `population.types[0].post_probability`.
    public var key: ConfigKeyPath
    /// The values.
    public var domain: Domain
    /// Whether the key takes whole numbers (sampled values are then rounded down to integers).
    public var isInteger: Bool

    /// Creates an axis.
    public init(key: ConfigKeyPath, domain: Domain, isInteger: Bool = false) {
        self.key = key
        self.domain = domain
        self.isInteger = isInteger
    }

    /// The value text for a position `u` in [0, 1): the matching listed value, or the quantile of
    /// the distribution. Deterministic; used by random and Latin hypercube sampling.
    public func value(at u: Double) -> String {
        switch domain {
        case let .values(values):
            return values[min(values.count - 1, Int(u * Double(values.count)))]
        case let .uniform(low, high):
            if isInteger {
                let span = Int(high) - Int(low) + 1
                return String(Int(low) + min(span - 1, Int(u * Double(span))))
            }
            return SweepAxis.format(low + u * (high - low))
        case let .logUniform(low, high):
            let value = exp(log(low) + u * (log(high) - log(low)))
            return isInteger ? String(Int(value)) : SweepAxis.format(value)
        }
    }

    /// A number as the shortest YAML scalar that reads back to it (`0.1`, `3`, `2.5e-05`).
    public static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
