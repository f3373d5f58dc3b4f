/// Everything that can stop the engine from running a world, as values with context. The CLI
/// prints `description` (one or more whole sentences) and exits non-zero; no stack traces.
public enum EngineError: Error, CustomStringConvertible, Sendable {
    /// The output folder or a run folder inside it cannot be created or written.
    case outputFolder(path: String, reason: String)
    /// A file of the run could not be written.
    case writeFailed(path: String, reason: String)
    /// The world config is invalid (every diagnostic, one per line).
    case invalidConfig(String)
    /// The trace could not be written or read back.
    case trace(String)
    /// The catalog could not be opened or updated.
    case catalog(String)
    /// A run id or trace path given on the command line does not exist.
    case notFound(String)
    /// LLM-driven agents could not go on (fail-fast request failure, replay cache miss).
    case llm(String)
    /// Input given on the command line cannot be used: a malformed edge list, a trace a graph
    /// cannot be rebuilt from, an export destination that cannot be written (exit 2).
    case invalidInput(String)
    /// A trace that is truncated, corrupted or not Agora's, where it must be read whole (exit 3).
    case damagedTrace(String)
    /// A report (run report, statistics) could not be computed or written.
    case report(String)

    /// A sentence saying what went wrong and what to do.
    public var description: String {
        switch self {
        case .outputFolder(let path, let reason):
            "\(path): \(reason). Choose another folder with --out."
        case .writeFailed(let path, let reason):
            "\(path): could not write the file (\(reason))."
        case .invalidConfig(let text), .trace(let text), .catalog(let text), .notFound(let text), .llm(let text),
             .invalidInput(let text), .damagedTrace(let text), .report(let text):
            text
        }
    }

    /// The process exit code the CLI uses (docs/architecture.md, "Contracts": exit codes): 2 for bad input (usage,
    /// config, input files), 3 for a damaged trace, 1 otherwise.
    public var exitCode: Int32 {
        switch self {
        case .invalidConfig, .notFound, .invalidInput: 2
        case .damagedTrace: 3
        default: 1
        }
    }
}
