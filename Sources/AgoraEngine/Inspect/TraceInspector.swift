import AgoraTrace
import Foundation

/// The engine entry point of `agora trace stats` and `agora trace export`: reads a trace file
/// (AgoraTrace `TraceStats`, `TraceExporter`) and says what the command prints and how it exits
/// (docs/architecture.md, "Contracts": a trace without its footer, a damaged one or a file that is not a
/// trace exits 3).
public enum TraceInspector {
    /// The export formats (`csv`, `jsonl`).
    public typealias ExportFormat = TraceExporter.Format

    /// What `agora trace stats` prints.
    public struct Stats: Sendable {
        /// Counts per kind and totals, as text or one JSON object (standard output).
        public var report: String
        /// For an incomplete or damaged trace, the sentence saying so (`recovered N events in K
        /// complete blocks`, or the damage; the command then exits 3); nil for a complete trace.
        public var notice: String?
        /// Whether `notice` ends the text report on standard output (a truncated trace in text
        /// form) rather than going to standard error (JSON, which must stay one object; damage).
        public var noticeOnStandardOutput: Bool
    }

    /// Counts the events of the trace at `path` per kind.
    /// - Parameter json: the JSON form (keys `events`, `blocks`, `kinds`, `bytes_per_event`,
    ///   `complete`) instead of the text table.
    /// - Throws: `EngineError.damagedTrace` for a file that is not a trace or whose header is
    ///   damaged; `.trace` when it cannot be read at all.
    public static func stats(path: String, json: Bool) throws(EngineError) -> Stats {
        let stats: TraceStats
        do throws(TraceError) { stats = try TraceStats(path: path) } catch { throw failure(error) }
        let truncated = if case .truncated = stats.outcome { true } else { false }
        return Stats(report: json ? stats.renderJSON() : stats.renderText(), notice: stats.outcome.message,
                     noticeOnStandardOutput: truncated && !json)
    }

    /// Writes the events of the trace at `path` as CSV or JSON Lines to `output` (standard
    /// output when nil), every event of its intact blocks even when the trace is incomplete.
    /// - Returns: for an incomplete or damaged trace, the sentence saying so (the command prints it
    ///   on standard error and exits 3); nil for a complete trace.
    /// - Throws: the errors of `stats`, and `.trace` when the output cannot be written.
    public static func export(path: String, format: ExportFormat, to output: String?) throws(EngineError) -> String? {
        do throws(TraceError) {
            return try TraceExporter.export(path: path, format: format, to: output).message
        } catch {
            throw failure(error)
        }
    }

    /// A reader error as the engine's: a file that is not a trace, or is damaged or cut off in its
    /// prologue, is a damaged trace (exit 3); I/O failures are trace errors (exit 1).
    static func failure(_ error: TraceError) -> EngineError {
        switch error {
        case .notATrace, .truncatedPrologue, .corruptedBlock, .corruptedHeader, .unsupportedVersion:
            .damagedTrace(error.description)
        case .io, .invalidInput, .compressionFailed:
            .trace(error.description)
        }
    }
}
