/// The activity-over-time and retention metrics of `ReportPass` (`RetentionAccumulator`,
/// `KaplanMeier`).
extension MetricDefinition {
    /// `activity.wau` (series): distinct agents active in the 7 days ending at the day.
    public static let activityWAU = MetricDefinition(
        "activity.wau", .count, .report, .series, summary: "distinct agents with a session in the 7 days ending at the day",
        definition: "distinct agents active on at least one of days d−6 … d")
    /// `activity.mau` (series): distinct agents active in the 30 days ending at the day.
    public static let activityMAU = MetricDefinition(
        "activity.mau", .count, .report, .series, summary: "distinct agents with a session in the 30 days ending at the day",
        definition: "distinct agents active on at least one of days d−29 … d")
    /// `activity.stickiness` (series): DAU / MAU.
    public static let activityStickiness = MetricDefinition(
        "activity.stickiness", .share, .report, .series, summary: "DAU / MAU of the day",
        definition: "DAU / MAU of day d (0 when MAU is 0)")
    /// `activity.wau_mean`: mean of `activity.wau`.
    public static let activityWAUMean = MetricDefinition(
        "activity.wau_mean", .count, .report, summary: "mean of activity.wau over the run's days",
        definition: "mean of the `activity.wau` series over the D days")
    /// `activity.mau_mean`: mean of `activity.mau`.
    public static let activityMAUMean = MetricDefinition(
        "activity.mau_mean", .count, .report, summary: "mean of activity.mau over the run's days",
        definition: "mean of the `activity.mau` series over the D days")
    /// `activity.stickiness_mean`: mean of `activity.stickiness`.
    public static let activityStickinessMean = MetricDefinition(
        "activity.stickiness_mean", .share, .report, summary: "mean of activity.stickiness (DAU/MAU) over the run's days",
        definition: "mean of the `activity.stickiness` series over the D days")

    /// `retention.d<N>`: classic N-day retention.
    public static func retention(days n: Int) -> MetricDefinition {
        MetricDefinition(
            "retention.d\(n)", .share, .report, .scalar, .whenDefined,
            summary: "classic \(n)-day retention: among agents with join day J and J + \(n) inside the run, the share active on day J + \(n)",
            definition: "classic N-day retention: among agents with J + N < D, the share active on day J + N")
    }
    /// `retention.rolling_d<N>`: rolling N-day retention.
    public static func rollingRetention(days n: Int) -> MetricDefinition {
        MetricDefinition(
            "retention.rolling_d\(n)", .share, .report, .scalar, .whenDefined,
            summary: "rolling \(n)-day retention: among agents with J + \(n) inside the run, the share active on some day ≥ J + \(n)",
            definition: "rolling N-day retention: among the agents of `retention.d<N>`, the share active on some day ≥ J + N")
    }

    /// `retention.inactivity_days`: the inactivity churn threshold X.
    public static let retentionInactivityDays = MetricDefinition(
        "retention.inactivity_days", .days, .report,
        summary: "days without a session after which an agent counts as churned (inactivity churn)",
        definition: "X, the days without a session after which an agent counts as churned (default 7; "
            + "`agora report --inactivity-days`)")
    /// `retention.inactivity_churned`: agents inactive for X days at the end.
    public static let retentionInactivityChurned = MetricDefinition(
        "retention.inactivity_churned", .count, .report,
        summary: "agents inactive for at least retention.inactivity_days days at the end of the run",
        definition: "agents whose last active day L (L = J − 1 if never active) has D − 1 − L ≥ X")
    /// `retention.inactivity_churned_share`: the same over the agents who joined.
    public static let retentionInactivityChurnedShare = MetricDefinition(
        "retention.inactivity_churned_share", .share, .report, .scalar, .whenDefined,
        summary: "retention.inactivity_churned / agents who joined during the run",
        definition: "`retention.inactivity_churned` over the agents with 0 ≤ J < D")
    /// `retention.km_median_days`: median Kaplan–Meier lifetime.
    public static let retentionKMMedianDays = MetricDefinition(
        "retention.km_median_days", .days, .report, .scalar, .whenDefined,
        summary: "median lifetime (days) of the Kaplan–Meier survival curve (absent when not reached)",
        definition: "median of the Kaplan–Meier survival curve of lifetimes: churned agents (above) have lifetime "
            + "L − J + 1 days (observed), the others are censored at D − J; S(t) = Π_{tᵢ ≤ t}(1 − dᵢ/nᵢ), censored "
            + "agents at risk through their censoring time; the median is the smallest t with S(t) ≤ 0.5 (left out "
            + "when never reached)")
    /// `retention.km_survival_end`: survival at the longest lifetime.
    public static let retentionKMSurvivalEnd = MetricDefinition(
        "retention.km_survival_end", .share, .report, .scalar, .whenDefined,
        summary: "Kaplan–Meier survival at the longest observed lifetime", definition: "S(t) at the longest lifetime")
    /// `retention.churn_events`: `churn` events.
    public static let retentionChurnEvents = MetricDefinition(
        "retention.churn_events", .count, .report, summary: "churn events of the behaviour model",
        definition: "`churn` events (the behaviour model's churn)")
    /// `retention.return_events`: `return` events.
    public static let retentionReturnEvents = MetricDefinition(
        "retention.return_events", .count, .report, summary: "return events (churned agents coming back)",
        definition: "`return` events")
    /// `retention.churn_rate` (series): churn events per active agent.
    public static let retentionChurnRate = MetricDefinition(
        "retention.churn_rate", .share, .report, .series,
        summary: "churn events of the day / active agents in the latest daily snapshot",
        definition: "`churn` events on day d / agents with status active in the latest daily snapshot at or before d "
            + "(the header population before any snapshot)")
    /// `retention.churn_rate_mean`: mean of `retention.churn_rate`.
    public static let retentionChurnRateMean = MetricDefinition(
        "retention.churn_rate_mean", .share, .report, summary: "mean of retention.churn_rate over the run's days",
        definition: "mean of the `retention.churn_rate` series over the D days")
    /// `retention.return_time_mean_h`: KuaiSim's return time.
    public static let retentionReturnTimeMean = MetricDefinition(
        "retention.return_time_mean_h", .hours, .report, .scalar, .whenDefined,
        summary: "mean time from the end of a session to the agent's next session start, hours",
        definition: "KuaiSim's return time: mean, over `session_start` events that follow an earlier `session_end` of "
            + "the same agent, of the gap from that end to the start, in hours")
    /// `retention.session_depth_mean`: KuaiSim's session depth.
    public static let retentionSessionDepthMean = MetricDefinition(
        "retention.session_depth_mean", .count, .report, .scalar, .whenDefined,
        summary: "mean impressions shown per session (KuaiSim's session depth)",
        definition: "KuaiSim's session depth: mean impressions shown per session (`session_end.value`, traced or not)")
}

