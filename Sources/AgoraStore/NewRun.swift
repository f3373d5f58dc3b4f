import Foundation

/// What the engine knows about a run when it starts: everything ``Catalog/beginRun(_:)`` needs to
/// insert its `running` row.
public struct NewRun: Sendable, Hashable {
    /// The run id (docs/architecture.md, "Contracts": sanitized world name, 8 hex digits of the config hash, seed, suffix).
    public var id: String
    /// The world's `name` from the config.
    public var worldName: String
    /// The resolved config as YAML (defaults filled, overrides applied) — the same text as
    /// `OUT/<run-id>/world.yaml`.
    public var resolvedConfig: String
    /// The config hash (hex SHA-256 of the canonical JSON of the resolved config).
    public var configHash: String
    /// The run seed.
    public var seed: UInt64
    /// The version of the engine that simulates the run.
    public var engineVersion: String
    /// Where the trace is written, as the engine wants it shown (recommended: relative to the
    /// catalog's folder, `<run-id>/trace.agtrace`).
    public var tracePath: String
    /// Wall-clock start time (catalog only — never in traces).
    public var startedAt: Date

    /// Creates the description of a run about to start; `startedAt` defaults to now.
    public init(
        id: String, worldName: String, resolvedConfig: String, configHash: String, seed: UInt64,
        engineVersion: String, tracePath: String, startedAt: Date = Date()
    ) {
        self.id = id
        self.worldName = worldName
        self.resolvedConfig = resolvedConfig
        self.configHash = configHash
        self.seed = seed
        self.engineVersion = engineVersion
        self.tracePath = tracePath
        self.startedAt = startedAt
    }
}
