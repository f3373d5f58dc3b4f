/// One-line definitions of every metric name, for report tables and report.json (the full list,
/// with the same wording, is `docs/metrics.md`). Names with a variable part (`events.<kind>`,
/// `retention.d<N>`, `friendship_paradox.<set>.<attr>.<kind>_fraction`, …) match by pattern.
public enum MetricDefinitions {
    /// The definition of `name`, or a sentence saying it is not documented here.
    public static func definition(of name: String) -> String {
        if let exact = exact[name] { return exact }
        let parts = name.split(separator: ".").map(String.init)
        if parts.count == 2, parts[0] == "events" { return "number of `\(parts[1])` events in the trace" }
        if parts.count == 2, parts[0] == "retention", let n = Int(parts[1].dropFirst()), parts[1].hasPrefix("d") {
            return "classic \(n)-day retention: among agents with join day J and J + \(n) inside the run, the share active on day J + \(n)"
        }
        if parts.count == 2, parts[0] == "retention", parts[1].hasPrefix("rolling_d"), let n = Int(parts[1].dropFirst(9)) {
            return "rolling \(n)-day retention: among agents with J + \(n) inside the run, the share active on some day ≥ J + \(n)"
        }
        if parts.count == 4, parts[0] == "friendship_paradox", ["followees", "followers"].contains(parts[1]) {
            let attribute = ["followers": "follower count (in-degree)", "followees": "followee count (out-degree)",
                             "posts": "original posts written so far", "reposts_received": "reposts of their posts so far"][parts[2]] ?? parts[2]
            let kind = parts[3] == "weak_fraction" ? "mean" : "median"
            return "share of agents with at least one of their \(parts[1]) whose \(attribute) is below the \(kind) over their \(parts[1])"
        }
        if parts.count == 4, parts[0] == "friendship_paradox", parts[1] == "ties" {
            return parts[3] == "edges"
                ? "follow edges whose follower interacted with the followee's posts as many times as bin \(parts[2]) says"
                : "share of the follow edges of bin \(parts[2]) whose followee has more followers than the follower"
        }
        if parts.first == "exposure" { return "exposure metric of the recommender (see docs/metrics.md)" }
        if parts.first == "graph" { return "graph metric (see docs/metrics.md)" }
        return "see docs/metrics.md"
    }

    static let exact: [String: String] = [
        "events.total": "number of events in the trace (every kind)",
        "activity.sessions": "session_start events",
        "activity.posts": "original posts (post events)",
        "activity.reposts": "repost events",
        "activity.likes": "like events",
        "activity.follows": "follow events",
        "activity.impressions_per_session": "mean impressions shown per session (session_end.value)",
        "activity.session_length_mean_s": "mean session length, simulated seconds",
        "activity.dau": "daily active users: distinct agents with a session_start on the day",
        "activity.dau_mean": "mean of activity.dau over the run's days",
        "activity.dau_last": "activity.dau on the last day",
        "activity.wau": "distinct agents with a session in the 7 days ending at the day",
        "activity.mau": "distinct agents with a session in the 30 days ending at the day",
        "activity.stickiness": "DAU / MAU of the day",
        "activity.wau_mean": "mean of activity.wau over the run's days",
        "activity.mau_mean": "mean of activity.mau over the run's days",
        "activity.stickiness_mean": "mean of activity.stickiness (DAU/MAU) over the run's days",
        "population.agents": "agents in the trace header (initial population)",
        "retention.inactivity_days": "days without a session after which an agent counts as churned (inactivity churn)",
        "retention.inactivity_churned": "agents inactive for at least retention.inactivity_days days at the end of the run",
        "retention.inactivity_churned_share": "retention.inactivity_churned / agents who joined during the run",
        "retention.km_median_days": "median lifetime (days) of the Kaplan–Meier survival curve (absent when not reached)",
        "retention.km_survival_end": "Kaplan–Meier survival at the longest observed lifetime",
        "retention.churn_events": "churn events of the behaviour model",
        "retention.return_events": "return events (churned agents coming back)",
        "retention.churn_rate": "churn events of the day / active agents in the latest daily snapshot",
        "retention.churn_rate_mean": "mean of retention.churn_rate over the run's days",
        "retention.return_time_mean_h": "mean time from the end of a session to the agent's next session start, hours",
        "retention.session_depth_mean": "mean impressions shown per session (KuaiSim's session depth)",
        "engagement.posts_per_dau": "original posts per daily active user (total posts / Σ DAU; series per day)",
        "engagement.likes_per_dau": "likes per daily active user (total likes / Σ DAU; series per day)",
        "engagement.reposts_per_dau": "reposts per daily active user (total reposts / Σ DAU; series per day)",
        "engagement.top1pct_author_attention_share": "share of traced impressions going to the posts of the top 1% of authors",
        "cascades.count": "cascades (original posts and posts whose parent is not in the trace)",
        "cascades.size_mean": "mean cascade size (posts in the tree, root included)",
        "cascades.size_max": "largest cascade size",
        "cascades.depth_mean": "mean cascade depth (longest parent chain to the root)",
        "cascades.depth_max": "largest cascade depth",
        "cascades.breadth_mean": "mean cascade breadth (most posts at one depth level)",
        "cascades.breadth_max": "largest cascade breadth",
        "cascades.reshared_share": "share of cascades with more than one post",
        "friendship_paradox.feld.mean_followers": "mean follower count over all agents (global mean)",
        "friendship_paradox.feld.followee_followers_over_edges": "mean follower count of the followee of a random follow edge (Σ in² / Σ in)",
        "friendship_paradox.feld.followee_followers_over_nodes": "mean over agents with followees of their followees' mean follower count",
        "friendship_paradox.emergence.initial_weak_fraction": "followees×followers weak fraction on the initial graph (day 0)",
        "friendship_paradox.emergence.change": "followees×followers weak fraction at the end minus on the initial graph",
        "friendship_paradox.emergence.first_day_above_half": "first snapshot day with a followees×followers weak fraction above 0.5 (−1: none)",
        "friendship_paradox.gabm.followee_followers_mean": "mean follower count of the followee over follow edges",
        "friendship_paradox.gabm.follower_followers_mean": "mean follower count of the follower over follow edges",
        "friendship_paradox.gabm.followee_posts_mean": "mean original posts of the followee over follow edges",
        "friendship_paradox.gabm.follower_posts_mean": "mean original posts of the follower over follow edges",
        "polarization.opinion_mean": "mean opinion of joined agents at the (last) daily snapshot",
        "polarization.opinion_variance": "variance (divisor n) of joined agents' opinions at the (last) snapshot",
        "polarization.bimodality_coefficient": "bimodality coefficient (Pfister et al. 2013, sample-size corrected) of joined agents' opinions",
        "polarization.echo_chamber.following_correlation": "Pearson correlation of an agent's opinion and its followees' mean opinion",
        "polarization.echo_chamber.seen_correlation": "Pearson correlation of an agent's opinion and the mean stance of posts it was shown",
    ]
}
