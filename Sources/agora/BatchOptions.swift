import ArgumentParser
import AgoraEngine
import Foundation

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
