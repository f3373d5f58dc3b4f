import Foundation

extension RandomStream {
    /// An exponential variate with the given rate (events per unit); mean `1 / rate`.
    @inlinable
    public mutating func exponential(rate: Double) -> Double {
        -log(nextOpenUnit()) / rate
    }

    /// A standard normal variate (Box–Muller; one of the pair is discarded so a draw always uses
    /// exactly two 64-bit values, which keeps stream consumption predictable).
    @inlinable
    public mutating func standardNormal() -> Double {
        let u1 = nextOpenUnit()
        let u2 = nextUnit()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// A normal variate with mean `mu` and standard deviation `sigma`.
    @inlinable
    public mutating func normal(mean mu: Double, standardDeviation sigma: Double) -> Double {
        mu + sigma * standardNormal()
    }

    /// A log-normal variate: `exp(N(mu, sigma))`.
    @inlinable
    public mutating func logNormal(mu: Double, sigma: Double) -> Double {
        exp(normal(mean: mu, standardDeviation: sigma))
    }

    /// A Pareto (type I) variate with scale `xmin` and shape `alpha`.
    @inlinable
    public mutating func pareto(xmin: Double, alpha: Double) -> Double {
        xmin * pow(nextOpenUnit(), -1 / alpha)
    }

    /// A gamma variate with the given shape and unit scale (Marsaglia–Tsang, with the boost for
    /// shape < 1).
    public mutating func gamma(shape: Double) -> Double {
        if shape < 1 {
            let boost = pow(nextOpenUnit(), 1 / shape)
            return gamma(shape: shape + 1) * boost
        }
        let d = shape - 1.0 / 3.0
        let c = 1 / (9 * d).squareRoot()
        while true {
            var x: Double
            var v: Double
            repeat {
                x = standardNormal()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = nextOpenUnit()
            if u < 1 - 0.0331 * x * x * x * x { return d * v }
            if log(u) < 0.5 * x * x + d * (1 - v + log(v)) { return d * v }
        }
    }

    /// Fills `output` with a Dirichlet(α, …, α) draw (non-negative, sums to 1).
    public mutating func dirichlet(concentration alpha: Double, into output: inout [Float], offset: Int, count: Int) {
        var total = 0.0
        var values = [Double](repeating: 0, count: count)
        for i in 0..<count {
            values[i] = gamma(shape: alpha)
            total += values[i]
        }
        if total <= 0 {
            // Every gamma draw underflowed (tiny α): fall back to one uniformly chosen topic.
            let hot = nextIndex(below: count)
            for i in 0..<count { output[offset + i] = i == hot ? 1 : 0 }
            return
        }
        for i in 0..<count { output[offset + i] = Float(values[i] / total) }
    }

    /// An index drawn with probability proportional to `weights[i]` (weights non-negative, not all
    /// zero). Complexity: O(count).
    @inlinable
    public mutating func categorical(_ weights: UnsafeBufferPointer<Float>) -> Int {
        var total: Float = 0
        for w in weights { total += w }
        var target = Float(nextUnit()) * total
        for i in 0..<weights.count {
            target -= weights[i]
            if target < 0 { return i }
        }
        return weights.count - 1
    }
}
