import AgoraCore
import Dispatch

/// Measures the friendship paradox of a pass's snapshots (`FriendshipParadoxSeries.record`) on a
/// background serial queue, in the order they are handed in, so that the pass goes on consuming
/// blocks meanwhile: one measure builds a CSR copy of the graph and compares every node with its
/// neighbours, most of a second at 1M agents, with one core idle for much of it. The measures run
/// outside the pass's parallel step, so their own parallel loops keep both threads (a loop nested
/// in a parallel step runs on one thread). The series is read once, after every measure.
///
/// Memory: each queued snapshot holds its graph and post counts (copy-on-write: shared with the
/// pass until an event changes them) until its measure ran. At most `maximumQueued` snapshots
/// wait at once — a pass that reaches a further one first waits — so a trace of many snapshots
/// with few events between them cannot pile up graph copies.
///
/// Thread safety (hence `@unchecked Sendable`): `series` is only touched by blocks on `queue` and
/// by `finishedSeries()`, which reads it inside a `sync` on that serial queue.
final class FriendshipParadoxQueue: @unchecked Sendable {
    /// Snapshots that may wait for their measure at once.
    static let maximumQueued = 2
    private let queue = DispatchQueue(label: "agora.report.friendship-paradox")
    private let slots = DispatchSemaphore(value: FriendshipParadoxQueue.maximumQueued)
    private var series = FriendshipParadoxSeries()

    /// Queues the measure of one snapshot (day 0 is the initial graph). O(1) for the caller
    /// unless `maximumQueued` measures are waiting; O(V + E log d) on the queue.
    func measure(day: Int, graph: FollowGraph, posts: [Int], repostsReceived: [Int]) {
        slots.wait()
        queue.async {
            self.series.record(day: day, graph: graph, posts: posts, repostsReceived: repostsReceived)
            self.slots.signal()
        }
    }

    /// Waits until every queued measure ran and returns the series.
    func finishedSeries() -> FriendshipParadoxSeries {
        queue.sync { series }
    }
}
