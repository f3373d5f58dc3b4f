import ArgumentParser
import AgoraEngine
import Foundation

/// `agora sweep …`: run a sweep (the default subcommand), report on it, emit a Slurm job array,
/// merge shard catalogs.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Run a parameter sweep in parallel, resumably; report it; run it on Slurm.",
        subcommands: [SweepRunCommand.self, SweepReportCommand.self, SweepSlurmCommand.self, SweepMergeCommand.self],
        defaultSubcommand: SweepRunCommand.self
    )
}

/// The thread budget of a batch of runs: `--jobs` runs at a time × `--threads` each, never more
/// than the machine's cores.
struct BatchOptions: ParsableArguments {
    @Option(help: "Runs at a time (default: cores / --threads).")
    var jobs: Int?

    @Option(help: "Deciding threads per run (default: cores / --jobs, at least 1). Traces do not depend on it.")
    var threads: Int?

    /// (jobs, threads per run) within the core budget.
    func budget() throws -> (jobs: Int, threads: Int) {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1.") }
        switch (jobs, threads) {
        case let (jobs?, threads?):
            guard jobs * threads <= cores else {
                throw ValidationError("--jobs \(jobs) × --threads \(threads) = \(jobs * threads) threads, more than the \(cores) cores of this machine; lower one of them.")
            }
            return (jobs, threads)
        case let (jobs?, nil): return (jobs, max(1, cores / jobs))
        case let (nil, threads?): return (max(1, cores / threads), threads)
        case (nil, nil): return (cores, 1)
        }
    }
}

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
        let report: SweepReport
        let files: [URL]
        do throws(EngineError) {
            let results = try SweepResults.load(outputRoot: output.outputRoot, sweepID: sweepID)
            report = SweepReport(results: results)
            files = try report.write(to: SweepResults.folder(in: output.outputRoot, sweepID: sweepID))
        } catch {
            fail(error.description, code: error.exitCode)
        }
        switch print {
        case "markdown": Swift.print(report.markdown(), terminator: "")
        case "json": Swift.print(String(decoding: report.json(), as: UTF8.self))
        default: for file in files { Swift.print(file.path) }
        }
    }
}

/// `agora sweep slurm SWEEP.yaml > sweep.sbatch`: a Slurm job array running the shards.
struct SweepSlurmCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slurm",
        abstract: "Print a Slurm job-array script whose task K runs shard K (creates OUT for the task logs)."
    )

    @Argument(help: "The sweep file (YAML).")
    var sweep: String

    @OptionGroup var output: OutputOptions

    @Option(help: "Array tasks (shards); default: one per run, at most 32.")
    var shards: Int?

    @Option(help: "Slurm partition.")
    var partition: String?

    @Option(help: "Time limit per array task, in Slurm syntax (e.g. 01:00:00).")
    var time: String?

    @Option(help: "CPUs per array task; each task runs one run at a time with this many threads.")
    var cpusPerTask: Int = 1

    func validate() throws {
        if let shards, shards < 1 { throw ValidationError("--shards must be at least 1.") }
        guard cpusPerTask >= 1 else { throw ValidationError("--cpus-per-task must be at least 1.") }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:,")
        for (name, value) in [("--partition", partition), ("--time", time)] {
            if let value, value.isEmpty || !value.allSatisfy({ allowed.contains($0) }) {
                throw ValidationError("\(name) takes letters, digits and - _ . : , only; got '\(value)'.")
            }
        }
    }

    func run() throws {
        let plan: SweepPlan
        do throws(EngineError) { plan = try SweepPlan.load(sweepPath: sweep) } catch { fail(error.description, code: error.exitCode) }
        do { try FileManager.default.createDirectory(at: output.outputRoot, withIntermediateDirectories: true) } catch {
            fail("\(output.out): cannot create the output folder (\(error.localizedDescription)).", code: 1)
        }
        let script = SweepSlurmScript(
            executable: AgoraExecutable.path, sweepPath: sweep, outputRoot: output.out,
            shards: shards ?? min(plan.tasks.count, 32), partition: partition, timeLimit: time,
            cpusPerTask: cpusPerTask, jobName: "agora-\(plan.id)")
        Swift.print(script.render(), terminator: "")
    }
}

/// `agora sweep merge DIR...`: merge shard catalogs and run folders into one output folder.
struct SweepMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge shard output folders (OUT/shard-K-of-N) into --out: idempotent; conflicting results fail."
    )

    @Argument(help: "Shard output folders (or their agora.sqlite files).")
    var sources: [String]

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !sources.isEmpty else { throw ValidationError("Name at least one shard folder to merge.") }
    }

    func run() throws {
        let summary: SweepMergeSummary
        do throws(EngineError) {
            summary = try SweepCatalogMerger(destination: output.outputRoot)
                .merge(sources: sources.map { URL(fileURLWithPath: $0) })
        } catch {
            fail(error.description, code: error.exitCode)
        }
        print("merged \(summary.catalogs) catalogs into \(output.out): \(summary.runs) runs added, \(summary.duplicates) duplicates skipped, \(summary.sweeps) sweeps added, \(summary.conflicts.count) conflicts")
        for conflict in summary.conflicts { FileHandle.standardError.write(Data("conflict: \(conflict)\n".utf8)) }
        if !summary.conflicts.isEmpty { throw ExitCode(1) }
    }
}

/// The path of the running `agora` executable (for scripts that call it again).
enum AgoraExecutable {
    static var path: String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return resolved }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }
}
