/// Everything that can go wrong writing or reading a trace. Each case carries the context needed
/// to act on it: the path, the block number (file order, counting from 0 after the header) and
/// byte offset, and what was wrong.
public enum TraceError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be opened, read or written.
    case io(path: String, operation: String, reason: String)
    /// The file does not start with the trace magic.
    case notATrace(path: String)
    /// The trace was written by a newer format version.
    case unsupportedVersion(path: String, found: Int, supported: Int)
    /// The header is damaged (CRC mismatch, bad JSON, inconsistent values).
    case corruptedHeader(path: String, reason: String)
    /// A block is damaged. `block` counts every block in file order from 0.
    case corruptedBlock(path: String, block: Int, offset: Int, reason: String)
    /// The file ends before the agents and initial graph that follow the header were complete.
    case truncatedPrologue(path: String, offset: Int)
    /// The writer was given inconsistent input (for example a graph whose size differs from the
    /// agents', or a use after `finish`).
    case invalidInput(reason: String)
    /// zstd refused to compress (out of memory or a bad level).
    case compressionFailed(reason: String)

    /// One sentence for the user, with a suggestion where there is one.
    public var description: String {
        switch self {
        case let .io(path, operation, reason):
            "\(path): cannot \(operation): \(reason)"
        case let .notATrace(path):
            "\(path): not an Agora trace (it does not start with the trace magic bytes)"
        case let .unsupportedVersion(path, found, supported):
            "\(path): trace format version \(found) is newer than this reader (\(supported)); upgrade agora"
        case let .corruptedHeader(path, reason):
            "\(path): corrupted trace header: \(reason)"
        case let .corruptedBlock(path, block, offset, reason):
            "\(path): corrupted block \(block) at byte offset \(offset): \(reason)"
        case let .truncatedPrologue(path, offset):
            "\(path): trace cut off at byte \(offset), before its agents and initial graph were complete; recovered 0 events in 0 complete blocks"
        case let .invalidInput(reason):
            "invalid trace input: \(reason)"
        case let .compressionFailed(reason):
            "zstd compression failed: \(reason)"
        }
    }
}
