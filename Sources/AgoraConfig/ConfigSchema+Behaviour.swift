import AgoraCore

/// The rule-driven behaviour model's keys (docs/behaviour-model.md §10). Every default
/// equals the default of `RuleParameters` / `BehaviourModelParameters` / `AgentMemory`, so a
/// world that leaves them out behaves as before; a test checks the equality.
extension ConfigSchema {
    /// Per-type keys added to `population.types[]` (`RuleParameters`).
    static let agentTypeBehaviourKeys: [ConfigKey] = [
        ConfigKey("quote_probability", .number(.unitInterval), .defaulted("0.01"), "Quote probability of the reference impression."),
        ConfigKey("comment_probability", .number(.unitInterval), .defaulted("0.02"), "Comment probability of the reference impression."),
        ConfigKey(
            "mute_probability", .number(NumberBounds(lower: 0, upper: 0.5)), .defaulted("0.02"),
            "Mute probability of an off-topic post with the opposite stance."),
        ConfigKey(
            "stance_noise", .number(NumberBounds(lower: 0, upper: 2)), .defaulted("0.1"),
            "Standard deviation of a written post's stance around the author's opinion."),
        ConfigKey(
            "session_budget", .duration(maximum: SimTime.day), .defaulted("2m"),
            "Mean session time budget (RecSim-style patience), scaled by satisfaction."),
        ConfigKey(
            "novelty_propensity", .number(.unitInterval), .defaulted("0.3"),
            "Mean static novelty-seeking propensity of agents of this type."),
    ]

    /// `population.arrivals`: new users joining during the run.
    static let populationGrowthKeys: [ConfigKey] = [
        ConfigKey("arrivals", .section(arrivalKeys), .defaulted("{}"), "New users joining as a Poisson process."),
    ]

    static let arrivalKeys: [ConfigKey] = [
        ConfigKey(
            "rate_per_day", .number(NumberBounds(lower: 0, upper: 10_000_000)), .defaulted("0"),
            "Expected new agents per simulated day (0 = no arrivals)."),
        ConfigKey("follows", .integer(0...10_000), .defaulted("5"), "Accounts a new agent follows when it joins."),
        ConfigKey(
            "friends_of_friends", .number(.unitInterval), .defaulted("0.5"),
            "Probability that each follow after the first goes to a followee of an account already chosen."),
    ]

    /// Platform-wide keys added to `behaviour` (`BehaviourModelParameters`, `AgentMemory`).
    static let behaviourModelKeys: [ConfigKey] = [
        ConfigKey(
            "weekly", .list(of: .number(.nonNegative), count: 7...7), .defaulted("[1, 1, 1, 1, 1, 1, 1]"),
            "Relative activity per day of the week, day 0 = first day of the run (7 numbers >= 0, not all zero)."),
        ConfigKey(
            "budget_refund", .number(.unitInterval), .defaulted("0.5"),
            "Share of an impression's time refunded to the session budget, times its quality."),
        ConfigKey(
            "interest_drift", .number(.unitInterval), .defaulted("0.01"),
            "Interest drift toward the topic of each engaged post (and away on mute)."),
        ConfigKey("utility", .section(utilityKeys), .defaulted("{}"), "Weights of the engagement choice's utility terms."),
        ConfigKey("novelty", .section(noveltyKeys), .defaulted("{}"), "Novelty seeking (Li et al. 2023)."),
        ConfigKey("opinion", .section(opinionKeys), .defaulted("{}"), "Bounded-confidence opinion dynamics (Deffuant)."),
        ConfigKey("satisfaction", .section(satisfactionKeys), .defaulted("{}"), "Satisfaction (KuaiSim-style temper) and session gaps."),
        ConfigKey("churn", .section(churnKeys), .defaulted("{}"), "Leaving and coming back."),
        ConfigKey("memory", .section(memoryKeys), .defaulted("{}"), "Per-agent memory of seen posts, with forgetting."),
    ]

    private static func weight(_ upper: Double) -> ConfigType { .number(NumberBounds(lower: 0, upper: upper)) }

