import ArgumentParser
import AgoraEngine
import Foundation

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
