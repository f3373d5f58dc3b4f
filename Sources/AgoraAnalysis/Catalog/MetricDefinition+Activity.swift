import AgoraCore

/// The metrics of `RunMetricsAccumulator`: event counts, sessions and daily active users.
extension MetricDefinition {
    /// `events.total`: traced events of every kind.
    public static let eventsTotal = MetricDefinition(
        "events.total", .count, .activity, summary: "number of events in the trace (every kind)",
        definition: "number of events in the trace (every kind, known or not)")

    /// `events.<kind>`: traced events of one kind (every kind of the kind table, zeros included).
    public static func events(_ kind: EventKind) -> MetricDefinition {
        MetricDefinition("events.\(kind.name)", .count, .activity, summary: "number of `\(kind.name)` events in the trace",
                         definition: "number of events of that kind, for every kind of the kind table; zeros included")
    }

    /// `activity.sessions`: `session_start` events.
    public static let activitySessions = MetricDefinition(
        "activity.sessions", .count, .activity, summary: "session_start events", definition: "`session_start` events")

    /// `activity.posts`: original posts.
    public static let activityPosts = MetricDefinition(
        "activity.posts", .count, .activity, summary: "original posts (post events)",
        definition: "original posts (`post` events; reposts, quotes and comments not included)")

    /// `activity.reposts`: `repost` events.
    public static let activityReposts = MetricDefinition(
        "activity.reposts", .count, .activity, summary: "repost events", definition: "`repost` events")

    /// `activity.likes`: `like` events.
    public static let activityLikes = MetricDefinition(
        "activity.likes", .count, .activity, summary: "like events", definition: "`like` events")

    /// `activity.follows`: `follow` events.
    public static let activityFollows = MetricDefinition(
        "activity.follows", .count, .activity, summary: "follow events", definition: "`follow` events")

    /// `activity.impressions_per_session`: mean impressions a session showed.
    public static let activityImpressionsPerSession = MetricDefinition(
        "activity.impressions_per_session", .count, .activity,
        summary: "mean impressions shown per session (session_end.value)",
        definition: "mean over sessions of `session_end.value`, the impressions a session showed (traced or not, so "
            + "impression sampling does not bias it)")

    /// `activity.session_length_mean_s`: mean session length.
    public static let activitySessionLengthMean = MetricDefinition(
        "activity.session_length_mean_s", .seconds, .activity, summary: "mean session length, simulated seconds",
        definition: "mean over sessions of `session_end.extra` (session length) in simulated seconds")

    /// `activity.dau` (series): daily active users.
    public static let activityDAU = MetricDefinition(
        "activity.dau", .count, .activity, .series,
        summary: "daily active users: distinct agents with a session_start on the day",
        definition: "daily active users: distinct agents with at least one `session_start` on simulated day `d` "
            + "(`d` = ⌊time / 1 day⌋), for `d` = 0 … ⌈horizon / 1 day⌉ − 1 (a partial last day counts as a day)")

    /// `activity.dau_mean`: mean of `activity.dau`.
    public static let activityDAUMean = MetricDefinition(
        "activity.dau_mean", .count, .activity, summary: "mean of activity.dau over the run's days",
        definition: "mean of the `activity.dau` series over the run's days")

    /// `activity.dau_last`: `activity.dau` on the last day.
    public static let activityDAULast = MetricDefinition(
        "activity.dau_last", .count, .activity, summary: "activity.dau on the last day",
        definition: "`activity.dau` on the last day of the run")

    /// `population.agents`: agents in the trace header.
    public static let populationAgents = MetricDefinition(
        "population.agents", .count, .activity, summary: "agents in the trace header (initial population)",
        definition: "agents in the trace header (the initial population)")
}

extension MetricCatalog {
    /// The counts of `RunMetricsAccumulator`, one per kind of the kind table.
    static let eventCounts = MetricFamily(
        "events.<kind>", parameters: "`<kind>` ∈ {" + EventKind.allCases.map { "`\($0.name)`" }.joined(separator: ", ") + "}",
        members: EventKind.allCases.map(MetricDefinition.events))

    /// The activity metrics' part of docs/metrics.md.
    static let activitySection = Section(
        "Activity (`RunMetricsAccumulator`)",
        introduction: "Event counts and sessions, from one streaming pass over the trace.",
        rows: [
            .metric(.eventsTotal), .family(eventCounts), .metric(.activitySessions), .metric(.activityPosts),
            .metric(.activityReposts), .metric(.activityLikes), .metric(.activityFollows),
            .metric(.activityImpressionsPerSession), .metric(.activitySessionLengthMean), .metric(.activityDAU),
            .metric(.activityDAUMean), .metric(.activityDAULast), .metric(.populationAgents),
        ])
}
