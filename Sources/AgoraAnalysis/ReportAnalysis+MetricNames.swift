extension ReportAnalysis {
    /// Every scalar name the report metrics can store (docs/metrics.md, "Report metrics"), for
    /// validating metric names in sweep files before anything runs. A name may be absent from a
    /// given run when its value is undefined there (e.g. the Kaplan–Meier median of a curve that
    /// never falls to one half). `MetricNameCatalogTests` checks that a real run stores no name
    /// outside this list.
    public static func metricNames(options: Options = Options()) -> [String] {
        var names = ["activity.wau_mean", "activity.mau_mean", "activity.stickiness_mean"]
        for n in options.retentionDays { names += ["retention.d\(n)", "retention.rolling_d\(n)"] }
        names += ["inactivity_days", "inactivity_churned", "inactivity_churned_share", "km_median_days", "km_survival_end",
                  "churn_events", "return_events", "churn_rate_mean", "return_time_mean_h", "session_depth_mean"]
            .map { "retention.\($0)" }
        names += ["posts_per_dau", "likes_per_dau", "reposts_per_dau", "top1pct_author_attention_share"].map { "engagement.\($0)" }
        names += ["count", "size_mean", "size_max", "depth_mean", "depth_max", "breadth_mean", "breadth_max", "reshared_share"]
            .map { "cascades.\($0)" }
        for set in ["followees", "followers"] {
            for attribute in ["followers", "followees", "posts", "reposts_received"] {
                names += ["weak_fraction", "strong_fraction"].map { "friendship_paradox.\(set).\(attribute).\($0)" }
            }
        }
        names += ["feld.mean_followers", "feld.followee_followers_over_edges", "feld.followee_followers_over_nodes",
                  "emergence.initial_weak_fraction", "emergence.change", "emergence.first_day_above_half",
                  "gabm.followee_followers_mean", "gabm.follower_followers_mean", "gabm.followee_posts_mean",
                  "gabm.follower_posts_mean"].map { "friendship_paradox.\($0)" }
        for bin in ["interactions_0", "interactions_1_2", "interactions_3_9", "interactions_10_plus"] {
            names += ["edges", "followee_more_followers_share"].map { "friendship_paradox.ties.\(bin).\($0)" }
        }
        names += ["opinion_mean", "opinion_variance", "bimodality_coefficient", "echo_chamber.following_correlation",
                  "echo_chamber.seen_correlation"].map { "polarization.\($0)" }
        return names
    }
}
