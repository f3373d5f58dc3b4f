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
