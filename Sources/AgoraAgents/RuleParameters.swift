/// The knobs of the rule-driven behaviour for one agent type (from `population.types[]`).
public struct RuleParameters: Sendable, Equatable {
    /// Probability that a session includes writing a new post.
    public var postProbability: Double
    /// Probability of liking a post whose topic matches the agent's interests perfectly.
    public var likeProbability: Double
    /// Probability of reposting a perfectly matching post.
    public var repostProbability: Double
    /// Probability of following the author of a liked post the agent does not follow yet.
    public var followProbability: Double
    /// Standard deviation of a new post's stance around the author's opinion.
    public var stanceNoise: Double

    /// Creates parameters.
    public init(postProbability: Double, likeProbability: Double, repostProbability: Double,
                followProbability: Double, stanceNoise: Double = 0.1) {
        self.postProbability = postProbability
        self.likeProbability = likeProbability
        self.repostProbability = repostProbability
        self.followProbability = followProbability
        self.stanceNoise = stanceNoise
    }
}
