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
