import AgoraEngine
import ArgumentParser
import Foundation

/// `agora trace …`: inspect and export trace files. Parsing and printing only; the work is
/// AgoraEngine's `TraceInspector`.
struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Inspect and export trace files.",
        subcommands: [Stats.self, Export.self]
    )

    /// Exit code for a trace that is incomplete, damaged, or not a trace (docs/architecture.md, "Contracts").
    static let incompleteTraceExit = ExitCode(3)

    /// Prints `message` on standard error.
    static func printError(_ message: String) {
        var standardError = StandardErrorStream()
        print(message, to: &standardError)
    }

    /// Prints an engine error on standard error and returns its exit code: 3 for a file that is
    /// not a trace, is damaged or cut off; 1 for I/O failures.
    static func exitCode(for error: EngineError) -> ExitCode {
        printError(error.description)
        return ExitCode(error.exitCode)
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
            let stats: TraceInspector.Stats
            do throws(EngineError) { stats = try TraceInspector.stats(path: trace, json: format == .json) } catch {
                throw TraceCommand.exitCode(for: error)
            }
            print(stats.report)
            guard let notice = stats.notice else { return }
            if stats.noticeOnStandardOutput {
                print(notice)
            } else {
                TraceCommand.printError(notice)
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
        var format: TraceInspector.ExportFormat

        @Option(help: "Write to this file instead of standard output.")
        var out: String?

        func run() throws {
            let notice: String?
            do throws(EngineError) { notice = try TraceInspector.export(path: trace, format: format, to: out) } catch {
                throw TraceCommand.exitCode(for: error)
            }
            if let notice {
                TraceCommand.printError(notice)
                throw TraceCommand.incompleteTraceExit
            }
        }
    }
}

extension TraceInspector.ExportFormat: ExpressibleByArgument {}

extension TraceCommand {
    /// Standard error as a `TextOutputStream`.
    struct StandardErrorStream: TextOutputStream {
        mutating func write(_ string: String) {
            FileHandle.standardError.write(Data(string.utf8))
        }
    }
}
