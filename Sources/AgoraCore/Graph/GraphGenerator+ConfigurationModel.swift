import Foundation

extension GraphGenerator {
    /// Configuration model on a power-law degree sequence.
    ///
    /// 1. Node `i` draws its degree from stream (graph, agent i, `StreamTag.configurationModel`):
    ///    P(k) ∝ k^−γ on `minDegree...maxDegree`, by inverting the cumulative table (binary
    ///    search, O(log K) per node).
    /// 2. An odd degree sum gets the last node's degree moved by one (up when below `maxDegree`,
    ///    else down), since stubs pair up.
    /// 3. The stub list (node `i` repeated degree(i) times) is shuffled by Fisher–Yates from stream
    ///    (graph, agent 0, `StreamTag.configurationModel + 1`) and consecutive stubs are paired.
    /// 4. Pairs `(u, u)` are dropped and counted as self-loops; repeated pairs are merged and each
    ///    extra copy counted as a multi-edge. The rest become mutual follows, so the final degree
    ///    sum is the stub count minus twice the removed pairs.
    static func configurationModelGraph(nodeCount n: Int, exponent gamma: Double, minDegree: Int, maxDegree: Int, seed: UInt64) -> GeneratedGraph {
        let degrees = powerLawDegreeSequence(nodeCount: n, exponent: gamma, minDegree: minDegree, maxDegree: maxDegree, seed: seed)
        var stubs: [UInt32] = []
        stubs.reserveCapacity(degrees.reduce(0, +))
        for (node, degree) in degrees.enumerated() {
            for _ in 0..<degree { stubs.append(UInt32(node)) }
        }
        var stream = RandomStream(seed: seed, purpose: .graph, agent: 0, sequence: StreamTag.configurationModel + 1)
        if stubs.count > 1 {
            for index in stride(from: stubs.count - 1, to: 0, by: -1) {
                stubs.swapAt(index, stream.nextIndex(below: index + 1))
            }
        }
        var selfLoops = 0
        var pairs: [UInt64] = []
        pairs.reserveCapacity(stubs.count / 2)
        for index in stride(from: 0, to: stubs.count - 1, by: 2) {
            let a = stubs[index]
            let b = stubs[index + 1]
            if a == b {
                selfLoops += 1
            } else {
                pairs.append(UInt64(min(a, b)) << 32 | UInt64(max(a, b)))
            }
        }
        pairs.sort()
        var multiEdges = 0
        var buffer = GeneratorEdgeBuffer(nodeCount: n)
        var previous: UInt64? = nil
        for pair in pairs {
            if pair == previous {
                multiEdges += 1
                continue
            }
            previous = pair
            buffer.addMutual(UInt32(truncatingIfNeeded: pair >> 32), UInt32(truncatingIfNeeded: pair))
        }
        return GeneratedGraph(graph: buffer.makeGraph(), removedSelfLoops: selfLoops, removedMultiEdges: multiEdges)
    }

    /// Degrees drawn i.i.d. from P(k) ∝ k^−γ on `minDegree...maxDegree`, with the parity fix of
    /// step 2 above. Exposed to the module so tests can check the sequence the stubs came from.
    static func powerLawDegreeSequence(nodeCount n: Int, exponent gamma: Double, minDegree: Int, maxDegree: Int, seed: UInt64) -> [Int] {
        var cumulative: [Double] = []
        cumulative.reserveCapacity(maxDegree - minDegree + 1)
        var total = 0.0
        for k in minDegree...maxDegree {
            total += pow(Double(k), -gamma)
            cumulative.append(total)
        }
        var degrees = [Int](repeating: 0, count: n)
        for node in 0..<n {
            var stream = RandomStream(seed: seed, purpose: .graph, agent: UInt32(node), sequence: StreamTag.configurationModel)
            let target = stream.nextUnit() * total
            var low = 0
            var high = cumulative.count - 1
            while low < high {
                let mid = (low + high) >> 1
                if cumulative[mid] <= target { low = mid + 1 } else { high = mid }
            }
            degrees[node] = minDegree + low
        }
        if degrees.reduce(0, +) % 2 == 1 {
            degrees[n - 1] += degrees[n - 1] < maxDegree ? 1 : -1
        }
        return degrees
    }
}
