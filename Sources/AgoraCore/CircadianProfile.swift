import Foundation

/// A 24-hour activity profile times a 7-day weekly profile: relative session intensity for each
/// hour of the simulated day and each day of the simulated week, each normalized so its mean is
/// 1 (an agent's daily session rate is unchanged by it). Day 0 of the week is the run's first day.
///
/// Session wake-ups are a non-homogeneous Poisson process with rate `λ · c(hour) · w(day)`,
/// sampled by thinning (Lewis & Shedler 1979): candidate gaps are drawn at rate
/// `λ · max c · max w` and accepted with probability `c(hour) · w(day) / (max c · max w)`.
/// Expected candidates per accepted wake-up: `max c · max w`.
public struct CircadianProfile: Sendable, Equatable {
    /// Normalized hourly weights (mean 1).
    public let hourly: [Double]
    /// Normalized daily weights over the week (mean 1); all 1 for a flat week.
    public let weekly: [Double]
    /// The largest combined weight (largest hourly × largest weekly).
    public let peak: Double

    /// Creates a profile from 24 non-negative hourly weights, not all zero, and optionally 7
    /// non-negative daily weights, not all zero (a flat week when omitted).
    public init(hourlyWeights weights: [Double], weeklyWeights: [Double] = Array(repeating: 1, count: 7)) {
        precondition(weights.count == 24 && weights.allSatisfy { $0 >= 0 } && weights.contains { $0 > 0 },
                     "a circadian profile needs 24 non-negative weights, not all zero")
        precondition(weeklyWeights.count == 7 && weeklyWeights.allSatisfy { $0 >= 0 } && weeklyWeights.contains { $0 > 0 },
                     "a weekly profile needs 7 non-negative weights, not all zero")
        let mean = weights.reduce(0, +) / 24
        hourly = weights.map { $0 / mean }
        let weekMean = weeklyWeights.reduce(0, +) / 7
        weekly = weeklyWeights.map { $0 / weekMean }
        peak = hourly.max()! * weekly.max()!
    }

    /// A flat profile (every hour weight 1).
    public static let flat = CircadianProfile(hourlyWeights: Array(repeating: 1, count: 24))

    /// The weight of the hour containing `time` times the weight of its day of the week.
    @inlinable
    public func weight(at time: SimTime) -> Double {
        hourly[Int(time.milliseconds % 86_400_000) / 3_600_000] * weekly[Int((time.milliseconds / 86_400_000) % 7)]
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
