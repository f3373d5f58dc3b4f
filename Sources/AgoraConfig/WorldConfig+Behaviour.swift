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

    /// Creates the section; the defaults are the schema's.
    public init(ratePerDay: Double = 0, follows: Int = 5, friendsOfFriends: Double = 0.5) {
        self.ratePerDay = ratePerDay
        self.follows = follows
        self.friendsOfFriends = friendsOfFriends
    }
}

/// `behaviour.utility`: weights of the engagement choice's utility terms (docs/behaviour-model.md §4).
public struct UtilityConfig: Codable, Equatable, Sendable {
    /// β_m, interest match.
    public var interest: Double = 2.0
    /// β_d, opinion distance (subtracted).
    public var opinionDistance: Double = 1.5
    /// β_p, social proof.
    public var socialProof: Double = 0.25
    /// β_t, tie to the author.
    public var tie: Double = 0.5
    /// β_n, novelty.
    public var novelty: Double = 1.0
    /// β_f, fatigue (subtracted).
    public var fatigue: Double = 2.0
    /// β_q, quote utility per unit distance.
    public var quoteDisagreement: Double = 2.0
    /// β_c, comment utility per unit distance.
    public var commentDisagreement: Double = 1.5
    /// β_μ, mute utility per unit distance.
    public var muteDisagreement: Double = 1.0

    enum CodingKeys: String, CodingKey {
        case interest, tie, novelty, fatigue
        case opinionDistance = "opinion_distance"
        case socialProof = "social_proof"
        case quoteDisagreement = "quote_disagreement"
        case commentDisagreement = "comment_disagreement"
        case muteDisagreement = "mute_disagreement"
    }

    /// The defaults.
    public init() {}
}

/// `behaviour.novelty`: novelty seeking.
public struct NoveltyConfig: Codable, Equatable, Sendable {
    /// ρ, how fast the session state follows repetitiveness.
    public var stateRate: Double = 0.3
    /// κ of the Beta draw of propensities.
    public var concentration: Double = 4

    enum CodingKeys: String, CodingKey {
        case stateRate = "state_rate"
        case concentration
    }

    /// The defaults.
    public init() {}
}

/// `behaviour.opinion`: bounded confidence.
public struct OpinionConfig: Codable, Equatable, Sendable {
    /// ε, the Deffuant bound.
    public var confidenceBound: Double = 0.4
    /// μ, convergence rate per impression.
    public var convergenceRate: Double = 0.02
    /// ε_r, distance beyond which exposure repels.
    public var repulsionThreshold: Double = 2.5
    /// μ_r, repulsion rate.
    public var repulsionRate: Double = 0.01

    enum CodingKeys: String, CodingKey {
        case confidenceBound = "confidence_bound"
        case convergenceRate = "convergence_rate"
        case repulsionThreshold = "repulsion_threshold"
        case repulsionRate = "repulsion_rate"
    }

    /// The defaults.
    public init() {}
}

/// `behaviour.satisfaction`: the temper and the session gap.
public struct SatisfactionConfig: Codable, Equatable, Sendable {
    /// S of a new agent and reference S₀.
    public var initial: Double = 0.6
    /// λ, update rate per session.
    public var rate: Double = 0.3
    /// Appeal at which quality is one half.
    public var qualityPivot: Double = 0
    /// Quality of a session with an empty feed.
    public var emptyFeedQuality: Double = 0.3
    /// γ, elasticity of the session rate.
    public var gapElasticity: Double = 1

    enum CodingKeys: String, CodingKey {
        case initial, rate
        case qualityPivot = "quality_pivot"
        case emptyFeedQuality = "empty_feed_quality"
        case gapElasticity = "gap_elasticity"
    }

    /// The defaults.
    public init() {}
}

/// `behaviour.churn`: leaving and coming back.
public struct ChurnConfig: Codable, Equatable, Sendable {
    /// Satisfaction below which a session counts toward churn.
    public var threshold: Double = 0.3
    /// Consecutive low sessions that make an agent churn.
    public var patience: Int = 3
    /// Per-session churn hazard at satisfaction 0.
    public var hazard: Double = 0.01
    /// Probability that a churned agent ever returns.
    public var returnProbability: Double = 0.5
    /// Mean time to return.
    public var returnDelay: SimTime = .day * 5
    /// Satisfaction on return.
    public var returnSatisfaction: Double = 0.5

    enum CodingKeys: String, CodingKey {
        case threshold, patience, hazard
        case returnProbability = "return_probability"
        case returnDelay = "return_delay"
        case returnSatisfaction = "return_satisfaction"
    }

    /// The defaults.
    public init() {}
}

/// `behaviour.memory`: the shared per-agent memory (`AgentMemory`).
public struct MemoryConfig: Codable, Equatable, Sendable {
    /// Items remembered per agent.
    public var capacity: Int = 32
    /// Strength S of a first exposure.
    public var baseStrength: SimTime = .day
    /// Factor multiplying S at each re-exposure.
    public var reinforcement: Double = 2

    enum CodingKeys: String, CodingKey {
        case capacity, reinforcement
        case baseStrength = "base_strength"
    }

    /// The defaults.
    public init() {}
}
