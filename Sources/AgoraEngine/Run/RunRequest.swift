import AgoraCore
import AgoraLLM
import Foundation

/// What the user asked `agora run` to do: which world, with which overrides, where, how fast.
/// Only `worldPath`, `overrides` and `seed` affect the simulation; the rest are CLI-only options
/// that never enter the config hash or the trace (docs/architecture.md, "Contracts": config).
public struct RunRequest: Sendable {
    /// Path of the world YAML.
    public var worldPath: String
    /// `--set key.path=value` overrides, in command-line order (last wins).
    public var overrides: [String]
    /// `--seed`, replacing the config's seed when given.
    public var seed: UInt64?
    /// `--out`: the output root (default `runs`).
    public var outputRoot: URL
    /// `--threads`: deciding threads (default: all cores).
    public var threads: Int
    /// `--llm live|replay|refresh`: how LLM-driven agents use the response cache (CLI-only).
    public var llmMode: LLMCacheMode

    /// Creates a request.
    public init(worldPath: String, overrides: [String] = [], seed: UInt64? = nil,
                outputRoot: URL = URL(fileURLWithPath: "runs"), threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                llmMode: LLMCacheMode = .live) {
        self.llmMode = llmMode
        self.worldPath = worldPath
        self.overrides = overrides
        self.seed = seed
        self.outputRoot = outputRoot
        self.threads = max(1, threads)
    }
}

/// A progress report during a run, sent after scheduler windows (at most a few times a second).
public struct RunProgress: Sendable {
    /// Simulated time reached.
    public var simulatedTime: SimTime
    /// The run's horizon.
    public var horizon: SimTime
    /// Events written to the trace so far.
    public var events: Int
    /// Wall-clock seconds since the simulation started.
    public var wallSeconds: Double

    /// Share of the horizon simulated, in [0, 1].
    public var fraction: Double {
        horizon.milliseconds > 0 ? min(1, Double(simulatedTime.milliseconds) / Double(horizon.milliseconds)) : 1
    }
}
