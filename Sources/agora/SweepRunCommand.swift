import ArgumentParser
import AgoraEngine
import Foundation

/// `agora sweep SWEEP.yaml`: run every point × replicate not completed yet.
struct SweepRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a sweep (the default): points in parallel, skipping runs already completed in OUT."
    )

    @Argument(help: "The sweep file (YAML).")
    var sweep: String

    @OptionGroup var output: OutputOptions
    @OptionGroup var batch: BatchOptions

    @Option(help: ArgumentHelp("Run only shard K of N (K from 0, like SLURM_ARRAY_TASK_ID), into OUT/shard-K-of-N/.", valueName: "K/N"))
    var shard: String?

    @Flag(help: "Print only errors and the sweep id.")
    var quiet = false

    func validate() throws {
        _ = try batch.budget()
        if let shard, SweepShard(parsing: shard) == nil {
            throw ValidationError("--shard expects K/N with 0 <= K < N, e.g. --shard 0/4; got '\(shard)'.")
        }
    }

    func run() throws {
        let (jobs, threads) = try batch.budget()
        let plan: SweepPlan
        do throws(EngineError) { plan = try SweepPlan.load(sweepPath: sweep) } catch { fail(error.description, code: error.exitCode) }
        let selectedShard = shard.flatMap(SweepShard.init(parsing:))
        let root = selectedShard.map { output.outputRoot.appendingPathComponent($0.folderName, isDirectory: true) } ?? output.outputRoot
        let stop = StopFlag()
        let trap = InterruptTrap(stop: stop)
        let bar = SweepProgressBar(enabled: !quiet)
        if !quiet {
            let shardText = selectedShard.map { " (shard \($0))" } ?? ""
            FileHandle.standardError.write(Data("sweep \(plan.id): \(plan.points.count) points × \(plan.replicates) replicates\(shardText), \(jobs) jobs × \(threads) threads, into \(root.path)\n".utf8))
        }
        let outcome: SweepOutcome
        do throws(EngineError) {
            outcome = try SweepRunner(outputRoot: root, jobs: jobs, threadsPerRun: threads)
                .run(plan, shard: selectedShard, stop: stop) { bar.update($0) }
        } catch {
            bar.finish()
            fail(error.description, code: error.exitCode)
        }
        bar.finish()
        trap.release()
        let csv: URL
        let results: SweepResults
        do throws(EngineError) {
            results = try SweepResults.load(outputRoot: root, sweepID: plan.id)
            csv = try results.writeCSV(in: root)
        } catch {
            fail(error.description, code: error.exitCode)
        }
        for failure in outcome.results where failure.status == .failed {
            FileHandle.standardError.write(Data("run of task \(failure.task) failed: \(failure.message ?? "")\n".utf8))
        }
        if !results.missingMetrics.isEmpty {
            FileHandle.standardError.write(Data("warning: no completed run has \(results.missingMetrics.joined(separator: ", ")); the trace analysis of this engine does not compute them yet\n".utf8))
        }
        let p = outcome.progress
        if quiet {
            print(plan.id)
        } else {
            print("""
                sweep \(plan.id): \(p.total) runs — \(p.completed) completed now, \(p.skipped) already completed, \(p.failed) failed, \(p.interrupted) interrupted
                results: \(csv.path)
                report:  agora sweep report \(plan.id) --out \(root.path)
                """)
        }
        if p.interrupted > 0 || stop.isRaised { throw ExitCode(130) }
        if p.failed > 0 { throw ExitCode(1) }
    }
}
