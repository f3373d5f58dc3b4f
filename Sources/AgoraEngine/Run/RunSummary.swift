import Foundation

/// The one-screen summary of a finished (or interrupted) run, written as `summary.json` in the
/// run folder and printed by `agora run`. Wall-clock figures live here and in the catalog, never
/// in the trace.
public struct RunSummary: Codable, Equatable, Sendable {
    /// The run id.
    public var runID: String
    /// The world's name.
    public var world: String
    /// Config hash (hex SHA-256).
    public var configHash: String
    /// Run seed.
    public var seed: UInt64
    /// `completed` or `interrupted`.
    public var status: String
    /// Simulated seconds reached.
    public var simulatedSeconds: Double
    /// Agents at the start of the run.
    public var agents: Int
    /// Sessions run.
    public var sessions: Int
    /// Original posts written.
    public var posts: Int
    /// Events in the trace.
    public var events: Int
    /// Daily active users of the last simulated day.
    public var dauLastDay: Int
    /// Trace size in bytes.
    public var traceBytes: Int
    /// Trace bytes per event (the whole file: prologue, event blocks, footer).
    public var bytesPerEvent: Double
    /// Event-block bytes per event: the cost of tracing the events, without the one-off prologue
    /// (agents and initial graph), which dominates a short run of a large world.
    public var eventBytesPerEvent: Double? = nil
    /// Wall-clock seconds of the simulation (set-up, run, trace flush and metrics).
    public var wallSeconds: Double
    /// Wall-clock seconds of each phase of the run (set-up, simulation, trace flush, metrics);
    /// `sessions / phases.simulateSeconds` is the simulation's own speed.
    public var phases: RunPhaseTimes? = nil
    /// Deciding threads used.
    public var threads: Int
    /// SHA-256 of the trace file.
    public var traceChecksum: String
    /// Paths written, relative to the working directory.
    public var paths: Paths
    /// How the LLM-driven agents decided (nil, and absent from the JSON, for rule-only worlds).
    public var llm: LLMRunSummary? = nil

    /// The files a run wrote.
    public struct Paths: Codable, Equatable, Sendable {
        /// The trace.
        public var trace: String
        /// The resolved config.
        public var world: String
        /// This summary.
        public var summary: String
        /// The catalog.
        public var catalog: String
    }

    enum CodingKeys: String, CodingKey {
        case runID = "run_id", world, configHash = "config_hash", seed, status
        case simulatedSeconds = "simulated_seconds", agents, sessions, posts, events
        case dauLastDay = "dau_last_day", traceBytes = "trace_bytes", bytesPerEvent = "bytes_per_event"
        case eventBytesPerEvent = "event_bytes_per_event"
        case wallSeconds = "wall_seconds", phases, threads, traceChecksum = "trace_checksum", paths, llm
    }

    /// The summary as pretty-printed JSON with sorted keys.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
