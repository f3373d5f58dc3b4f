import AgoraCore

extension FriendshipParadox {
    /// `compare` for several attributes over the same neighbour lists in one pass: the
    /// attributes are interleaved per node, so each edge costs one memory access for all of them
    /// instead of one random access per attribute (these passes are memory-bound on large
    /// graphs). Results equal `compare` called once per attribute. O(E) on average.
    static func compareMany(
        _ attributes: [[Int]], neighborOffsets: [Int], neighbors: [UInt32]
    ) -> [(fractions: Fractions, meanOfMeans: Double, users: Int)] {
        let k = attributes.count
        guard k > 0 else { return [] }
        let n = attributes[0].count
        var interleaved = [Int](repeating: 0, count: n * k)
        for a in 0..<k {
            let values = attributes[a]
            for v in 0..<n { interleaved[v * k + a] = values[v] }
        }
        let packed = interleaved
        // Fixed node ranges (not one per thread) whose totals are added in range order: the
        // integer counts are exact anyway, and the mean of means is the same sum for any thread
        // count.
        let parts = ChunkedParallelism.mapChunks(count: n, chunks: ChunkedParallelism.chunkCount(for: n)) { range in
            packed.withUnsafeBufferPointer { rows in
                neighbors.withUnsafeBufferPointer { adjacent in
                    neighborOffsets.withUnsafeBufferPointer { offsets in
                        compare(nodes: range, k: k, rows: rows, offsets: offsets, neighbors: adjacent)
                    }
                }
            }
        }
        var total = ComparisonTotals(attributes: k)
        for part in parts { total.add(part) }
        return (0..<k).map { a in
            let users = total.users
            return (Fractions(weakFraction: users == 0 ? nil : Double(total.weak[a]) / Double(users),
                              strongFraction: users == 0 ? nil : Double(total.strong[a]) / Double(users), users: users),
                    total.meanOfMeans[a], users)
        }
    }

    /// The comparison totals of one range of nodes (see `compareMany`). The neighbours' rows are
    /// random reads over the whole graph: each is prefetched eight neighbours ahead.
    private static func compare(
        nodes: Range<Int>, k: Int, rows: UnsafeBufferPointer<Int>, offsets: UnsafeBufferPointer<Int>,
        neighbors: UnsafeBufferPointer<UInt32>
    ) -> ComparisonTotals {
        var totals = ComparisonTotals(attributes: k)
        var sums = [Int](repeating: 0, count: k)
        // Attribute a of the current node's neighbours lives at scratch[a * count ..< (a + 1) * count].
        var scratch = [Int](repeating: 0, count: 64 * k)
        let lookahead = 8
        for v in nodes {
            let start = offsets[v]
            let end = offsets[v + 1]
            guard end > start else { continue }
            let count = end - start
            totals.users += 1
            if scratch.count < count * k { scratch = [Int](repeating: 0, count: 2 * count * k) }
            for a in 0..<k { sums[a] = 0 }
            scratch.withUnsafeMutableBufferPointer { buffer in
                for p in start..<end {
                    if p + lookahead < neighbors.count {
                        Prefetch.read(rows.baseAddress! + Int(neighbors[p + lookahead]) * k)
                    }
                    let i = p - start
                    let base = Int(neighbors[p]) * k
                    for a in 0..<k {
                        let value = rows[base + a]
                        buffer[a * count + i] = value
                        sums[a] += value
                    }
                }
                for a in 0..<k {
                    let own = rows[v * k + a]
                    totals.meanOfMeans[a] += Double(sums[a]) / Double(count)
                    if own * count < sums[a] { totals.weak[a] += 1 }
                    let values = UnsafeMutableBufferPointer(rebasing: buffer[(a * count)..<((a + 1) * count)])
                    if 2 * own < twiceMedian(values) { totals.strong[a] += 1 }
                }
            }
        }
        return totals
    }

    /// Twice the median of `values` (the sum of its two middle elements; for an odd count, the
    /// middle one twice), found by selection instead of a sort: O(n) on average, in place (the
    /// order of `values` is scrambled). `values` must not be empty.
    ///
    /// The strong paradox compares a node's value with its neighbours' median; sorting every
    /// neighbour list made that O(E log d) and a third of a large run's metrics time.
    static func twiceMedian(_ values: inout [Int]) -> Int {
        values.withUnsafeMutableBufferPointer { twiceMedian($0) }
    }

    /// `twiceMedian` of a buffer (scrambled in place). `a` must not be empty.
    static func twiceMedian(_ a: UnsafeMutableBufferPointer<Int>) -> Int {
        let count = a.count
        let lower = (count - 1) / 2
        let first = select(a, k: lower)
        guard count % 2 == 0 else { return 2 * first }
        // Selection leaves everything after `lower` no smaller: the next order statistic is
        // their minimum.
        var second = Int.max
        for i in (lower + 1)..<count where a[i] < second { second = a[i] }
        return first + second
    }

    /// Rearranges `a` so that `a[k]` is its k-th smallest element, everything before it no
    /// larger and everything after it no smaller (Hoare's selection with a median-of-three
    /// pivot); returns `a[k]`.
    private static func select(_ a: UnsafeMutableBufferPointer<Int>, k: Int) -> Int {
        var low = 0
        var high = a.count - 1
        while low < high {
            let x = a[low], y = a[(low + high) / 2], z = a[high]
            let pivot = max(min(x, y), min(max(x, y), z))
            var i = low
            var j = high
            while i <= j {
                while a[i] < pivot { i += 1 }
                while a[j] > pivot { j -= 1 }
                if i <= j {
                    a.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j {
                high = j
            } else if k >= i {
                low = i
            } else {
                break
            }
        }
        return a[k]
    }
}

/// Per-attribute totals of the paradox comparison over a range of nodes.
struct ComparisonTotals: Sendable {
    var users = 0
    var weak: [Int]
    var strong: [Int]
    var meanOfMeans: [Double]

    init(attributes k: Int) {
        weak = [Int](repeating: 0, count: k)
        strong = weak
        meanOfMeans = [Double](repeating: 0, count: k)
    }

    /// Adds another range's totals.
    mutating func add(_ other: ComparisonTotals) {
        users += other.users
        for a in weak.indices {
            weak[a] += other.weak[a]
            strong[a] += other.strong[a]
            meanOfMeans[a] += other.meanOfMeans[a]
        }
    }
}
