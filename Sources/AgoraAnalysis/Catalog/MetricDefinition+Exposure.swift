/// The metrics of `ExposureMetricsAccumulator`: what the feeds showed, to whom, from whom. Each is
/// stored as a run scalar and as a daily series under the same name.
extension MetricDefinition {
    private static func exposure(_ key: String, _ unit: Unit, _ definition: String) -> MetricDefinition {
        MetricDefinition("exposure.\(key)", unit, .exposure, .scalarAndSeries,
                         summary: "exposure metric of the recommender (see docs/metrics.md)", definition: definition)
    }

    /// `exposure.item_coverage`: share of created posts shown at least once.
    public static let exposureItemCoverage = exposure(
        "item_coverage", .share, "share of created posts shown at least once (RecBole `ItemCoverage`)")
    /// `exposure.gini`: Gini index of impressions per post.
    public static let exposureGini = exposure("gini", .index, "Gini index of impressions per post (RecBole `GiniIndex`)")
    /// `exposure.average_popularity`: mean interactions-so-far of shown posts, per feed.
    public static let exposureAveragePopularity = exposure(
        "average_popularity", .count,
        "mean interactions-so-far of shown posts, averaged per feed (RecBole `AveragePopularity`)")
    /// `exposure.tail_percentage`: share of feed items from the least-engaged posts.
    public static let exposureTailPercentage = exposure(
        "tail_percentage", .share, "share of feed items from the least-engaged 10% of posts (RecBole `TailPercentage`)")
    /// `exposure.intra_list_diversity`: topic diversity within a feed.
    public static let exposureIntraListDiversity = exposure(
        "intra_list_diversity", .share, "mean pairwise 1 − cosine of topic vectors within a feed")
    /// `exposure.novelty`: mean self-information of impressions.
    public static let exposureNovelty = exposure("novelty", .bits, "mean self-information −log2 p(item) of impressions")
    /// `exposure.in_network_share`: share of impressions from followed authors.
    public static let exposureInNetworkShare = exposure(
        "in_network_share", .share, "share of impressions from authors the viewer followed at that moment")
    /// `exposure.top1pct_author_share`: share of impressions going to the top 1% of authors.
    public static let exposureTopAuthorShare = exposure(
        "top1pct_author_share", .share, "share of impressions going to the top 1% of authors")
    /// `exposure.feeds`: feeds counted.
    public static let exposureFeeds = exposure("feeds", .count, "feeds counted")
    /// `exposure.impressions`: traced impressions counted.
    public static let exposureImpressions = exposure("impressions", .count, "traced impressions counted")
}

extension MetricCatalog {
    /// The exposure metrics, in the order `ExposureMetricsAccumulator` computes them.
    static let exposureMetrics: [MetricDefinition] = [
        .exposureItemCoverage, .exposureGini, .exposureAveragePopularity, .exposureTailPercentage,
        .exposureIntraListDiversity, .exposureNovelty, .exposureInNetworkShare, .exposureTopAuthorShare,
        .exposureFeeds, .exposureImpressions,
    ]

    /// The exposure metrics' part of docs/metrics.md.
    static let exposureSection = Section(
        "Exposure (`ExposureMetricsAccumulator`)",
        introduction: """
            What the feeds showed, computed by `ExposureMetricsAccumulator` in the same pass over the trace.
            Every scalar below is also stored as a daily time series under the same name. Full definitions,
            with the RecBole conventions they follow and where they differ, are in
            [metrics-exposure.md](metrics-exposure.md).
            """,
        rows: exposureMetrics.map(Section.Row.metric))
}
