import ArgumentParser
import AgoraEngine
import Foundation

/// `agora compare A.yaml B.yaml --replicates 10`: run both worlds with the same seeds and report
/// the paired difference B − A of every metric with a 95% confidence interval and a sign test.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "A/B-compare two worlds with common random numbers: paired B − A, 95% CI, sign test.",
        discussion: """
            Replicate r of both worlds runs with seed --seed + r. Runs already completed in OUT are reused, so an
            interrupted comparison resumes. One world file with --set-a/--set-b compares two settings of it.
            """
    )

    @Argument(help: "World A (YAML); omit it when comparing existing runs with --runs-a/--runs-b.")
    var worldA: String?

    @Argument(help: "World B (YAML); default: world A (then --set-b makes the difference).")
    var worldB: String?

    @Option(name: .customLong("runs-a"), parsing: .upToNextOption,
            help: "Run ids of A already in OUT (instead of worlds); paired with --runs-b by seed.")
    var runsA: [String] = []

    @Option(name: .customLong("runs-b"), parsing: .upToNextOption, help: "Run ids of B already in OUT.")
    var runsB: [String] = []

    @Option(help: "Seeds per world.")
    var replicates: Int = 10

    @Option(help: "Seed of replicate 0; replicate r uses seed + r on both sides.")
    var seed: UInt64 = 1

    @Option(name: .customLong("set"), help: ArgumentHelp("Override for both worlds (repeatable).", valueName: "key.path=value"))
    var shared: [String] = []

    @Option(name: .customLong("set-a"), help: ArgumentHelp("Override for world A only (repeatable).", valueName: "key.path=value"))
    var overridesA: [String] = []

    @Option(name: .customLong("set-b"), help: ArgumentHelp("Override for world B only (repeatable).", valueName: "key.path=value"))
    var overridesB: [String] = []

    @Option(name: .customLong("metric"), help: "A metric to compare (repeatable; default: every metric the runs store).")
    var metrics: [String] = []

    @OptionGroup var output: OutputOptions
    @OptionGroup var batch: BatchOptions

    @Flag(help: "Print only errors and the comparison table.")
    var quiet = false

    func validate() throws {
        if !runsA.isEmpty || !runsB.isEmpty {
            guard worldA == nil, worldB == nil else {
                throw ValidationError("Give either two worlds or --runs-a and --runs-b, not both.")
            }
            guard !runsA.isEmpty, !runsB.isEmpty else { throw ValidationError("--runs-a and --runs-b go together.") }
            return
        }
        guard worldA != nil else { throw ValidationError("Give world A (and B), or --runs-a and --runs-b.") }
        guard replicates >= 1 else { throw ValidationError("--replicates must be at least 1 (2 or more for confidence intervals).") }
        _ = try batch.budget()
    }

    func run() throws {
        if !runsA.isEmpty { return try compareRuns() }
        let worldA = self.worldA!
        let (jobs, threads) = try batch.budget()
        let plan: SweepPlan
        do throws(EngineError) {
            plan = try ComparisonPlan.make(
                a: .init(worldPath: worldA, overrides: overridesA), b: .init(worldPath: worldB ?? worldA, overrides: overridesB),
                shared: shared, replicates: replicates, seed: seed, metrics: metrics)
        } catch {
            fail(error.description, code: error.exitCode)
        }
        let stop = StopFlag()
        let trap = InterruptTrap(stop: stop)
        let bar = SweepProgressBar(enabled: !quiet)
        let outcome: SweepOutcome
        let written: ComparisonReporter.Written
        do throws(EngineError) {
            outcome = try SweepRunner(outputRoot: output.outputRoot, jobs: jobs, threadsPerRun: threads)
                .run(plan, stop: stop) { bar.update($0) }
            bar.finish()
            written = try ComparisonReporter(outputRoot: output.outputRoot).write(sweepID: plan.id)
        } catch {
            bar.finish()
            fail(error.description, code: error.exitCode)
        }
        trap.release()
        for failure in outcome.results where failure.status == .failed {
            FileHandle.standardError.write(Data("run of task \(failure.task) failed: \(failure.message ?? "")\n".utf8))
        }
        print(written.table, terminator: "")
        if !quiet { print("\nreport: " + written.files.map(\.path).joined(separator: "\n        ")) }
        if outcome.progress.interrupted > 0 || stop.isRaised { throw ExitCode(130) }
        if outcome.progress.failed > 0 { throw ExitCode(1) }
    }

    /// `--runs-a … --runs-b …`: compares completed runs already in the catalog, paired by seed.
    private func compareRuns() throws {
        let written: ComparisonReporter.Written
        do throws(EngineError) {
            written = try ComparisonReporter(outputRoot: output.outputRoot).write(runsA: runsA, runsB: runsB, metrics: metrics)
        } catch {
            fail(error.description, code: error.exitCode)
        }
        print(written.table, terminator: "")
        if !quiet { print("\nreport: " + written.files.map(\.path).joined(separator: "\n        ")) }
    }
}
