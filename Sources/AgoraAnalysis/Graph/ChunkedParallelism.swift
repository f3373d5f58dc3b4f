import Dispatch

/// Deterministic data parallelism for the graph statistics: `0..<count` is cut into a fixed
/// number of contiguous chunks, independent of the machine's core count, and the chunks run
/// on `DispatchQueue.concurrentPerform`. Results are written per chunk and combined in chunk
/// order by the caller, so floating-point sums do not depend on thread timing or core count.
enum ChunkedParallelism {
    /// Chunks used for work over `count` items (at most 64, at least 1, ≥ 1024 items each).
    static func chunkCount(for count: Int) -> Int { max(1, min(64, count / 1024)) }

    /// The item range of chunk `chunk` of `chunks` over `0..<count`.
    static func range(chunk: Int, of chunks: Int, count: Int) -> Range<Int> {
        (count * chunk / chunks)..<(count * (chunk + 1) / chunks)
    }

    /// Runs `body(chunk, range)` for every chunk, concurrently. `body` must only write state
    /// owned by its chunk.
    static func forEachChunk(count: Int, chunks: Int, _ body: @Sendable (Int, Range<Int>) -> Void) {
        if chunks == 1 {
            body(0, 0..<count)
            return
        }
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            body(chunk, range(chunk: chunk, of: chunks, count: count))
        }
    }

    /// `body(range)` for every chunk, concurrently; the results in chunk order (combine them in
    /// that order and a floating-point total does not depend on the thread count).
    static func mapChunks<Result: Sendable>(count: Int, chunks: Int,
                                            _ body: @Sendable (Range<Int>) -> Result) -> [Result] {
        var results = [Result?](repeating: nil, count: chunks)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            forEachChunk(count: count, chunks: chunks) { chunk, range in slots[chunk] = body(range) }
        }
        return results.map { $0! }
    }
}
