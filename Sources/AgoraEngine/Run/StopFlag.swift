import Synchronization

/// A flag raised from a signal handler (SIGINT) or another thread and polled by the scheduler at
/// window boundaries, so a run stops cleanly: trace flushed, run marked interrupted.
public final class StopFlag: Sendable {
    private let raised = Atomic<Bool>(false)

    /// Creates a lowered flag.
    public init() {}

    /// Raises the flag. Safe from any thread.
    public func raise() { raised.store(true, ordering: .releasing) }

    /// Whether the flag has been raised.
    public var isRaised: Bool { raised.load(ordering: .acquiring) }
}
