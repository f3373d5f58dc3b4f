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
