/// The exact two-sided sign test of paired differences: under the null hypothesis (median
/// difference 0) each non-zero difference is positive with probability ½. Ties (zero
/// differences) are dropped, as usual.
public struct SignTest: Sendable, Equatable, Codable {
    /// Differences > 0.
    public var positives: Int
    /// Differences < 0.
    public var negatives: Int
    /// Differences = 0 (not counted in the test).
    public var ties: Int
    /// Two-sided p-value: 2 · P(X ≤ min(k, n − k)) for X ~ Binomial(n, ½), at most 1; 1 when
    /// every difference is a tie.
    public var pValue: Double

    /// The test of `differences`. O(n).
    public init(differences: [Double]) {
        positives = differences.filter { $0 > 0 }.count
        negatives = differences.filter { $0 < 0 }.count
        ties = differences.count - positives - negatives
        let n = positives + negatives
        guard n > 0 else {
            pValue = 1
            return
        }
        let k = min(positives, negatives)
        // Σ_{i ≤ k} C(n, i) / 2^n, with the binomial coefficients built up as doubles.
        var coefficient = 1.0
        var sum = 1.0
        if k > 0 {
            for i in 1...k {
                coefficient *= Double(n - i + 1) / Double(i)
                sum += coefficient
            }
        }
        pValue = min(1, 2 * sum / Double(sign: .plus, exponent: n, significand: 1))
    }

    enum CodingKeys: String, CodingKey {
        case positives, negatives, ties, pValue = "p_value"
    }
}
