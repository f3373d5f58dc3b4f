import AgoraCore

/// The knobs of the rule-driven behaviour for one agent type (one entry of `population.types[]`).
///
/// The engagement probabilities calibrate the multinomial-logit choice (see `EngagementModel`):
/// they are the choice probabilities for a *reference impression* — a post on the agent's
/// favourite topic, with the agent's own stance, no engagement yet, by an author it does not
/// follow, neither novel nor repeated. Mute is calibrated at the opposite point (off-topic, opposite
/// stance). Other impressions move away from these through the utility terms.
public struct RuleParameters: Sendable, Equatable {
    /// Mean number of new posts written per session (Poisson), so posting rate = activity × this.
    public var postProbability: Double
    /// Like probability of the reference impression.
    public var likeProbability: Double
    /// Repost probability of the reference impression.
    public var repostProbability: Double
    /// Quote probability of the reference impression.
    public var quoteProbability: Double
    /// Comment probability of the reference impression.
    public var commentProbability: Double
    /// Follow-the-author probability of the reference impression.
    public var followProbability: Double
    /// Mute probability of an off-topic post with the opposite stance.
    public var muteProbability: Double
    /// Standard deviation of a new post's stance around the author's opinion.
    public var stanceNoise: Double
    /// Mean session time budget (RecSim-style patience), scaled by satisfaction.
    public var sessionBudget: SimTime
    /// Mean static novelty-seeking propensity of agents of this type, in `[0, 1]`.
    public var noveltyPropensity: Double

    /// Creates parameters from every value (the defaults are written once, in the config schema;
    /// `BehaviourParameters` in AgoraEngine maps a world's types onto these).
    public init(postProbability: Double, likeProbability: Double, repostProbability: Double,
                followProbability: Double, quoteProbability: Double, commentProbability: Double,
                muteProbability: Double, stanceNoise: Double, sessionBudget: SimTime, noveltyPropensity: Double) {
        self.postProbability = postProbability
        self.likeProbability = likeProbability
        self.repostProbability = repostProbability
        self.quoteProbability = quoteProbability
        self.commentProbability = commentProbability
        self.followProbability = followProbability
        self.muteProbability = muteProbability
        self.stanceNoise = stanceNoise
        self.sessionBudget = sessionBudget
        self.noveltyPropensity = noveltyPropensity
    }

    /// Like, repost, quote, comment and follow probabilities of the reference impression, scaled
    /// down together when they add up to more than 0.95 so that skipping stays possible.
    public var referenceProbabilities: (like: Double, repost: Double, quote: Double, comment: Double, follow: Double) {
        let values = [likeProbability, repostProbability, quoteProbability, commentProbability, followProbability]
            .map { max(1e-6, $0) }
        let total = values.reduce(0, +)
        let scale = total > 0.95 ? 0.95 / total : 1
        return (values[0] * scale, values[1] * scale, values[2] * scale, values[3] * scale, values[4] * scale)
    }
}
