import AgoraTrace
import ArgumentParser
import Foundation

/// `agora trace …`: inspect and export trace files. Parsing and printing only; the work is in
/// AgoraTrace (`TraceStats`, `TraceExporter`).
struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Inspect and export trace files.",
        subcommands: [Stats.self, Export.self]
    )

    /// Exit code for a trace that is incomplete, damaged, or not a trace (DESIGN.md, "Contracts").
    static let incompleteTraceExit = ExitCode(3)

    /// Prints `message` on standard error.
    static func printError(_ message: String) {
        var standardError = StandardErrorStream()
        print(message, to: &standardError)
    }

    /// Prints a reader error on standard error and returns the exit code it maps to: 3 for a file
    /// that is not a trace, is damaged or cut off; 1 for I/O failures.
    static func exitCode(for error: TraceError) -> ExitCode {
        printError(error.description)
        switch error {
        case .notATrace, .truncatedPrologue, .corruptedBlock, .corruptedHeader, .unsupportedVersion:
            return incompleteTraceExit
        case .io, .invalidInput, .compressionFailed:
            return ExitCode(1)
        }
    }

    /// `agora trace stats TRACE [--format text|json]`.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count a trace's events per kind; exits 3 when the trace is incomplete or damaged.")

        /// Output formats of `stats`.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @Argument(help: "The trace file (trace.agtrace).")
        var trace: String

        @Option(help: "Output format: text or json.")
        var format: Format = .text

        func run() throws {
            let stats: TraceStats
            do { stats = try TraceStats(path: trace) } catch { throw TraceCommand.exitCode(for: error) }
            print(format == .json ? stats.renderJSON() : stats.renderText())
            guard let message = stats.outcome.message else { return }
            // "recovered N events in K complete blocks" ends the text report; in JSON it goes to
            // standard error so that standard output stays one JSON object. Damage always does.
            if case .truncated = stats.outcome, format == .text {
                print(message)
            } else {
                TraceCommand.printError(message)
            }
            throw TraceCommand.incompleteTraceExit
        }
    }

    /// `agora trace export TRACE --format csv|jsonl [--out FILE]`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export a trace's events as CSV or JSON Lines; exits 3 when the trace is incomplete or damaged.")

        @Argument(help: "The trace file (trace.agtrace).")
        var trace: String

        @Option(help: "Output format: csv or jsonl.")
        var format: TraceExporter.Format

        @Option(help: "Write to this file instead of standard output.")
        var out: String?

        func run() throws {
            let outcome: TraceReadOutcome
            do { outcome = try TraceExporter.export(path: trace, format: format, to: out) } catch {
                throw TraceCommand.exitCode(for: error)
            }
            if let message = outcome.message {
                TraceCommand.printError(message)
                throw TraceCommand.incompleteTraceExit
            }
        }
    }
}

extension TraceExporter.Format: ExpressibleByArgument {}

extension TraceCommand {
    /// Standard error as a `TextOutputStream`.
    struct StandardErrorStream: TextOutputStream {
        mutating func write(_ string: String) {
            FileHandle.standardError.write(Data(string.utf8))
        }
    }
}
