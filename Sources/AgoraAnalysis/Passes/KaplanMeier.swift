/// The Kaplan–Meier estimator of a survival function from right-censored durations.
///
/// For the distinct event times t₁ < t₂ < …, S(t) = Π_{tᵢ ≤ t} (1 − dᵢ / nᵢ) with dᵢ the events at
/// tᵢ and nᵢ the subjects still at risk (duration ≥ tᵢ). A censored subject counts as at risk up
/// to and including its censoring time (the usual convention: censorings at tᵢ happen after the
/// events at tᵢ). Cost: O(n + T) for integer durations 0 … T.
public struct KaplanMeier: Sendable, Equatable {
    /// S(t) for t = 0, 1, …, maxDuration (integer time units, e.g. days).
    public let survival: [Double]
    /// Subjects whose event was observed.
    public let events: Int
    /// Subjects censored (still alive when observation stopped).
    public let censored: Int

    /// Estimates S(t) from integer durations and event flags (`observed[i]` false = censored).
    /// Negative durations are clamped to 0.
    public init(durations: [Int], observed: [Bool]) {
        precondition(durations.count == observed.count)
        let horizon = max(0, durations.max() ?? 0)
        var eventsAt = [Int](repeating: 0, count: horizon + 1)
        var leavingAt = [Int](repeating: 0, count: horizon + 1)
        var events = 0
        for i in durations.indices {
            let t = max(0, durations[i])
            leavingAt[t] += 1
            if observed[i] {
                eventsAt[t] += 1
                events += 1
            }
        }
        var atRisk = durations.count
        var current = 1.0
        var survival = [Double](repeating: 1, count: horizon + 1)
        for t in 0...horizon {
            if atRisk > 0, eventsAt[t] > 0 { current *= 1 - Double(eventsAt[t]) / Double(atRisk) }
            survival[t] = current
            atRisk -= leavingAt[t]
        }
        self.survival = survival
        self.events = events
        self.censored = durations.count - events
    }

    /// The median survival time: the smallest t with S(t) ≤ 0.5, or `nil` when the curve never
    /// falls to one half (more than half the subjects survive or are censored).
    public var median: Int? { survival.firstIndex { $0 <= 0.5 } }
}
