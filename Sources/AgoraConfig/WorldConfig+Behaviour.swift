import AgoraCore

/// `population.arrivals`: new users joining as a Poisson process.
public struct ArrivalsConfig: Codable, Equatable, Sendable {
    /// Expected new agents per simulated day; 0 turns arrivals off.
    public var ratePerDay: Double
    /// Accounts a new agent follows when it joins.
    public var follows: Int
    /// Probability that each follow after the first goes to a friend of a friend.
    public var friendsOfFriends: Double

    enum CodingKeys: String, CodingKey {
        case ratePerDay = "rate_per_day"
        case follows
        case friendsOfFriends = "friends_of_friends"
    }

    /// Creates the section.
    public init(ratePerDay: Double, follows: Int, friendsOfFriends: Double) {
        self.ratePerDay = ratePerDay
        self.follows = follows
        self.friendsOfFriends = friendsOfFriends
    }
}

/// `behaviour.utility`: weights of the engagement choice's utility terms (docs/behaviour-model.md §4).
public struct UtilityConfig: Codable, Equatable, Sendable {
    /// β_m, interest match.
    public var interest: Double
    /// β_d, opinion distance (subtracted).
    public var opinionDistance: Double
    /// β_p, social proof.
    public var socialProof: Double
    /// β_t, tie to the author.
    public var tie: Double
    /// β_n, novelty.
    public var novelty: Double
    /// β_f, fatigue (subtracted).
    public var fatigue: Double
    /// β_q, quote utility per unit distance.
    public var quoteDisagreement: Double
    /// β_c, comment utility per unit distance.
    public var commentDisagreement: Double
    /// β_μ, mute utility per unit distance.
    public var muteDisagreement: Double

    enum CodingKeys: String, CodingKey {
        case interest, tie, novelty, fatigue
        case opinionDistance = "opinion_distance"
        case socialProof = "social_proof"
        case quoteDisagreement = "quote_disagreement"
        case commentDisagreement = "comment_disagreement"
        case muteDisagreement = "mute_disagreement"
    }

}

/// `behaviour.novelty`: novelty seeking.
public struct NoveltyConfig: Codable, Equatable, Sendable {
    /// ρ, how fast the session state follows repetitiveness.
    public var stateRate: Double
    /// κ of the Beta draw of propensities.
    public var concentration: Double

    enum CodingKeys: String, CodingKey {
        case stateRate = "state_rate"
        case concentration
    }

}

/// `behaviour.opinion`: bounded confidence.
public struct OpinionConfig: Codable, Equatable, Sendable {
    /// ε, the Deffuant bound.
    public var confidenceBound: Double
    /// μ, convergence rate per impression.
    public var convergenceRate: Double
    /// ε_r, distance beyond which exposure repels.
    public var repulsionThreshold: Double
    /// μ_r, repulsion rate.
    public var repulsionRate: Double

    enum CodingKeys: String, CodingKey {
        case confidenceBound = "confidence_bound"
        case convergenceRate = "convergence_rate"
        case repulsionThreshold = "repulsion_threshold"
        case repulsionRate = "repulsion_rate"
    }

}

/// `behaviour.satisfaction`: the temper and the session gap.
public struct SatisfactionConfig: Codable, Equatable, Sendable {
    /// S of a new agent and reference S₀.
    public var initial: Double
    /// λ, update rate per session.
    public var rate: Double
    /// Appeal at which quality is one half.
    public var qualityPivot: Double
    /// Quality of a session with an empty feed.
    public var emptyFeedQuality: Double
    /// γ, elasticity of the session rate.
    public var gapElasticity: Double

    enum CodingKeys: String, CodingKey {
        case initial, rate
        case qualityPivot = "quality_pivot"
        case emptyFeedQuality = "empty_feed_quality"
        case gapElasticity = "gap_elasticity"
    }

}

/// `behaviour.churn`: leaving and coming back.
public struct ChurnConfig: Codable, Equatable, Sendable {
    /// Satisfaction below which a session counts toward churn.
    public var threshold: Double
    /// Consecutive low sessions that make an agent churn.
    public var patience: Int
    /// Per-session churn hazard at satisfaction 0.
    public var hazard: Double
    /// Probability that a churned agent ever returns.
    public var returnProbability: Double
    /// Mean time to return.
    public var returnDelay: SimTime
    /// Satisfaction on return.
    public var returnSatisfaction: Double

    enum CodingKeys: String, CodingKey {
        case threshold, patience, hazard
        case returnProbability = "return_probability"
        case returnDelay = "return_delay"
        case returnSatisfaction = "return_satisfaction"
    }

}

/// `behaviour.memory`: the shared per-agent memory (`AgentMemory`).
public struct MemoryConfig: Codable, Equatable, Sendable {
    /// Items remembered per agent.
    public var capacity: Int
    /// Strength S of a first exposure.
    public var baseStrength: SimTime
    /// Factor multiplying S at each re-exposure.
    public var reinforcement: Double

    enum CodingKeys: String, CodingKey {
        case capacity, reinforcement
        case baseStrength = "base_strength"
    }

}