    static let utilityKeys: [ConfigKey] = [
        ConfigKey("interest", weight(20), .defaulted("2.0"), "β_m: weight of interest match."),
        ConfigKey("opinion_distance", weight(20), .defaulted("1.5"), "β_d: weight of opinion distance (subtracted)."),
        ConfigKey("social_proof", weight(5), .defaulted("0.25"), "β_p: weight of ln(1 + engagement count) of the cascade root."),
        ConfigKey("tie", .number(NumberBounds(lower: -5, upper: 5)), .defaulted("0.5"), "β_t: bonus for following the author."),
        ConfigKey("novelty", weight(10), .defaulted("1.0"), "β_n: weight of the novelty term."),
        ConfigKey("fatigue", weight(20), .defaulted("2.0"), "β_f: weight of the memory retention of the post (subtracted)."),
        ConfigKey("quote_disagreement", weight(20), .defaulted("2.0"), "β_q: extra quote utility per unit of opinion distance."),
        ConfigKey("comment_disagreement", weight(20), .defaulted("1.5"), "β_c: extra comment utility per unit of opinion distance."),
        ConfigKey("mute_disagreement", weight(20), .defaulted("1.0"), "β_μ: extra mute utility per unit of opinion distance."),
    ]

    static let noveltyKeys: [ConfigKey] = [
        ConfigKey("state_rate", .number(.unitInterval), .defaulted("0.3"), "ρ: how fast the session state follows the feed's repetitiveness."),
        ConfigKey(
            "concentration", .number(NumberBounds(lower: 0, lowerInclusive: false, upper: 1000)), .defaulted("4"),
            "κ of the Beta(κμ, κ(1−μ)) draw of each agent's propensity."),
    ]

    static let opinionKeys: [ConfigKey] = [
        ConfigKey("confidence_bound", weight(2), .defaulted("0.4"), "ε: Deffuant confidence bound on |opinion − stance|."),
        ConfigKey("convergence_rate", weight(0.5), .defaulted("0.02"), "μ: Deffuant convergence rate per impression within the bound."),
        ConfigKey("repulsion_threshold", weight(2.5), .defaulted("2.5"), "ε_r: distance beyond which exposure repels (> 2 disables repulsion)."),
        ConfigKey("repulsion_rate", weight(0.5), .defaulted("0.01"), "μ_r: rate of repulsion beyond the threshold."),
    ]

    static let satisfactionKeys: [ConfigKey] = [
        ConfigKey("initial", .number(.unitInterval), .defaulted("0.6"), "S of a new agent; the reference S₀ of the session-gap rule."),
        ConfigKey("rate", .number(.unitInterval), .defaulted("0.3"), "λ: satisfaction update rate per session."),
        ConfigKey(
            "quality_pivot", .number(NumberBounds(lower: -10, upper: 10)), .defaulted("0.0"),
            "Appeal at which an impression's quality σ(A − pivot) is one half."),
        ConfigKey("empty_feed_quality", .number(.unitInterval), .defaulted("0.3"), "Quality of a session whose feed was empty."),
        ConfigKey("gap_elasticity", weight(5), .defaulted("1.0"), "γ: session rate ∝ (S/S₀)^γ."),
    ]

    static let churnKeys: [ConfigKey] = [
        ConfigKey("threshold", .number(.unitInterval), .defaulted("0.3"), "Satisfaction below which a session counts toward churn."),
        ConfigKey("patience", .integer(1...1000), .defaulted("3"), "Consecutive low-satisfaction sessions that make an agent churn."),
        ConfigKey("hazard", .number(.unitInterval), .defaulted("0.01"), "Per-session churn probability at satisfaction 0, times (1 − S)²."),
        ConfigKey("return_probability", .number(.unitInterval), .defaulted("0.5"), "Probability that a churned agent ever comes back."),
        ConfigKey("return_delay", .duration(maximum: SimTime.day * 3650), .defaulted("5d"), "Mean time until a churned agent comes back."),
        ConfigKey("return_satisfaction", .number(.unitInterval), .defaulted("0.5"), "Satisfaction of an agent when it comes back."),
    ]

    static let memoryKeys: [ConfigKey] = [
        ConfigKey("capacity", .integer(0...1024), .defaulted("32"), "Items each agent remembers (oldest forgotten first); 0 = no memory."),
        ConfigKey(
            "base_strength", .duration(maximum: SimTime.day * 3650), .defaulted("1d"),
            "Memory strength S of a first exposure (retention exp(−Δt/S)); doubled when engaged."),
        ConfigKey(
            "reinforcement", .number(NumberBounds(lower: 1, upper: 100)), .defaulted("2"),
            "Factor multiplying S at each re-exposure."),
    ]
}
