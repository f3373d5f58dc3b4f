import Foundation

/// The Student t distribution: its CDF (through the regularized incomplete beta function) and
/// its quantiles (by bisection on the CDF), for the t confidence intervals of `SummaryStatistics`.
public enum StudentT {
    /// P(T ≤ t) for `degreesOfFreedom` ν > 0.
    public static func cdf(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        let tail = 0.5 * IncompleteBeta.regularized(a: nu / 2, b: 0.5, x: nu / (nu + t * t))
        return t >= 0 ? 1 - tail : tail
    }

    /// The p-quantile (0 < p < 1) for ν > 0 degrees of freedom, to about 1e-12.
    /// - Complexity: about 200 evaluations of the CDF.
    public static func quantile(_ p: Double, degreesOfFreedom nu: Double) -> Double {
        if p == 0.5 { return 0 }
        if p < 0.5 { return -quantile(1 - p, degreesOfFreedom: nu) }
        var low = 0.0
        var high = 1.0
        while cdf(high, degreesOfFreedom: nu) < p, high < 1e12 { high *= 2 }
        for _ in 0..<200 {
            let middle = (low + high) / 2
            if cdf(middle, degreesOfFreedom: nu) < p { low = middle } else { high = middle }
            if high - low < 1e-13 * max(1, high) { break }
        }
        return (low + high) / 2
    }
}
