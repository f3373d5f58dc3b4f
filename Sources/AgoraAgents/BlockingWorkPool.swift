import Dispatch
import Foundation

/// Runs `count` blocking jobs (HTTP requests) on up to `workers` dedicated threads and waits for
/// all of them. Unlike `DispatchQueue.concurrentPerform`, whose width is the number of cores, the
/// width here is what the endpoints can take — a request mostly waits on the network.
enum BlockingWorkPool {
    /// Calls `job(i)` for every `i` in `0..<count`, each exactly once, from `min(workers, count)`
    /// threads; returns when all are done. Jobs must only write to their own index's storage.
    static func run(count: Int, workers: Int, _ job: @escaping @Sendable (Int) -> Void) {
        let width = min(max(1, workers), count)
        guard width > 1 else {
            for i in 0..<count { job(i) }
            return
        }
        let cursor = SharedCursor()
        let group = DispatchGroup()
        for _ in 0..<width {
            group.enter()
            let thread = Thread {
                while let i = cursor.next(below: count) { job(i) }
                group.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        group.wait()
    }
}

/// A counter handing out indices to worker threads. Thread-safe (a lock).
private final class SharedCursor: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next(below count: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < count else { return nil }
        value += 1
        return value - 1
    }
}
