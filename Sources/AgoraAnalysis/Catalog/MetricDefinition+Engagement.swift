/// The engagement and cascade metrics of `ReportPass` (`CascadeAccumulator`).
extension MetricDefinition {
    /// `engagement.posts_per_dau`: original posts per daily active user.
    public static let engagementPostsPerDAU = MetricDefinition(
        "engagement.posts_per_dau", .count, .report, .scalarAndSeries, .whenDefined,
        summary: "original posts per daily active user (total posts / Σ DAU; series per day)",
        definition: "scalar: `post` events over Σ_d DAU_d (per active user-day); series: that day's `post` events / "
            + "DAU_d (0 when DAU is 0)")
    /// `engagement.likes_per_dau`: likes per daily active user.
    public static let engagementLikesPerDAU = MetricDefinition(
        "engagement.likes_per_dau", .count, .report, .scalarAndSeries, .whenDefined,
        summary: "likes per daily active user (total likes / Σ DAU; series per day)",
        definition: "scalar: `like` events over Σ_d DAU_d; series: that day's `like` events / DAU_d (0 when DAU is 0)")
    /// `engagement.reposts_per_dau`: reposts per daily active user.
    public static let engagementRepostsPerDAU = MetricDefinition(
        "engagement.reposts_per_dau", .count, .report, .scalarAndSeries, .whenDefined,
        summary: "reposts per daily active user (total reposts / Σ DAU; series per day)",
        definition: "scalar: `repost` events over Σ_d DAU_d; series: that day's `repost` events / DAU_d (0 when DAU "
            + "is 0)")
    /// `engagement.top1pct_author_attention_share`: attention going to the top 1% of authors.
    public static let engagementTopAuthorAttentionShare = MetricDefinition(
        "engagement.top1pct_author_attention_share", .share, .report, .scalar, .whenDefined,
        summary: "share of traced impressions going to the posts of the top 1% of authors",
        definition: "authors = agents with at least one post-creating event; ranked by traced impressions of their "
            + "posts; the share of all traced impressions of trace-created posts that go to the top ⌈authors/100⌉")

    private static func cascades(_ key: String, summary: String, definition: String,
                                 unit: Unit = .count) -> MetricDefinition {
        MetricDefinition("cascades.\(key)", unit, .report, .scalar, .whenDefined, summary: summary, definition: definition)
    }

    /// `cascades.count`: cascades in the trace.
    public static let cascadesCount = cascades(
        "count", summary: "cascades (original posts and posts whose parent is not in the trace)",
        definition: "cascades: trees rooted at each post whose parent is −1 or not created in the trace, holding "
            + "every post created from it through `repost`, `quote` or `comment` events (parents followed to the root)")
    /// `cascades.size_mean`: mean cascade size.
    public static let cascadesSizeMean = cascades(
        "size_mean", summary: "mean cascade size (posts in the tree, root included)",
        definition: "mean over cascades of their posts, root included")
    /// `cascades.size_max`: largest cascade size.
    public static let cascadesSizeMax = cascades(
        "size_max", summary: "largest cascade size", definition: "largest number of posts in a cascade, root included")
    /// `cascades.depth_mean`: mean cascade depth.
    public static let cascadesDepthMean = cascades(
        "depth_mean", summary: "mean cascade depth (longest parent chain to the root)",
        definition: "mean over cascades of the largest number of parent links from a post of the cascade to its root "
            + "(0 alone)")
    /// `cascades.depth_max`: largest cascade depth.
    public static let cascadesDepthMax = cascades(
        "depth_max", summary: "largest cascade depth",
        definition: "largest number of parent links from a post to its cascade's root")
    /// `cascades.breadth_mean`: mean cascade breadth.
    public static let cascadesBreadthMean = cascades(
        "breadth_mean", summary: "mean cascade breadth (most posts at one depth level)",
        definition: "mean over cascades of the largest number of posts at one depth level (1 alone)")
    /// `cascades.breadth_max`: largest cascade breadth.
    public static let cascadesBreadthMax = cascades(
        "breadth_max", summary: "largest cascade breadth", definition: "largest number of posts at one depth level of a cascade")
    /// `cascades.reshared_share`: share of cascades with more than one post.
    public static let cascadesResharedShare = cascades(
        "reshared_share", summary: "share of cascades with more than one post",
        definition: "share of cascades with more than one post", unit: .share)
}

extension MetricCatalog {
    /// The engagement and cascade metrics' part of docs/metrics.md.
    static let engagementSection = Section(
        "Engagement and cascades (`CascadeAccumulator`)", level: 3,
        rows: [
            .metric(.engagementPostsPerDAU), .metric(.engagementLikesPerDAU), .metric(.engagementRepostsPerDAU),
            .metric(.engagementTopAuthorAttentionShare), .metric(.cascadesCount), .metric(.cascadesSizeMean),
            .metric(.cascadesSizeMax), .metric(.cascadesDepthMean), .metric(.cascadesDepthMax),
            .metric(.cascadesBreadthMean), .metric(.cascadesBreadthMax), .metric(.cascadesResharedShare),
        ])
}
