import AgoraCore

/// One named source of a `mix` feed and the share of feed slots it fills.
public struct MixComponent: Sendable, Equatable, Codable {
    /// The source (any kind but `mix`).
    public var source: FeedKind
    /// Share of the feed, in `(0, 1]`; the shares of a mix add up to 1.
    public var fraction: Double

    /// Creates a component.
    public init(source: FeedKind, fraction: Double) {
        self.source = source
        self.fraction = fraction
    }
}

/// Everything that shapes the feed and the follow suggestions of a world: the typed value behind
/// the YAML `recommender:` section (the config layer maps keys onto it; `docs/recommenders.md`
/// lists them). Defaults are those of `init()`.
public struct RecommenderSettings: Sendable, Equatable {
    /// Which post recommender serves feeds (`recommender.kind`).
    public var kind: FeedKind
    /// Posts per feed (`feed_size`, 1…1000).
    public var feedSize: Int
    /// How often learned state and candidate pools are rebuilt (`retrain_every`).
    public var retrainEvery: SimTime
    /// A post an agent saw within this window is not shown to it again (`memory_window`; 0 turns
    /// the rule off). Limited by the world's memory capacity per agent.
    public var memoryWindow: SimTime
    /// How old a post may be to be an out-of-network candidate (`candidate_window`).
    public var candidateWindow: SimTime
    /// Half-life of the recency decay of `popular`, `interest` and `collaborative` (`half_life`).
    public var halfLife: SimTime
    /// Candidates ranked before re-ranking, as a multiple of the feed size (`candidate_factor`, ≥ 1).
    public var candidateFactor: Int
    /// Posts kept per pool (popular, hot, per topic) at each retrain (`pool_size`).
    public var poolSize: Int
    /// Sources and shares of a `mix` feed (`mix`).
    public var mix: [MixComponent]
    /// Share of a `mix` feed's slots reserved for authors the agent does not follow
    /// (`out_of_network_share`, `[0, 1]`); `nil` leaves the share to the sources.
    public var outOfNetworkShare: Double?
    /// ε-exploration: probability that each feed slot is replaced by a random recent post
    /// (`exploration`, `[0, 1]`).
    public var exploration: Double
    /// MMR trade-off λ between relevance and topic diversity (`diversity_lambda`, `[0, 1]`; 1 = off).
    public var diversityLambda: Double
    /// Weight of the novelty bonus for little-engaged posts in re-ranking (`novelty_boost`, ≥ 0).
    public var noveltyBoost: Double
    /// How strongly topic feedback ("more/less of") shifts the interest vector (`feedback_weight`, ≥ 0).
    public var feedbackWeight: Double
    /// Neighbours kept per item by `collaborative` (`collaborative_neighbors`, 1…200).
    public var collaborativeNeighbors: Int
    /// Who-to-follow suggestions (`who_to_follow`).
    public var whoToFollow: WhoToFollowSettings

    /// Creates settings from every value.
    public init(kind: FeedKind,
                feedSize: Int,
                retrainEvery: SimTime,
                memoryWindow: SimTime,
                candidateWindow: SimTime,
                halfLife: SimTime,
                candidateFactor: Int,
                poolSize: Int,
                mix: [MixComponent],
                outOfNetworkShare: Double?,
                exploration: Double,
                diversityLambda: Double,
                noveltyBoost: Double,
                feedbackWeight: Double,
                collaborativeNeighbors: Int,
                whoToFollow: WhoToFollowSettings) {
        self.kind = kind
        self.feedSize = feedSize
        self.retrainEvery = retrainEvery
        self.memoryWindow = memoryWindow
        self.candidateWindow = candidateWindow
        self.halfLife = halfLife
        self.candidateFactor = candidateFactor
        self.poolSize = poolSize
        self.mix = mix
        self.outOfNetworkShare = outOfNetworkShare
        self.exploration = exploration
        self.diversityLambda = diversityLambda
        self.noveltyBoost = noveltyBoost
        self.feedbackWeight = feedbackWeight
        self.collaborativeNeighbors = collaborativeNeighbors
        self.whoToFollow = whoToFollow
    }

    /// Candidates ranked per feed before re-ranking.
    public var candidateLimit: Int { max(feedSize, feedSize * candidateFactor) }

    /// Checks every value; returns all problems at once (empty when valid), keyed under `prefix`.
    public func validate(prefix: String = "recommender") -> [RecommendError] {
        var errors: [RecommendError] = []
        func check(_ ok: Bool, _ key: String, _ given: String, _ expected: String) {
            if !ok { errors.append(.invalidValue(key: "\(prefix).\(key)", given: given, expected: expected)) }
        }
        check((1...1000).contains(feedSize), "feed_size", "\(feedSize)", "an integer from 1 to 1000")
        check(retrainEvery.milliseconds > 0, "retrain_every", "\(retrainEvery.milliseconds)ms", "a positive duration such as 1h")
        check(memoryWindow.milliseconds >= 0, "memory_window", "\(memoryWindow.milliseconds)ms", "a duration ≥ 0")
        check(candidateWindow.milliseconds > 0, "candidate_window", "\(candidateWindow.milliseconds)ms", "a positive duration such as 2d")
        check(halfLife.milliseconds > 0, "half_life", "\(halfLife.milliseconds)ms", "a positive duration such as 6h")
        check((1...50).contains(candidateFactor), "candidate_factor", "\(candidateFactor)", "an integer from 1 to 50")
        check((1...100_000).contains(poolSize), "pool_size", "\(poolSize)", "an integer from 1 to 100000")
        check((0...1).contains(exploration), "exploration", "\(exploration)", "a probability in [0, 1]")
        check((0...1).contains(diversityLambda), "diversity_lambda", "\(diversityLambda)", "a number in [0, 1] (1 turns MMR off)")
        check(noveltyBoost >= 0 && noveltyBoost.isFinite, "novelty_boost", "\(noveltyBoost)", "a number ≥ 0")
        check(feedbackWeight >= 0 && feedbackWeight.isFinite, "feedback_weight", "\(feedbackWeight)", "a number ≥ 0")
        check((1...200).contains(collaborativeNeighbors), "collaborative_neighbors", "\(collaborativeNeighbors)", "an integer from 1 to 200")
        if let share = outOfNetworkShare {
            check((0...1).contains(share), "out_of_network_share", "\(share)", "a share in [0, 1]")
        }
        if kind == .mix {
            if mix.isEmpty { errors.append(.invalidValue(key: "\(prefix).mix", given: "[]", expected: "at least one source")) }
            var sum = 0.0
            for (i, component) in mix.enumerated() {
                check(component.source != .mix, "mix[\(i)].source", "mix", "a source other than mix")
                check(component.fraction > 0 && component.fraction <= 1, "mix[\(i)].fraction", "\(component.fraction)", "a share in (0, 1]")
                sum += component.fraction
            }
            if !mix.isEmpty, abs(sum - 1) > 0.001 { errors.append(.fractionsDoNotSum(key: "\(prefix).mix", sum: sum)) }
        }
        errors += whoToFollow.validate(prefix: "\(prefix).who_to_follow")
        return errors
    }
}
