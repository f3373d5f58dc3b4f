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
        var packed = [Int](repeating: 0, count: n * k)
        for a in 0..<k {
            let values = attributes[a]
            for v in 0..<n { packed[v * k + a] = values[v] }
        }
        var users = 0
        var weak = [Int](repeating: 0, count: k)
        var strong = [Int](repeating: 0, count: k)
        var meanOfMeans = [Double](repeating: 0, count: k)
        var sums = [Int](repeating: 0, count: k)
        // Attribute a of the current node's neighbours lives at scratch[a * count ..< (a + 1) * count].
        var scratch = [Int](repeating: 0, count: 64 * k)
        for v in 0..<n {
            let start = neighborOffsets[v]
            let end = neighborOffsets[v + 1]
            guard end > start else { continue }
            let count = end - start
            users += 1
            if scratch.count < count * k { scratch = [Int](repeating: 0, count: 2 * count * k) }
            for a in 0..<k { sums[a] = 0 }
            scratch.withUnsafeMutableBufferPointer { buffer in
                for (i, p) in (start..<end).enumerated() {
                    let base = Int(neighbors[p]) * k
                    for a in 0..<k {
                        let value = packed[base + a]
                        buffer[a * count + i] = value
                        sums[a] += value
                    }
                }
                for a in 0..<k {
                    let own = packed[v * k + a]
                    meanOfMeans[a] += Double(sums[a]) / Double(count)
                    if own * count < sums[a] { weak[a] += 1 }
                    let values = UnsafeMutableBufferPointer(rebasing: buffer[(a * count)..<((a + 1) * count)])
                    if 2 * own < twiceMedian(values) { strong[a] += 1 }
                }
            }
        }
        return (0..<k).map { a in
            (Fractions(weakFraction: users == 0 ? nil : Double(weak[a]) / Double(users),
                       strongFraction: users == 0 ? nil : Double(strong[a]) / Double(users), users: users),
             meanOfMeans[a], users)
        }
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
