/// Moments of a sample: the mean and variance (also behind `SummaryStatistics`), and for the
/// polarization metrics the bimodality coefficient of Pfister et al. (2013), "Good things peak
/// in pairs", Frontiers in Psychology 4:700.
///
/// The coefficient uses the sample-size-corrected skewness G₁ and excess kurtosis G₂ (the SAS /
/// SPSS estimators Pfister et al. use):
///   g₁ = m₃ / m₂^{3/2},   g₂ = m₄ / m₂² − 3   (mᵣ = central moments with divisor n),
///   G₁ = g₁ · √(n(n−1)) / (n−2),
///   G₂ = ((n+1) g₂ + 6) · (n−1) / ((n−2)(n−3)),
///   BC = (G₁² + 1) / (G₂ + 3 (n−1)² / ((n−2)(n−3))).
/// BC > 5/9 ≈ 0.555 (the value of a uniform distribution) suggests bimodality. Needs n ≥ 4 and a
/// non-zero variance. Cost: two passes over the sample.
public enum SampleMoments {
    /// The population variance m₂ = Σ(x − x̄)² / n, or `nil` for an empty sample.
    public static func variance(_ values: [Double]) -> Double? {
        guard let mean = mean(values) else { return nil }
        return squaredDeviations(values, from: mean) / Double(values.count)
    }

    /// Σ(x − `mean`)², the numerator of the population variance (divisor n) and of the sample
    /// variance (divisor n − 1, `SummaryStatistics`), summed in order.
    public static func squaredDeviations(_ values: [Double], from mean: Double) -> Double {
        var sum = 0.0
        for x in values { sum += (x - mean) * (x - mean) }
        return sum
    }

    /// The mean, or `nil` for an empty sample.
    public static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// The bimodality coefficient (formula above), or `nil` when n < 4 or the variance is 0.
    public static func bimodalityCoefficient(_ values: [Double]) -> Double? {
        let n = Double(values.count)
        guard values.count >= 4 else { return nil }
        let mean = values.reduce(0, +) / n
        var m2 = 0.0, m3 = 0.0, m4 = 0.0
        for x in values {
            let d = x - mean
            let d2 = d * d
            m2 += d2
            m3 += d2 * d
            m4 += d2 * d2
        }
        m2 /= n; m3 /= n; m4 /= n
        guard m2 > 1e-300 else { return nil }
        let g1 = m3 / (m2 * m2.squareRoot())
        let g2 = m4 / (m2 * m2) - 3
        let skew = g1 * (n * (n - 1)).squareRoot() / (n - 2)
        let kurtosis = ((n + 1) * g2 + 6) * (n - 1) / ((n - 2) * (n - 3))
        return (skew * skew + 1) / (kurtosis + 3 * (n - 1) * (n - 1) / ((n - 2) * (n - 3)))
    }

    /// Pearson's correlation of paired samples, or `nil` with fewer than 2 pairs or a constant side.
    public static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        precondition(x.count == y.count)
        guard x.count >= 2 else { return nil }
        let n = Double(x.count)
        let mx = x.reduce(0, +) / n
        let my = y.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in x.indices {
            let dx = x[i] - mx, dy = y[i] - my
            sxy += dx * dy; sxx += dx * dx; syy += dy * dy
        }
        guard sxx > 1e-300, syy > 1e-300 else { return nil }
        return sxy / (sxx * syy).squareRoot()
    }
}
