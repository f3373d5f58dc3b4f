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

    /// A sentence saying what went wrong and what to do.
    public var description: String {
        switch self {
        case .outputFolder(let path, let reason):
            "\(path): \(reason). Choose another folder with --out."
        case .writeFailed(let path, let reason):
            "\(path): could not write the file (\(reason))."
        case .invalidConfig(let text):
            text
        case .trace(let text):
            text
        case .catalog(let text):
            text
        case .notFound(let text):
            text
        case .llm(let text):
            text
        }
    }

    /// The process exit code the CLI uses: 2 for bad input (usage, config), 1 otherwise.
    public var exitCode: Int32 {
        switch self {
        case .invalidConfig, .notFound: 2
        default: 1
        }
    }
}
