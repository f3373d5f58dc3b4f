/// The friendship-paradox metrics of `ReportPass` (`FriendshipParadoxSeries`, `FollowTieAnalysis`).
extension MetricDefinition {
    /// The neighbour set a friendship-paradox fraction compares an agent with.
    public enum ParadoxNeighbours: String, Sendable, CaseIterable {
        /// The agents it follows.
        case followees
        /// The agents following it.
        case followers
    }

    /// The attribute a friendship-paradox fraction compares.
    public enum ParadoxAttribute: String, Sendable, CaseIterable {
        /// Follower count (in-degree).
        case followers
        /// Followee count (out-degree).
        case followees
        /// Original posts written so far (the generalized paradox for activity).
        case posts
        /// Reposts of the agent's posts so far (the generalized paradox for virality).
        case repostsReceived = "reposts_received"

        /// The degree attributes, the only ones of the network statistics (`graph.final.*`).
        public static let degrees: [ParadoxAttribute] = [.followers, .followees]

        var summaryText: String {
            switch self {
            case .followers: "follower count (in-degree)"
            case .followees: "followee count (out-degree)"
            case .posts: "original posts written so far"
            case .repostsReceived: "reposts of their posts so far"
            }
        }
    }

    /// Weak (below the neighbours' mean) or strong (below their median) paradox.
    public enum ParadoxStrength: String, Sendable, CaseIterable {
        /// Below the mean.
        case weak
        /// Below the median.
        case strong
    }

    /// The tie-strength bins of Bagrow et al. (2017): a follow edge's follower's interactions with
    /// the followee's posts during the run.
    public enum TieBin: String, Sendable, CaseIterable {
        /// No interaction.
        case none = "interactions_0"
        /// One or two.
        case few = "interactions_1_2"
        /// Three to nine.
        case several = "interactions_3_9"
        /// Ten or more.
        case many = "interactions_10_plus"

        /// The bin's smallest number of interactions.
        public var lowerBound: Int {
            switch self {
            case .none: 0
            case .few: 1
            case .several: 3
            case .many: 10
            }
        }
    }

    /// `friendship_paradox.<set>.<attr>.<kind>_fraction`: share of agents below their neighbours.
    public static func friendshipParadox(_ set: ParadoxNeighbours, _ attribute: ParadoxAttribute,
                                         _ strength: ParadoxStrength) -> MetricDefinition {
        let average = strength == .weak ? "mean" : "median"
        return MetricDefinition(
            "friendship_paradox.\(set.rawValue).\(attribute.rawValue).\(strength.rawValue)_fraction", .share, .report,
            .scalarAndSeries, .whenDefined,
            summary: "share of agents with at least one of their \(set.rawValue) whose \(attribute.summaryText) is below "
                + "the \(average) over their \(set.rawValue)",
            definition: "`<set>` is the neighbour set; `<attr>` ∈ {followers (in-degree), followees (out-degree)} are "
                + "Hodas et al.'s four directed variants; `<attr>` = `posts` (original `post` events written so far) is "
                + "the generalized paradox for activity, `<attr>` = `reposts_received` (`repost` events whose parent "
                + "the agent wrote, so far) the generalized paradox for virality; `weak`: below the neighbours' mean, "
                + "`strong`: below their median")
    }

    private static func friendshipParadox(_ key: String, _ unit: Unit, _ storage: Storage = .scalar,
                                          summary: String, definition: String) -> MetricDefinition {
        MetricDefinition("friendship_paradox.\(key)", unit, .report, storage, .whenDefined, summary: summary,
                         definition: definition)
    }

    /// `friendship_paradox.feld.mean_followers`: global mean in-degree.
    public static let paradoxFeldMeanFollowers = friendshipParadox(
        "feld.mean_followers", .count, .scalarAndSeries, summary: "mean follower count over all agents (global mean)",
        definition: "global mean in-degree Σ in / n over all agents")
    /// `friendship_paradox.feld.followee_followers_over_edges`: Feld's mean.
    public static let paradoxFeldFolloweeFollowersOverEdges = friendshipParadox(
        "feld.followee_followers_over_edges", .count, .scalarAndSeries,
        summary: "mean follower count of the followee of a random follow edge (Σ in² / Σ in)",
        definition: "Feld's mean: mean in-degree of the followee of a random follow edge, Σ in² / Σ in")
    /// `friendship_paradox.feld.followee_followers_over_nodes`: the node-level mean.
    public static let paradoxFeldFolloweeFollowersOverNodes = friendshipParadox(
        "feld.followee_followers_over_nodes", .count, .scalarAndSeries,
        summary: "mean over agents with followees of their followees' mean follower count",
        definition: "node-level mean: mean over agents with followees of their followees' mean in-degree")
    /// `friendship_paradox.emergence.initial_weak_fraction`: the paradox on the initial graph.
    public static let paradoxEmergenceInitialWeakFraction = friendshipParadox(
        "emergence.initial_weak_fraction", .share,
        summary: "followees×followers weak fraction on the initial graph (day 0)",
        definition: "`followees.followers.weak_fraction` on the initial graph (day 0)")
    /// `friendship_paradox.emergence.change`: the paradox's change over the run.
    public static let paradoxEmergenceChange = friendshipParadox(
        "emergence.change", .share, summary: "followees×followers weak fraction at the end minus on the initial graph",
        definition: "that fraction at the end minus on the initial graph")
    /// `friendship_paradox.emergence.first_day_above_half`: when the paradox emerged.
    public static let paradoxEmergenceFirstDayAboveHalf = friendshipParadox(
        "emergence.first_day_above_half", .day,
        summary: "first snapshot day with a followees×followers weak fraction above 0.5 (−1: none)",
        definition: "first snapshot day where it exceeds 0.5 (−1: never)")
    /// `friendship_paradox.gabm.followee_followers_mean`: followees' mean in-degree over edges.
    public static let paradoxGABMFolloweeFollowersMean = friendshipParadox(
        "gabm.followee_followers_mean", .count, summary: "mean follower count of the followee over follow edges",
        definition: "Orlando et al. (2025): over follow edges u → v, mean in-degree of v (do agents follow the more "
            + "influential?)")
    /// `friendship_paradox.gabm.follower_followers_mean`: followers' mean in-degree over edges.
    public static let paradoxGABMFollowerFollowersMean = friendshipParadox(
        "gabm.follower_followers_mean", .count, summary: "mean follower count of the follower over follow edges",
        definition: "over follow edges u → v, mean in-degree of u (compare with `gabm.followee_followers_mean`)")
    /// `friendship_paradox.gabm.followee_posts_mean`: followees' mean original posts over edges.
    public static let paradoxGABMFolloweePostsMean = friendshipParadox(
        "gabm.followee_posts_mean", .count, summary: "mean original posts of the followee over follow edges",
        definition: "over follow edges u → v, mean original posts of v (do agents follow the more active?)")
    /// `friendship_paradox.gabm.follower_posts_mean`: followers' mean original posts over edges.
    public static let paradoxGABMFollowerPostsMean = friendshipParadox(
        "gabm.follower_posts_mean", .count, summary: "mean original posts of the follower over follow edges",
        definition: "over follow edges u → v, mean original posts of u (compare with `gabm.followee_posts_mean`)")

