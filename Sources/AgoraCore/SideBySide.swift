import Dispatch

/// Two independent pieces of work at once: one on a worker thread, the other on the calling
/// thread, joined before returning. For set-up and post-run steps where neither part keeps both
/// cores busy on its own (the population's attributes next to the graph generator; the metrics'
/// finishing steps next to the final graph's statistics). The calling thread's part may use its
/// own parallel loops: it is not nested inside another one (GCD runs a nested loop on one thread).
public enum SideBySide {
    /// Runs `background` on a worker while this thread runs `foreground`; returns both results.
    /// When `foreground` throws, the worker is waited for and the error is rethrown.
    public static func run<Background: Sendable, Foreground, Failure: Error>(
        _ background: @escaping @Sendable () -> Background,
        alongside foreground: () throws(Failure) -> Foreground
    ) throws(Failure) -> (background: Background, foreground: Foreground) {
        let result = ResultSlot<Background>()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { result.value = background() }
        let foregroundResult: Foreground
        do { foregroundResult = try foreground() } catch {
            group.wait()
            throw error
        }
        group.wait()
        guard let backgroundResult = result.value else { preconditionFailure("the background work returned nothing") }
        return (backgroundResult, foregroundResult)
    }
}

/// The worker's result: written once before the group is left, read after waiting on it (hence
/// the unchecked conformance).
private final class ResultSlot<Value>: @unchecked Sendable {
    var value: Value?
}