extension MetricCatalog {
    /// The N of the N-day retention metrics a run stores (`ReportAnalysis.Options`' default).
    static let retentionDays = ReportAnalysis.Options().retentionDays
    private static let retentionDaysNote = "N ∈ {" + retentionDays.map(String.init).joined(separator: ", ") + "}"

    /// The heading and conventions of the report metrics' subsections.
    static let reportSection = Section(
        "Report metrics (`ReportAnalysis`, stored at the end of every run and shown by `agora report`)",
        introduction: """
            Conventions: d = ⌊time / 1 day⌋ is the simulated day; D = ⌈horizon / 1 day⌉ the run's days; an
            agent is *active* on day d when it has a `session_start` on d; its *join day* J is the day of its
            header `join_time` (initial population) or of its `arrival` event. A metric whose value would be
            undefined (no eligible agents, no edges, a constant sample) is left out rather than stored as 0.
            Series are stored in `timeseries` with `t` = day (`activity.*`, `engagement.*`, `retention.churn_rate`)
            or `t` = snapshot day (the daily snapshot of day d is taken at time d · 1 day; `friendship_paradox.*`,
            `polarization.*`; day 0 is measured on the trace header's initial graph and opinions — agents with
            join time 0 — unless the trace has a snapshot of day 0, which then replaces it); the scalar of a
            friendship-paradox name is its value on the graph at the end of the trace, the scalar of a
            polarization name its value at the last snapshot.
            """)

    /// The activity-over-time and retention metrics' part of docs/metrics.md.
    static let retentionSection = Section(
        "Activity and retention (`RetentionAccumulator`, `ReportPass+Finish`)", level: 3,
        introduction: """
            The report also has a cohort table (report only, `tables.cohorts` of report.json): for each join
            day j, the share of the agents who joined on j that are active on day j + k, k = 0 … D − 1 − j.
            """,
        rows: [
            .metric(.activityWAU), .metric(.activityMAU), .metric(.activityStickiness), .metric(.activityWAUMean),
            .metric(.activityMAUMean), .metric(.activityStickinessMean),
            .family(MetricFamily("retention.d<N>", parameters: retentionDaysNote,
                                 members: retentionDays.map(MetricDefinition.retention(days:)))),
            .family(MetricFamily("retention.rolling_d<N>", parameters: retentionDaysNote,
                                 members: retentionDays.map(MetricDefinition.rollingRetention(days:)))),
            .metric(.retentionInactivityDays), .metric(.retentionInactivityChurned),
            .metric(.retentionInactivityChurnedShare), .metric(.retentionKMMedianDays), .metric(.retentionKMSurvivalEnd),
            .metric(.retentionChurnEvents), .metric(.retentionReturnEvents), .metric(.retentionChurnRate),
            .metric(.retentionChurnRateMean), .metric(.retentionReturnTimeMean), .metric(.retentionSessionDepthMean),
        ])
}
