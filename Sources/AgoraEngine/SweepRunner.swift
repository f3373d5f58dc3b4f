import AgoraAnalysis
import AgoraConfig
import AgoraStore
import Foundation
import Synchronization

/// Runs the tasks of a sweep plan on this machine: `jobs` runs at a time, each with
/// `threadsPerRun` deciding threads, into one output folder and its catalog.
///
/// - Resumable: a task whose (config hash, seed) already has a completed run in the catalog is
///   skipped; failed and interrupted runs are run again (their old rows stay as history). Killing
///   the sweep loses only the runs in flight: each run commits its results in one transaction
///   when it finishes, and a run whose process died is marked `interrupted` when the catalog is
///   next opened.
/// - Scheduling never changes a run: every run is a deterministic function of its world and
///   seed, whatever the order, the number of jobs or the shard it lands in.
/// - Parallel runs are in-process tasks on their own threads (no per-run process start-up); a
///   run failing (bad trace folder, full disk) fails that task only.
public struct SweepRunner: Sendable {
    /// The output folder: run folders and `agora.sqlite` (a shard's own folder when sharded).
    public var outputRoot: URL
    /// Runs at a time.
    public var jobs: Int
    /// Deciding threads per run.
    public var threadsPerRun: Int

    /// Creates a runner.
    public init(outputRoot: URL, jobs: Int, threadsPerRun: Int) {
        self.outputRoot = outputRoot
        self.jobs = max(1, jobs)
        self.threadsPerRun = max(1, threadsPerRun)
    }

    /// Records the plan in the catalog and runs the given tasks that have no completed run yet.
    ///
    /// - Parameters:
    ///   - plan: the sweep plan (recorded whole, so reports see every point even from a shard).
    ///   - shard: which tasks to run; `nil` runs all of them.
    ///   - stop: raised to stop: runs in flight stop at their next window boundary (interrupted),
    ///     no new run starts.
    ///   - progress: called after each finished run, from a worker thread.
    /// - Returns: what happened to each task of the shard.
    /// - Throws: `EngineError` when the output folder or catalog cannot be used.
    public func run(_ plan: SweepPlan, shard: SweepShard? = nil, stop: StopFlag = StopFlag(),
                    progress: @escaping @Sendable (SweepProgress) -> Void = { _ in }) throws(EngineError) -> SweepOutcome {
        do { try FileManager.default.createDirectory(at: outputRoot, withIntermediateDirectories: true) } catch {
            throw .outputFolder(path: outputRoot.path, reason: "cannot create it (\(error.localizedDescription))")
        }
        let catalog: Catalog
        var pending: [SweepPlan.Task] = []
        var skipped = 0
        let selected = plan.tasks.filter { shard?.contains(taskIndex: $0.index) ?? true }
        do {
            catalog = try Catalog(path: RunLayout.catalogPath(in: outputRoot).path)
            try catalog.recordSweep(plan.sweepRecord, points: plan.pointRecords)
            var queued = Set<String>()
            for task in selected {
                let key = "\(task.configHash) \(task.seed)"
                if try !catalog.completedRuns(configHash: task.configHash, seed: task.seed).isEmpty || queued.contains(key) {
                    skipped += 1
                } else {
                    queued.insert(key)
                    pending.append(task)
                }
            }
        } catch {
            throw .catalog(error.description)
        }
        let state = Mutex(SweepProgress(total: selected.count, skipped: skipped))
        let next = Atomic<Int>(0)
        let clock = ContinuousClock()
        let started = clock.now
        let request = RunRequest(worldPath: "", outputRoot: outputRoot, threads: threadsPerRun)
        let tasks = pending
        let group = DispatchGroup()
        for _ in 0..<min(jobs, max(1, tasks.count)) {
            group.enter()
            let worker = Thread {
                defer { group.leave() }
                while !stop.isRaised {
                    let position = next.add(1, ordering: .relaxed).oldValue
                    guard position < tasks.count else { return }
                    let task = tasks[position]
                    state.withLock { $0.running += 1 }
                    let result: SweepTaskResult
                    do throws(EngineError) {
                        let summary = try WorldRunner().run(task.world, request: request, stop: stop)
                        result = SweepTaskResult(task: task.index, runID: summary.runID,
                                                 status: summary.status == "completed" ? .completed : .interrupted, message: nil)
                    } catch {
                        result = SweepTaskResult(task: task.index, runID: nil, status: .failed, message: error.description)
                    }
                    let snapshot = state.withLock { progress -> SweepProgress in
                        progress.running -= 1
                        progress.record(result)
                        progress.elapsedSeconds = (clock.now - started).seconds
                        return progress
                    }
                    progress(snapshot)
                }
            }
            worker.stackSize = 8 << 20
            worker.start()
        }
        group.wait()
        let final = state.withLock { $0 }
        return SweepOutcome(sweepID: plan.id, progress: final, results: final.results.sorted { $0.task < $1.task })
    }
}

/// What happened to one task of a sweep run.
public struct SweepTaskResult: Sendable, Equatable {
    /// How a task ended.
    public enum Status: String, Sendable {
        /// The run completed and its metrics are in the catalog.
        case completed
        /// The run was stopped (SIGINT); it will run again on resume.
        case interrupted
        /// The run failed; it will run again on resume.
        case failed
    }

    /// The task index in the plan.
    public var task: Int
    /// The run id, when the run got one.
    public var runID: String?
    /// How it ended.
    public var status: Status
    /// The error, for failed runs.
    public var message: String?
}

/// Progress of a sweep over its runs, for the progress bar.
public struct SweepProgress: Sendable {
    /// Runs in this sweep (or shard).
    public var total: Int
    /// Runs skipped because a completed run with the same config hash and seed exists.
    public var skipped: Int
    /// Runs completed now.
    public var completed = 0
    /// Runs failed now.
    public var failed = 0
    /// Runs interrupted now.
    public var interrupted = 0
    /// Runs in flight.
    public var running = 0
    /// Wall seconds since the first run started.
    public var elapsedSeconds = 0.0
    /// Every finished task.
    public var results: [SweepTaskResult] = []

    /// Creates the progress of a sweep about to start.
    public init(total: Int, skipped: Int) {
        self.total = total
        self.skipped = skipped
    }

    /// Runs finished or skipped.
    public var done: Int { skipped + completed + failed + interrupted }

    /// Estimated wall seconds left, from the mean time per run finished so far; nil before the first.
    public var etaSeconds: Double? {
        let finished = completed + failed + interrupted
        guard finished > 0 else { return nil }
        return elapsedSeconds / Double(finished) * Double(max(0, total - done))
    }

    mutating func record(_ result: SweepTaskResult) {
        results.append(result)
        switch result.status {
        case .completed: completed += 1
        case .failed: failed += 1
        case .interrupted: interrupted += 1
        }
    }
}

/// The end of a sweep run.
public struct SweepOutcome: Sendable {
    /// The sweep id.
    public var sweepID: String
    /// Final counts.
    public var progress: SweepProgress
    /// Every task run now, in plan order.
    public var results: [SweepTaskResult]
}

extension SweepPlan {
    /// The `sweeps` row of this plan.
    public var sweepRecord: SweepRecord {
        SweepRecord(id: id, name: name, kind: kind, spec: specText, axes: axes, metrics: metrics, replicates: replicates)
    }

    /// The `sweep_points` rows of this plan.
    public var pointRecords: [SweepPointRecord] {
        tasks.map { task in
            SweepPointRecord(sweepID: id, point: task.point, replicate: task.replicate, seed: task.seed,
                             configHash: task.configHash, axisValues: points[task.point].values)
        }
    }
}
