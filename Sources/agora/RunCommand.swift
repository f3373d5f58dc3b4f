import ArgumentParser
import AgoraEngine
import Dispatch
import Foundation

/// `agora run WORLD.yaml`: simulate a world and write its trace, resolved config, summary and
/// catalog row.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Simulate a world: trace, resolved config and summary into OUT/<run-id>/, a row in OUT/agora.sqlite."
    )

    @OptionGroup var world: WorldOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Threads deciding sessions in parallel (default: all cores). The trace is the same for any value.")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Print only errors and the run id.")
    var quiet = false

    @Flag(help: "Also write the run's report into its folder (see `agora report`).")
    var report = false

    @Option(name: .customLong("format"), help: "With --report: comma-separated report formats (html, md, json).")
    var reportFormat: String = "html,md,json"

    @Option(help: ArgumentHelp(
        "How LLM-driven agents use the response cache: live (read through, call the server on a miss), replay (cache only; a miss is an error), refresh (call and overwrite).",
        valueName: "live|replay|refresh"))
    var llm: String = "live"

    func validate() throws {
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1.") }
        do throws(EngineError) { _ = try RunReporter(formats: reportFormat) } catch { throw ValidationError(error.description) }
        guard RunRequest.llmMode(named: llm) != nil else {
            throw ValidationError("--llm must be live, replay or refresh (found '\(llm)').")
        }
    }

    func run() throws {
        let request = RunRequest(worldPath: world.world, overrides: world.overrides, seed: world.seed,
                                 outputRoot: output.outputRoot, threads: threads, llmMode: RunRequest.llmMode(named: llm) ?? .live)
        let runner = WorldRunner()
        let loaded = orFail { () throws(EngineError) in try runner.load(request) }
        if let report = loaded.edgeListReport { FileHandle.standardError.write(Data((report + "\n").utf8)) }
        let stop = StopFlag()
        let trap = InterruptTrap(stop: stop)
        let bar = ProgressBar(enabled: !quiet)
        let summary: RunSummary
        do throws(EngineError) {
            summary = try runner.run(loaded, request: request, stop: stop) { bar.update($0) }
        } catch {
            bar.finish()
            fail(error.description, code: error.exitCode)
        }
        bar.finish()
        trap.release()
        if quiet {
            print(summary.runID)
        } else {
            print(SummaryScreen(summary: summary).render())
        }
        if summary.status == "interrupted" { throw ExitCode(130) }
        if report { writeReport(runID: summary.runID) }
    }

    /// Writes the report of a finished run into its folder, printing the paths unless quiet.
    private func writeReport(runID: String) {
        guard let reporter = try? RunReporter(formats: reportFormat) else { return }
        do throws(EngineError) {
            let written = try reporter.writeRunReport(runID: runID, outputRoot: output.outputRoot)
            if !quiet { for url in written { print("report: \(url.path)") } }
        } catch {
            fail("the run finished but its report failed: \(error)", code: 1)
        }
    }
}
