import Foundation

/// A discrete power-law fit p(k) = k^(−α) / ζ(α, xmin) for k ≥ xmin, by the method of Clauset,
/// Shalizi & Newman (2009): for each candidate xmin the exact discrete maximum-likelihood α,
/// then the xmin whose fit has the smallest Kolmogorov–Smirnov distance to the data.
///
/// - α solves Σ ln(k)k^(−α) / ζ(α, xmin) = mean ln x over the tail (the score equation of the
///   discrete likelihood), found by bisection on (1, 50] to double precision;
/// - KS distance D = max over integers x ≥ xmin of |Fₙ(x) − F(x)| with Fₙ the empirical and
///   F(x) = 1 − ζ(α, x+1)/ζ(α, xmin) the fitted CDF of the tail; since Fₙ is a step function
///   that only moves at observed values, it is evaluated at each observed x and just below it;
/// - candidates are the distinct values ≥ 1 with at least `minimumTail` values at or above them
///   and more than one distinct value in the tail; ties in D go to the smaller xmin.
///
/// Cost: O(u²) zeta evaluations for u distinct values, run in parallel over candidates.
public struct PowerLawFit: Sendable, Equatable, Codable {
    /// The fitted exponent α.
    public let alpha: Double
    /// The lower bound of the power-law tail.
    public let xmin: Int
    /// The KS distance of the fit on the tail.
    public let ks: Double
    /// Number of values ≥ xmin.
    public let tailSize: Int

    /// The smallest tail a candidate xmin may leave.
    public static let minimumTail = 10

    private enum CodingKeys: String, CodingKey {
        case alpha, xmin, ks
        case tailSize = "tail_size"
    }

    /// Fits `values` (degrees; zeros are ignored). `nil` when no candidate xmin qualifies.
    public static func fit(_ values: [Int]) -> PowerLawFit? {
        var counts: [Int: Int] = [:]
        for value in values where value >= 1 { counts[value, default: 0] += 1 }
        let distinct = counts.keys.sorted()
        let frequency = distinct.map { counts[$0]! }
        // tail[i] = number of values ≥ distinct[i]; logTail[i] = Σ ln x over them.
        var tail = [Int](repeating: 0, count: distinct.count + 1)
        var logTail = [Double](repeating: 0, count: distinct.count + 1)
        for i in stride(from: distinct.count - 1, through: 0, by: -1) {
            tail[i] = tail[i + 1] + frequency[i]
            logTail[i] = logTail[i + 1] + Double(frequency[i]) * log(Double(distinct[i]))
        }
        let tailSizes = tail
        let logTails = logTail
        let candidates = (0..<distinct.count).filter { tail[$0] >= minimumTail && $0 < distinct.count - 1 }
        guard !candidates.isEmpty else { return nil }
        var fits = [PowerLawFit?](repeating: nil, count: candidates.count)
        fits.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let results = buffer
            ChunkedParallelism.forEachChunk(count: candidates.count, chunks: min(candidates.count, 16)) { _, range in
                for c in range {
                    let i = candidates[c]
                    results[c] = fitTail(
                        distinct: distinct, frequency: frequency, start: i,
                        tailSize: tailSizes[i], meanLog: logTails[i] / Double(tailSizes[i])
                    )
                }
            }
        }
        var best: PowerLawFit? = nil
        for case let fit? in fits where best == nil || fit.ks < best!.ks { best = fit }
        return best
    }

    /// Longest gap between consecutive distinct values that `fitTail` bridges by subtracting terms.
    static let shortGap = 16
    /// Steps between direct evaluations of ζ(α, x) in `fitTail` (bounds the subtractions' drift).
    static let reanchorSteps = 64

    /// The fit for one candidate xmin = distinct[start].
    static func fitTail(distinct: [Int], frequency: [Int], start: Int, tailSize: Int, meanLog: Double) -> PowerLawFit? {
        let xmin = Double(distinct[start])
        guard let alpha = solveAlpha(xmin: xmin, meanLog: meanLog) else { return nil }
        let normaliser = HurwitzZeta.value(s: alpha, q: xmin)
        var below = 0
        var distance = 0.0
        // ζ(α, x) walks down the distinct values: across a short gap it is the previous value
        // minus the gap's terms (one power each instead of a whole ζ evaluation), re-anchored
        // by a direct evaluation after a long gap or every `reanchorSteps` steps.
        var upper = normaliser
        var previous = distinct[start]
        var previousPower = pow(xmin, -alpha)
        var steps = 0
        for i in start..<distinct.count {
            let x = distinct[i]
            if i > start {
                steps += 1
                if x - previous <= shortGap && steps % reanchorSteps != 0 {
                    upper -= previousPower
                    for k in (previous + 1)..<x { upper -= pow(Double(k), -alpha) }
                } else {
                    upper = HurwitzZeta.value(s: alpha, q: Double(x))
                }
                previous = x
                previousPower = pow(Double(x), -alpha)
                // ζ(α, x) = P(X ≥ x)·ζ(α, xmin); just below x the empirical CDF still has its
                // previous value.
                distance = max(distance, abs(Double(below) / Double(tailSize) - (1 - upper / normaliser)))
            }
            below += frequency[i]
            // P(X ≤ x) = 1 − (ζ(α, x) − x^(−α)) / ζ(α, xmin).
            let model = 1 - (upper - previousPower) / normaliser
            distance = max(distance, abs(Double(below) / Double(tailSize) - model))
        }
        return PowerLawFit(alpha: alpha, xmin: distinct[start], ks: distance, tailSize: tailSize)
    }

    /// The root of mean-log-under-the-model(α) = `meanLog` by bisection; the left side falls
    /// from +∞ at α → 1 to ln xmin as α → ∞.
    static func solveAlpha(xmin: Double, meanLog: Double) -> Double? {
        func excess(_ alpha: Double) -> Double {
            let (zeta, moment) = HurwitzZeta.valueAndLogMoment(s: alpha, q: xmin)
            return moment / zeta - meanLog
        }
        var low = 1.0 + 1e-9
        var high = 50.0
        guard excess(low) > 0, excess(high) < 0 else { return nil }
        for _ in 0..<200 {
            let mid = (low + high) / 2
            if mid == low || mid == high { break }
            if excess(mid) > 0 { low = mid } else { high = mid }
        }
        return (low + high) / 2
    }
}
