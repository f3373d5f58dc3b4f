import Foundation

/// The Hurwitz zeta function ζ(s, q) = Σ_{k≥0} (q + k)^(−s) for s > 1, q ≥ 1, and the sum
/// Σ_{k≥0} ln(q + k) (q + k)^(−s) = −∂ζ/∂s that the power-law maximum-likelihood equation needs.
///
/// Twenty terms are summed directly and the tail from M = q + 20 is closed by Euler–Maclaurin with
/// Bernoulli terms up to B₈, which gives about 1e-15 relative accuracy for the exponents of
/// degree distributions. `Analysis/graph_stats_nx.py` uses the same formula, so both sides agree
/// to rounding.
enum HurwitzZeta {
    /// Directly summed terms before the Euler–Maclaurin tail.
    static let directTerms = 20
    /// B₂ⱼ / (2j)! for j = 1…4.
    static let bernoulliCoefficients: [Double] = [1.0 / 12, -1.0 / 720, 1.0 / 30240, -1.0 / 1_209_600]

    /// ζ(s, q) and Σ ln(q+k)(q+k)^(−s) together (they share the powers).
    static func valueAndLogMoment(s: Double, q: Double) -> (zeta: Double, logMoment: Double) {
        var zeta = 0.0
        var moment = 0.0
        for k in 0..<directTerms {
            let x = q + Double(k)
            let term = pow(x, -s)
            zeta += term
            moment += log(x) * term
        }
        let m = q + Double(directTerms)
        let logM = log(m)
        let mPower = pow(m, -s)
        zeta += m * mPower / (s - 1) + mPower / 2
        moment += m * mPower * (logM / (s - 1) + 1 / ((s - 1) * (s - 1))) + logM * mPower / 2
        // Terms c_j · P_j(s) · M^(−s−2j+1) with P_j(s) = s(s+1)…(s+2j−2); the moment takes −∂/∂s.
        var product = s
        var reciprocalSum = 1 / s
        var power = mPower / m
        for j in 0..<bernoulliCoefficients.count {
            let c = bernoulliCoefficients[j]
            zeta += c * product * power
            moment += c * product * (logM - reciprocalSum) * power
            let a = s + Double(2 * j + 1)
            let b = s + Double(2 * j + 2)
            product *= a * b
            reciprocalSum += 1 / a + 1 / b
            power /= m * m
        }
        return (zeta, moment)
    }

    /// ζ(s, q) (the same sum as `valueAndLogMoment`, without the logarithms).
    static func value(s: Double, q: Double) -> Double {
        var zeta = 0.0
        for k in 0..<directTerms { zeta += pow(q + Double(k), -s) }
        let m = q + Double(directTerms)
        let mPower = pow(m, -s)
        zeta += m * mPower / (s - 1) + mPower / 2
        var product = s
        var power = mPower / m
        for j in 0..<bernoulliCoefficients.count {
            zeta += bernoulliCoefficients[j] * product * power
            product *= (s + Double(2 * j + 1)) * (s + Double(2 * j + 2))
            power /= m * m
        }
        return zeta
    }
}
