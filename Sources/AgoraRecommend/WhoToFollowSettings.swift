import AgoraCore

/// The `recommender.who_to_follow` section: which algorithm suggests accounts, how many, and how
/// often agents take a suggestion (the behaviour reads `rate`; the recommender only suggests).
public struct WhoToFollowSettings: Sendable, Equatable {
    /// Algorithm (`kind`); `none` turns suggestions off.
    public var kind: WhoToFollowKind
    /// Accounts suggested per session (`count`, 1…100).
    public var count: Int
    /// Probability that an agent follows one suggested account in a session (`rate`, `[0, 1]`).
    public var rate: Double
    /// Followees explored per agent by the two-hop kinds (`max_explored`, 1…10000); bounds the cost.
    public var maxExplored: Int

    /// Creates the section's settings (the defaults are written once, in the config schema).
    public init(kind: WhoToFollowKind, count: Int, rate: Double, maxExplored: Int) {
        self.kind = kind
        self.count = count
        self.rate = rate
        self.maxExplored = maxExplored
    }

    /// Checks every value; returns all problems at once.
    public func validate(prefix: String) -> [RecommendError] {
        var errors: [RecommendError] = []
        if !(1...100).contains(count) {
            errors.append(.invalidValue(key: "\(prefix).count", given: "\(count)", expected: "an integer from 1 to 100"))
        }
        if !(0...1).contains(rate) {
            errors.append(.invalidValue(key: "\(prefix).rate", given: "\(rate)", expected: "a probability in [0, 1]"))
        }
        if !(1...10_000).contains(maxExplored) {
            errors.append(.invalidValue(key: "\(prefix).max_explored", given: "\(maxExplored)", expected: "an integer from 1 to 10000"))
        }
        return errors
    }
}
