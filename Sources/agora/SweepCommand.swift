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
