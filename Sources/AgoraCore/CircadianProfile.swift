import Foundation

/// A 24-hour activity profile: relative session intensity for each hour of the simulated day,
/// normalized so its mean is 1 (an agent's daily session rate is unchanged by it).
///
/// Session wake-ups are a non-homogeneous Poisson process with rate `λ · c(hour)`, sampled by
/// thinning (Lewis & Shedler 1979): candidate gaps are drawn at rate `λ · max c` and accepted
/// with probability `c(hour) / max c`. Expected candidates per accepted wake-up: `max c`.
public struct CircadianProfile: Sendable, Equatable {
    /// Normalized hourly weights (mean 1).
    public let hourly: [Double]
    /// The largest hourly weight.
    public let peak: Double

    /// Creates a profile from 24 non-negative weights, not all zero.
    public init(hourlyWeights weights: [Double]) {
        precondition(weights.count == 24 && weights.allSatisfy { $0 >= 0 } && weights.contains { $0 > 0 },
                     "a circadian profile needs 24 non-negative weights, not all zero")
        let mean = weights.reduce(0, +) / 24
        hourly = weights.map { $0 / mean }
        peak = hourly.max()!
    }

    /// A flat profile (every hour weight 1).
    public static let flat = CircadianProfile(hourlyWeights: Array(repeating: 1, count: 24))

    /// The weight of the hour containing `time`.
    @inlinable
    public func weight(at time: SimTime) -> Double {
        hourly[Int(time.milliseconds % 86_400_000) / 3_600_000]
    }

    /// The next wake-up strictly after `time` for an agent with `ratePerDay` sessions per day,
    /// drawn from `stream`. Returns `nil` when the rate is not positive.
    public func nextWake(after time: SimTime, ratePerDay: Double, stream: inout RandomStream) -> SimTime? {
        guard ratePerDay > 0 else { return nil }
        let candidateRatePerMs = ratePerDay * peak / 86_400_000
        var t = time
        while true {
            let gap = max(1, Int64(stream.exponential(rate: candidateRatePerMs).rounded(.up)))
            t = SimTime(milliseconds: t.milliseconds &+ gap)
            if stream.nextUnit() * peak < weight(at: t) { return t }
        }
    }
}