    /// `friendship_paradox.ties.<bin>.edges`: final follow edges in a tie-strength bin.
    public static func tieEdges(_ bin: TieBin) -> MetricDefinition {
        friendshipParadox(
            "ties.\(bin.rawValue).edges", .count,
            summary: "follow edges whose follower interacted with the followee's posts as many times as bin \(bin.rawValue) says",
            definition: "Bagrow et al. (2017): final follow edges u → v binned by u's interactions with v's posts during "
                + "the run (`like`, `repost`, `quote`, `comment` by u on a post v wrote)")
    }

    /// `friendship_paradox.ties.<bin>.followee_more_followers_share`: the bin's edges towards more
    /// followed agents.
    public static func tieFolloweeMoreFollowersShare(_ bin: TieBin) -> MetricDefinition {
        friendshipParadox(
            "ties.\(bin.rawValue).followee_more_followers_share", .share,
            summary: "share of the follow edges of bin \(bin.rawValue) whose followee has more followers than the follower",
            definition: "share of the bin's edges whose followee has more followers than the follower (left out for an "
                + "empty bin)")
    }
}

private typealias Neighbours = MetricDefinition.ParadoxNeighbours
private typealias Attribute = MetricDefinition.ParadoxAttribute
private typealias Strength = MetricDefinition.ParadoxStrength
private typealias TieBin = MetricDefinition.TieBin

extension MetricCatalog {
    /// The friendship-paradox metrics' part of docs/metrics.md.
    static let friendshipParadoxSection = Section(
        "Friendship paradox over time (`FriendshipParadoxSeries`, `FollowTieAnalysis`)", level: 3,
        introduction: """
            The graph is replayed from the trace (initial graph + `arrival`, `follow`, `unfollow`) and measured at
            every `snapshot_day` event (series) and after the last event (scalars). Fractions follow
            `FriendshipParadox` (docs/graph-statistics.md): below the mean (weak) or median (strong) over the
            neighbour set, exact integer comparisons, agents with an empty neighbour set left out.
            """,
        rows: [
            .family(MetricFamily(
                "friendship_paradox.<set>.<attr>.<kind>_fraction",
                parameters: "`<set>` ∈ \(values(Neighbours.self)), `<attr>` ∈ \(values(Attribute.self)), "
                    + "`<kind>` ∈ \(values(Strength.self))",
                members: Neighbours.allCases.flatMap { set in
                    Attribute.allCases.flatMap { attribute in
                        Strength.allCases.map { MetricDefinition.friendshipParadox(set, attribute, $0) }
                    }
                })),
            .metric(.paradoxFeldMeanFollowers), .metric(.paradoxFeldFolloweeFollowersOverEdges),
            .metric(.paradoxFeldFolloweeFollowersOverNodes), .metric(.paradoxEmergenceInitialWeakFraction),
            .metric(.paradoxEmergenceChange), .metric(.paradoxEmergenceFirstDayAboveHalf),
            .metric(.paradoxGABMFolloweeFollowersMean), .metric(.paradoxGABMFollowerFollowersMean),
            .metric(.paradoxGABMFolloweePostsMean), .metric(.paradoxGABMFollowerPostsMean),
            .family(MetricFamily("friendship_paradox.ties.<bin>.edges", parameters: "`<bin>` ∈ \(values(TieBin.self))",
                                 members: TieBin.allCases.map(MetricDefinition.tieEdges))),
            .family(MetricFamily("friendship_paradox.ties.<bin>.followee_more_followers_share",
                                 parameters: "`<bin>` ∈ \(values(TieBin.self))",
                                 members: TieBin.allCases.map(MetricDefinition.tieFolloweeMoreFollowersShare))),
        ])
}
