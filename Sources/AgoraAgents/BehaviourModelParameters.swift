import AgoraCore

/// The platform-wide knobs of the rule-driven behaviour model (`behaviour:` and
/// `population.arrivals` in the world YAML). Every default is the value documented in
/// `docs/behaviour-model.md`, with the paper it follows.
public struct BehaviourModelParameters: Sendable, Equatable {
    // MARK: Time spent

    /// Mean time spent on one impression (exponential).
    public var dwellTime: SimTime = SimTime(milliseconds: 8000)
    /// Share of an impression's dwell time refunded to the session budget, times its quality
    /// (RecSim interest-evolution "time budget").
    public var budgetRefund: Double = 0.5

    // MARK: Engagement utilities (multinomial logit)

    /// β_m: weight of interest match `θ_topic / max θ`.
    public var interestWeight: Double = 2.0
    /// β_d: weight of opinion distance `|opinion − stance| / 2` (subtracted).
    public var opinionDistanceWeight: Double = 1.5
    /// β_p: weight of social proof `ln(1 + likes + shares + comments)` of the cascade root.
    public var socialProofWeight: Double = 0.25
    /// β_t: weight of the tie to the author (1 when the agent follows them).
    public var tieWeight: Double = 0.5
    /// β_n: weight of the novelty term `ν · (2 · novelty − 1)`.
    public var noveltyWeight: Double = 1.0
    /// β_f: weight of the fatigue term `R` (memory retention of the post or its root, subtracted).
    public var fatigueWeight: Double = 2.0
    /// β_q: extra utility of quoting per unit of opinion distance (people quote to disagree).
    public var quoteDisagreementWeight: Double = 2.0
    /// β_c: extra utility of commenting per unit of opinion distance (controversy draws replies).
    public var commentDisagreementWeight: Double = 1.5
    /// β_μ: extra utility of muting per unit of opinion distance.
    public var muteDisagreementWeight: Double = 1.0

    // MARK: Novelty seeking (Li et al. 2023)

    /// ρ: rate at which the session-level repetitiveness state follows the feed.
    public var noveltyStateRate: Double = 0.3
    /// Concentration κ of the Beta(κμ, κ(1−μ)) draw of each agent's static propensity.
    public var noveltyConcentration: Double = 4

    // MARK: Interests and opinions

    /// η: interest drift toward the topic of each engaged post (and away on mute).
    public var interestDrift: Double = 0.01
    /// ε: Deffuant confidence bound on `|opinion − stance|`.
    public var confidenceBound: Double = 0.4
    /// μ: Deffuant convergence rate per impression within the bound.
    public var convergenceRate: Double = 0.02
    /// Distance beyond which exposure repels (> 2 disables repulsion).
    public var repulsionThreshold: Double = 2.5
    /// Rate of repulsion beyond the threshold.
    public var repulsionRate: Double = 0.01

    // MARK: Satisfaction, churn and return (KuaiSim-style temper)

    /// Satisfaction of a new agent, and the reference level for the session gap.
    public var initialSatisfaction: Double = 0.6
    /// λ: how fast satisfaction follows the quality of the latest session.
    public var satisfactionRate: Double = 0.3
    /// Appeal at which an impression's quality `σ(A − pivot)` is one half.
    public var qualityPivot: Double = 0.0
    /// Quality of a session in which the feed was empty.
    public var emptyFeedQuality: Double = 0.3
    /// γ: elasticity of the session rate to satisfaction (`rate ∝ (S/S₀)^γ`, clipped).
    public var gapElasticity: Double = 1.0
    /// Satisfaction below which a session counts toward churn.
    public var churnThreshold: Double = 0.3
    /// Consecutive low-satisfaction sessions after which the agent churns.
    public var churnPatience: Int = 3
    /// Per-session churn hazard at satisfaction 0 (scaled by `(1 − S)²`).
    public var churnHazard: Double = 0.01
    /// Probability that a churned agent comes back at all.
    public var returnProbability: Double = 0.5
    /// Mean time until a churned agent comes back (exponential).
    public var returnDelay: SimTime = .day * 5
    /// Satisfaction of an agent when it comes back.
    public var returnSatisfaction: Double = 0.5

    // MARK: Arrivals

    /// Expected new agents per simulated day (Poisson process); 0 turns arrivals off.
    public var arrivalsPerDay: Double = 0
    /// Accounts a new agent follows when it joins.
    public var arrivalFollows: Int = 5
    /// Probability that each follow after the first goes to a followee of an account already
    /// chosen (friends of friends) rather than by preferential attachment.
    public var friendsOfFriendsProbability: Double = 0.5

    // MARK: Trace

    /// Share of impressions the trace records.
    public var impressionSampling: Double = 1

    /// Creates the defaults.
    public init() {}
}
