import AgoraCore

/// The platform-wide knobs of the rule-driven behaviour model (`behaviour:` and
/// `population.arrivals` in the world YAML). Their defaults are written once, in the config
/// schema (`ConfigSchema+Behaviour.swift`), and documented in `docs/behaviour-model.md` with the
/// paper each follows.
public struct BehaviourModelParameters: Sendable, Equatable {
    // MARK: Time spent

    /// Mean time spent on one impression (exponential).
    public var dwellTime: SimTime
    /// Share of an impression's dwell time refunded to the session budget, times its quality
    /// (RecSim interest-evolution "time budget").
    public var budgetRefund: Double

    // MARK: Engagement utilities (multinomial logit)

    /// β_m: weight of interest match `θ_topic / max θ`.
    public var interestWeight: Double
    /// β_d: weight of opinion distance `|opinion − stance| / 2` (subtracted).
    public var opinionDistanceWeight: Double
    /// β_p: weight of social proof `ln(1 + likes + shares + comments)` of the cascade root.
    public var socialProofWeight: Double
    /// β_t: weight of the tie to the author (1 when the agent follows them).
    public var tieWeight: Double
    /// β_n: weight of the novelty term `ν · (2 · novelty − 1)`.
    public var noveltyWeight: Double
    /// β_f: weight of the fatigue term `R` (memory retention of the post or its root, subtracted).
    public var fatigueWeight: Double
    /// β_q: extra utility of quoting per unit of opinion distance (people quote to disagree).
    public var quoteDisagreementWeight: Double
    /// β_c: extra utility of commenting per unit of opinion distance (controversy draws replies).
    public var commentDisagreementWeight: Double
    /// β_μ: extra utility of muting per unit of opinion distance.
    public var muteDisagreementWeight: Double

    // MARK: Novelty seeking (Li et al. 2023)

    /// ρ: rate at which the session-level repetitiveness state follows the feed.
    public var noveltyStateRate: Double
    /// Concentration κ of the Beta(κμ, κ(1−μ)) draw of each agent's static propensity.
    public var noveltyConcentration: Double

    // MARK: Interests and opinions

    /// η: interest drift toward the topic of each engaged post (and away on mute).
    public var interestDrift: Double
    /// ε: Deffuant confidence bound on `|opinion − stance|`.
    public var confidenceBound: Double
    /// μ: Deffuant convergence rate per impression within the bound.
    public var convergenceRate: Double
    /// Distance beyond which exposure repels (> 2 disables repulsion).
    public var repulsionThreshold: Double
    /// Rate of repulsion beyond the threshold.
    public var repulsionRate: Double

    // MARK: Satisfaction, churn and return (KuaiSim-style temper)

    /// Satisfaction of a new agent, and the reference level for the session gap.
    public var initialSatisfaction: Double
    /// λ: how fast satisfaction follows the quality of the latest session.
    public var satisfactionRate: Double
    /// Appeal at which an impression's quality `σ(A − pivot)` is one half.
    public var qualityPivot: Double
    /// Quality of a session in which the feed was empty.
    public var emptyFeedQuality: Double
    /// γ: elasticity of the session rate to satisfaction (`rate ∝ (S/S₀)^γ`, clipped).
    public var gapElasticity: Double
    /// Satisfaction below which a session counts toward churn.
    public var churnThreshold: Double
    /// Consecutive low-satisfaction sessions after which the agent churns.
    public var churnPatience: Int
    /// Per-session churn hazard at satisfaction 0 (scaled by `(1 − S)²`).
    public var churnHazard: Double
    /// Probability that a churned agent comes back at all.
    public var returnProbability: Double
    /// Mean time until a churned agent comes back (exponential).
    public var returnDelay: SimTime
    /// Satisfaction of an agent when it comes back.
    public var returnSatisfaction: Double

    // MARK: Arrivals

    /// Expected new agents per simulated day (Poisson process); 0 turns arrivals off.
    public var arrivalsPerDay: Double
    /// Accounts a new agent follows when it joins.
    public var arrivalFollows: Int
    /// Probability that each follow after the first goes to a followee of an account already
    /// chosen (friends of friends) rather than by preferential attachment.
    public var friendsOfFriendsProbability: Double

    // MARK: Trace

    /// Share of impressions the trace records.
    public var impressionSampling: Double

    /// Creates parameters from every value (`BehaviourParameters` in AgoraEngine maps a world's
    /// config onto them; the defaults are written once, in the config schema).
    public init(dwellTime: SimTime,
                budgetRefund: Double,
                interestWeight: Double,
                opinionDistanceWeight: Double,
                socialProofWeight: Double,
                tieWeight: Double,
                noveltyWeight: Double,
                fatigueWeight: Double,
                quoteDisagreementWeight: Double,
                commentDisagreementWeight: Double,
                muteDisagreementWeight: Double,
                noveltyStateRate: Double,
                noveltyConcentration: Double,
                interestDrift: Double,
                confidenceBound: Double,
                convergenceRate: Double,
                repulsionThreshold: Double,
                repulsionRate: Double,
                initialSatisfaction: Double,
                satisfactionRate: Double,
                qualityPivot: Double,
                emptyFeedQuality: Double,
                gapElasticity: Double,
                churnThreshold: Double,
                churnPatience: Int,
                churnHazard: Double,
                returnProbability: Double,
                returnDelay: SimTime,
                returnSatisfaction: Double,
                arrivalsPerDay: Double,
                arrivalFollows: Int,
                friendsOfFriendsProbability: Double,
                impressionSampling: Double) {
        self.dwellTime = dwellTime
        self.budgetRefund = budgetRefund
        self.interestWeight = interestWeight
        self.opinionDistanceWeight = opinionDistanceWeight
        self.socialProofWeight = socialProofWeight
        self.tieWeight = tieWeight
        self.noveltyWeight = noveltyWeight
        self.fatigueWeight = fatigueWeight
        self.quoteDisagreementWeight = quoteDisagreementWeight
        self.commentDisagreementWeight = commentDisagreementWeight
        self.muteDisagreementWeight = muteDisagreementWeight
        self.noveltyStateRate = noveltyStateRate
        self.noveltyConcentration = noveltyConcentration
        self.interestDrift = interestDrift
        self.confidenceBound = confidenceBound
        self.convergenceRate = convergenceRate
        self.repulsionThreshold = repulsionThreshold
        self.repulsionRate = repulsionRate
        self.initialSatisfaction = initialSatisfaction
        self.satisfactionRate = satisfactionRate
        self.qualityPivot = qualityPivot
        self.emptyFeedQuality = emptyFeedQuality
        self.gapElasticity = gapElasticity
        self.churnThreshold = churnThreshold
        self.churnPatience = churnPatience
        self.churnHazard = churnHazard
        self.returnProbability = returnProbability
        self.returnDelay = returnDelay
        self.returnSatisfaction = returnSatisfaction
        self.arrivalsPerDay = arrivalsPerDay
        self.arrivalFollows = arrivalFollows
        self.friendsOfFriendsProbability = friendsOfFriendsProbability
        self.impressionSampling = impressionSampling
    }
}
