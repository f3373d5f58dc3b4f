/// The end of a sweep run.
public struct SweepOutcome: Sendable {
    /// The sweep id.
    public var sweepID: String
    /// Final counts.
    public var progress: SweepProgress
    /// Every task run now, in plan order.
    public var results: [SweepTaskResult]
}
