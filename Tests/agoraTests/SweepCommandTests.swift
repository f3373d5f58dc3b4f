import Foundation
import Testing

/// `agora sweep` as a user runs it: a real process, killed with SIGKILL midway and resumed;
/// bad sweep files refused with exit 2 before anything runs; reports, Slurm scripts and merges.
@Suite(.serialized) struct SweepCommandTests {
    static let world = """
        name: sweep-cli
        horizon: 2d
        population:
          size: 800
        graph:
          m: 3
        trace:
          block_events: 1024
        """

    static let sweep = """
        name: cli-sweep
        world: world.yaml
        axes:
          - key: population.types[0].post_probability
            values: [0.1, 0.2, 0.3, 0.4, 0.5]
        metrics: [activity.posts, activity.dau_mean]
        """

    private func prepare() throws -> URL {
        let dir = try AgoraProcess.temporaryDirectory()
        _ = try AgoraProcess.writeWorld(Self.world, in: dir)
        _ = try AgoraProcess.writeWorld(Self.sweep, named: "sweep.yaml", in: dir)
        return dir
    }

    /// Run folders of `out` that hold a summary (their run got to the end).
    private func finishedRuns(in out: URL) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: out.appendingPathComponent("\($0)/summary.json").path) }.count
    }

    @Test func sweepKilledMidwayResumesWithoutRerunningCompletedPoints() throws {
        let dir = try prepare()
        let out = dir.appendingPathComponent("out")
        let (process, _, _) = try AgoraProcess.start(["sweep", "sweep.yaml", "--out", "out", "--jobs", "1", "--threads", "1"], in: dir)
        let deadline = Date().addingTimeInterval(120)
        while finishedRuns(in: out) < 2, Date() < deadline, process.isRunning { Thread.sleep(forTimeInterval: 0.05) }
        #expect(process.isRunning, "the sweep finished before it could be killed; make its runs longer")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        let resumed = try AgoraProcess.run(["sweep", "sweep.yaml", "--out", "out", "--jobs", "1", "--threads", "1"], in: dir)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let counts = try #require(resumed.stdout.firstMatch(of: /(\d+) completed now, (\d+) already completed, 0 failed/))
        let (now, before) = (Int(counts.1)!, Int(counts.2)!)
        #expect(before >= 1, "runs completed before the kill are not run again")
        #expect(now + before == 5)

        let list = try AgoraProcess.run(["runs", "list", "--out", "out"], in: dir)
        let completed = list.stdout.split(separator: "\n").filter { $0.contains(" completed ") }
        #expect(completed.count == 5, "every (config hash, seed) completed exactly once:\n\(list.stdout)")

        let csvPath = try #require(resumed.stdout.firstMatch(of: /results: (\S+)/)).1
        let rows = try String(contentsOfFile: String(csvPath), encoding: .utf8).split(separator: "\n")
        #expect(rows.count == 6)
        #expect(rows.dropFirst().allSatisfy { !$0.contains(",,") }, "every row has its run id and metrics")
    }

    @Test func invalidSweepIsRefusedWithExit2BeforeAnythingRuns() throws {
        let dir = try prepare()
        _ = try AgoraProcess.writeWorld(Self.sweep.replacingOccurrences(of: "post_probability", with: "post_probabilty")
            .replacingOccurrences(of: "activity.posts", with: "activity.post"), named: "bad.yaml", in: dir)
        let result = try AgoraProcess.run(["sweep", "bad.yaml", "--out", "out"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: bad.yaml:4:10: axes[0].key: unknown key 'post_probabilty' in population.types[0]; did you mean 'post_probability'?"), "\(result.stderr)")
        #expect(result.stderr.contains("\nbad.yaml:6:11: metrics[0]: unknown metric 'activity.post' (see docs/metrics.md); did you mean 'activity.posts'?"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
        let budget = try AgoraProcess.run(["sweep", "sweep.yaml", "--jobs", "64", "--threads", "64"], in: dir)
        #expect(budget.status == 2 && budget.stderr.contains("more than the"), "\(budget.stderr)")
    }

    @Test func shardsMergeIntoTheSweepAndTheReportIsWritten() throws {
        let dir = try prepare()
        _ = try AgoraProcess.writeWorld(Self.sweep.replacingOccurrences(of: "0.1, 0.2, 0.3, 0.4, 0.5", with: "0.1, 0.6")
            .replacingOccurrences(of: "size: 800", with: "size: 200"), named: "small.yaml", in: dir)
        var sweepID = ""
        for k in 0..<2 {
            let shard = try AgoraProcess.run(["sweep", "small.yaml", "--out", "out", "--shard", "\(k)/2", "--quiet"], in: dir)
            #expect(shard.status == 0, "\(shard.stderr)")
            sweepID = shard.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let merge = try AgoraProcess.run(["sweep", "merge", "out/shard-0-of-2", "out/shard-1-of-2", "--out", "out"], in: dir)
        #expect(merge.status == 0 && merge.stdout.contains("2 runs added, 0 duplicates skipped"), "\(merge.stdout) \(merge.stderr)")
        let again = try AgoraProcess.run(["sweep", "merge", "out/shard-0-of-2", "out/shard-1-of-2", "--out", "out"], in: dir)
        #expect(again.stdout.contains("0 runs added, 2 duplicates skipped"), "\(again.stdout)")
        let report = try AgoraProcess.run(["sweep", "report", sweepID, "--out", "out", "--print", "markdown"], in: dir)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("2 points, 2 of 2 runs completed"), "\(report.stdout)")
        for name in ["report.html", "report.md", "report.json"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/sweeps/\(sweepID)/\(name)").path))
        }
        let unknown = try AgoraProcess.run(["sweep", "report", "nope", "--out", "out"], in: dir)
        #expect(unknown.status == 2 && unknown.stderr.contains("no sweep 'nope'") && unknown.stderr.contains(sweepID))
    }

    @Test func slurmScriptRunsOneShardPerArrayTask() throws {
        let dir = try prepare()
        let result = try AgoraProcess.run(["sweep", "slurm", "sweep.yaml", "--out", "cluster", "--shards", "3",
                                           "--partition", "debug", "--time", "00:30:00", "--cpus-per-task", "2"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let script = result.stdout
        #expect(script.hasPrefix("#!/bin/bash\n"))
        for line in ["#SBATCH --array=0-2", "#SBATCH --cpus-per-task=2", "#SBATCH --partition=debug", "#SBATCH --time=00:30:00",
                     "--shard \"${SLURM_ARRAY_TASK_ID}/3\"", "--jobs 1 --threads 2"] {
            #expect(script.contains(line), "missing \(line) in\n\(script)")
        }
        #expect(script.contains(dir.appendingPathComponent("sweep.yaml").standardizedFileURL.path))
        let injected = try AgoraProcess.run(["sweep", "slurm", "sweep.yaml", "--partition", "a b"], in: dir)
        #expect(injected.status == 2)
    }
}
