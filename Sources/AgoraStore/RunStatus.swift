/// Where a run stands in its lifecycle: `running` → `completed` | `failed` | `interrupted`.
///
/// A run enters the catalog as `running` and leaves that state exactly once. The three final states
/// never change again; the catalog refuses any transition out of them with
/// ``CatalogError/Kind/runNotRunning(_:)``.
public enum RunStatus: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// The owner process is (or was last known to be) simulating the run.
    case running
    /// The run finished; its metrics and time series are stored.
    case completed
    /// The run stopped on an error; `RunRecord.errorMessage` says which.
    case failed
    /// The run stopped before its horizon: stopped by the user (SIGINT), or its owner process died
    /// (SIGKILL, crash, reboot), which the catalog detects the next time it is opened.
    case interrupted

    /// True for the three states a run can no longer leave.
    public var isFinal: Bool { self != .running }

    /// The status as stored in the `runs.status` column.
    public var description: String { rawValue }
}
