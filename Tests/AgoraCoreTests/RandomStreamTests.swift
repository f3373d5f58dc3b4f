import Testing
@testable import AgoraCore

@Suite struct RandomStreamTests {
    private func draws(_ stream: RandomStream, count: Int) -> [UInt64] {
        var s = stream
        return (0..<count).map { _ in s.next() }
    }

    @Test(arguments: [UInt64(0), 1, 42, UInt64.max])
    func sameKeyReproducesTheSameNumbers(seed: UInt64) {
        let a = RandomStream(seed: seed, purpose: .session, agent: 17, sequence: 3)
        let b = RandomStream(seed: seed, purpose: .session, agent: 17, sequence: 3)
        #expect(draws(a, count: 100) == draws(b, count: 100))
    }

    @Test func drawsDoNotDependOnOtherStreamsBeingUsed() {
        var noisy = RandomStream(seed: 9, purpose: .session, agent: 1, sequence: 0)
        for _ in 0..<1000 { _ = noisy.next() }
        let quiet = RandomStream(seed: 9, purpose: .session, agent: 2, sequence: 0)
        let fresh = RandomStream(seed: 9, purpose: .session, agent: 2, sequence: 0)
        #expect(draws(quiet, count: 10) == draws(fresh, count: 10))
    }

    @Test func everyKeyPartChangesTheStream() {
        let base = draws(RandomStream(seed: 5, purpose: .session, agent: 1, sequence: 1), count: 8)
        #expect(draws(RandomStream(seed: 6, purpose: .session, agent: 1, sequence: 1), count: 8) != base)
        #expect(draws(RandomStream(seed: 5, purpose: .wake, agent: 1, sequence: 1), count: 8) != base)
        #expect(draws(RandomStream(seed: 5, purpose: .session, agent: 2, sequence: 1), count: 8) != base)
        #expect(draws(RandomStream(seed: 5, purpose: .session, agent: 1, sequence: 2), count: 8) != base)
    }

    /// Neighbouring keys must look independent: the correlation of uniforms drawn from streams of
    /// adjacent agents stays within a few standard errors of zero, for many seeds.
    @Test(arguments: Array(UInt64(1)...8))
    func adjacentStreamsAreUncorrelated(seed: UInt64) {
        let n = 4000
        var xs = [Double](), ys = [Double]()
        for agent in 0..<UInt32(n) {
            var a = RandomStream(seed: seed, purpose: .session, agent: agent, sequence: 0)
            var b = RandomStream(seed: seed, purpose: .session, agent: agent + 1, sequence: 0)
            xs.append(a.nextUnit())
            ys.append(b.nextUnit())
        }
        let mx = xs.reduce(0, +) / Double(n), my = ys.reduce(0, +) / Double(n)
        var cov = 0.0, vx = 0.0, vy = 0.0
        for i in 0..<n {
            cov += (xs[i] - mx) * (ys[i] - my)
            vx += (xs[i] - mx) * (xs[i] - mx)
            vy += (ys[i] - my) * (ys[i] - my)
        }
        let correlation = cov / (vx * vy).squareRoot()
        #expect(abs(correlation) < 4 / Double(n).squareRoot())
        #expect(abs(mx - 0.5) < 4 * (1.0 / 12 / Double(n)).squareRoot())
    }

    @Test func uniformIndicesCoverTheirRangeEvenly() {
        var stream = RandomStream(seed: 3, purpose: .analysis)
        var counts = [Int](repeating: 0, count: 7)
        for _ in 0..<70_000 { counts[stream.nextIndex(below: 7)] += 1 }
        for c in counts { #expect(abs(c - 10_000) < 400) }
    }

    @Test func exponentialAndDirichletHaveTheirMeans() {
        var stream = RandomStream(seed: 11, purpose: .analysis)
        let n = 50_000
        let mean = (0..<n).map { _ in stream.exponential(rate: 2) }.reduce(0, +) / Double(n)
        #expect(abs(mean - 0.5) < 0.02)
        var out = [Float](repeating: 0, count: 8)
        var sums = [Double](repeating: 0, count: 8)
        for _ in 0..<5000 {
            stream.dirichlet(concentration: 0.3, into: &out, offset: 0, count: 8)
            #expect(abs(out.reduce(0, +) - 1) < 1e-4)
            for i in 0..<8 { sums[i] += Double(out[i]) }
        }
        for s in sums { #expect(abs(s / 5000 - 0.125) < 0.02) }
    }
}
