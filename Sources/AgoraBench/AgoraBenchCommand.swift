import ArgumentParser

/// The root of `agora-bench`: one subcommand per measured part.
struct AgoraBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agora-bench",
        abstract: "Micro-benchmarks of Agora's parts (release builds only; numbers come from runs).",
        subcommands: [FeedBenchmark.self, TraceBenchmark.self, MetricsBenchmark.self]
    )
}
