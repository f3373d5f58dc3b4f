import Synchronization
import Testing

@testable import AgoraCore

/// `SideBySide.run` returns both parts' results, and waits for the worker before rethrowing the
/// calling thread's error.
struct SideBySideTests {
    struct Failure: Error, Equatable {}

    @Test func bothResultsComeBack() {
        let (background, foreground) = SideBySide.run({ (1...1000).reduce(0, +) }, alongside: { "graph" })
        #expect(background == 500_500)
        #expect(foreground == "graph")
    }

    @Test func aForegroundErrorIsRethrownAfterTheWorkerFinished() {
        let finished = Atomic<Bool>(false)
        #expect(throws: Failure()) {
            _ = try SideBySide.run({
                var sum = 0
                for i in 0..<2_000_000 { sum &+= i }
                finished.store(true, ordering: .sequentiallyConsistent)
                return sum
            }, alongside: { () throws(Failure) -> Int in throw Failure() })
        }
        let workerFinished = finished.load(ordering: .sequentiallyConsistent)
        #expect(workerFinished)
    }
}
