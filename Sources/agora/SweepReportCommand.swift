import ArgumentParser
import AgoraEngine
import Foundation

/// `agora sweep report SWEEP_ID`: per-point statistics as HTML, Markdown and JSON.
struct SweepReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write report.html, report.md and report.json of a sweep into OUT/sweeps/<sweep-id>/."
    )

    @Argument(help: "The sweep id (printed by `agora sweep`).")
    var sweepID: String

    @OptionGroup var output: OutputOptions

    @Option(help: "Also print one format to standard output: markdown or json.")
    var print: String?

    func validate() throws {
        if let print, !["markdown", "json"].contains(print) {
            throw ValidationError("--print takes markdown or json, not '\(print)'.")
        }
    }

    func run() throws {
        let written: SweepReporter.Written
        do throws(EngineError) {
            written = try SweepReporter(outputRoot: output.outputRoot).write(sweepID: sweepID)
        } catch {
            fail(error.description, code: error.exitCode)
        }
        switch print {
        case "markdown": Swift.print(written.markdown, terminator: "")
        case "json": Swift.print(written.json)
        default: for file in written.files { Swift.print(file.path) }
        }
    }
}
