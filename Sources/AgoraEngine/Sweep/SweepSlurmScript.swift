import Foundation

/// The Slurm job-array script for a sweep (`agora sweep slurm SWEEP.yaml > sweep.sbatch`): array
/// task K runs shard K of N (`agora sweep SWEEP.yaml --shard $SLURM_ARRAY_TASK_ID/N`) into
/// `OUT/shard-K-of-N/`, after which `agora sweep merge OUT/shard-*` gathers the results.
///
/// Slurm is the distributed engine; this only writes the script (docs/sweeps.md). Paths are absolute so the script runs from any submission folder; values in the
/// shell part are shell-quoted (`#SBATCH` lines are read by sbatch, which takes them verbatim, so
/// the output folder must be created before submitting — `agora sweep slurm` does).
public struct SweepSlurmScript: Sendable {
    /// The `agora` executable the array tasks run.
    public var executable: String
    /// The sweep file.
    public var sweepPath: String
    /// The output root; shards write into `shard-K-of-N/` below it.
    public var outputRoot: String
    /// Number of shards (array tasks).
    public var shards: Int
    /// `--partition`, when given.
    public var partition: String?
    /// `--time` (Slurm syntax, e.g. `01:00:00`), when given.
    public var timeLimit: String?
    /// CPUs per array task; each task runs one run at a time with this many threads.
    public var cpusPerTask: Int
    /// The job name.
    public var jobName: String

    /// Creates a script description; relative paths are made absolute against the current folder.
    public init(executable: String, sweepPath: String, outputRoot: String, shards: Int, partition: String? = nil,
                timeLimit: String? = nil, cpusPerTask: Int = 1, jobName: String) {
        func absolute(_ path: String) -> String {
            URL(fileURLWithPath: path).standardizedFileURL.path
        }
        self.executable = absolute(executable)
        self.sweepPath = absolute(sweepPath)
        self.outputRoot = absolute(outputRoot)
        self.shards = max(1, shards)
        self.partition = partition
        self.timeLimit = timeLimit
        self.cpusPerTask = max(1, cpusPerTask)
        self.jobName = jobName
    }

    /// The script text.
    public func render() -> String {
        var lines = [
            "#!/bin/bash",
            "# Agora sweep as a Slurm job array: array task K runs shard K of \(shards).",
            "# Submit: sbatch this-file   Then merge: \(Self.quote(executable)) sweep merge \(Self.quote(outputRoot))/shard-*-of-\(shards) --out \(Self.quote(outputRoot))",
            "#SBATCH --job-name=\(jobName)",
            "#SBATCH --array=0-\(shards - 1)",
            "#SBATCH --ntasks=1",
            "#SBATCH --cpus-per-task=\(cpusPerTask)",
            "#SBATCH --output=\(outputRoot)/slurm-%A_%a.log",
        ]
        if let partition { lines.append("#SBATCH --partition=\(partition)") }
        if let timeLimit { lines.append("#SBATCH --time=\(timeLimit)") }
        lines += [
            "set -euo pipefail",
            "mkdir -p \(Self.quote(outputRoot))",
            "exec \(Self.quote(executable)) sweep \(Self.quote(sweepPath)) --shard \"${SLURM_ARRAY_TASK_ID}/\(shards)\" "
                + "--out \(Self.quote(outputRoot)) --jobs 1 --threads \(cpusPerTask) --quiet",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A word as the shell reads it literally: unchanged when it is made of safe characters,
    /// otherwise in single quotes.
    static func quote(_ text: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=+,@%")
        if !text.isEmpty, text.allSatisfy({ safe.contains($0) }) { return text }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
