/// The polarization metrics of `ReportPass` (`PolarizationSeries`, `SampleMoments`).
extension MetricDefinition {
    private static func polarization(_ key: String, _ unit: Unit, _ storage: Storage = .scalarAndSeries,
                                     summary: String, definition: String) -> MetricDefinition {
        MetricDefinition("polarization.\(key)", unit, .report, storage, .whenDefined, summary: summary, definition: definition)
    }

    /// `polarization.opinion_mean`: mean opinion of joined agents.
    public static let polarizationOpinionMean = polarization(
        "opinion_mean", .opinion, summary: "mean opinion of joined agents at the (last) daily snapshot",
        definition: "mean of joined agents' opinions")
    /// `polarization.opinion_variance`: variance of joined agents' opinions.
    public static let polarizationOpinionVariance = polarization(
        "opinion_variance", .opinionSquared,
        summary: "variance (divisor n) of joined agents' opinions at the (last) snapshot",
        definition: "variance (divisor n) of joined agents' opinions")
    /// `polarization.bimodality_coefficient`: Pfister et al.'s bimodality coefficient.
    public static let polarizationBimodalityCoefficient = polarization(
        "bimodality_coefficient", .index,
        summary: "bimodality coefficient (Pfister et al. 2013, sample-size corrected) of joined agents' opinions",
        definition: "Pfister et al. (2013) with the sample-size-corrected skewness and excess kurtosis: "
            + "G₁ = g₁√(n(n−1))/(n−2), G₂ = ((n+1)g₂ + 6)(n−1)/((n−2)(n−3)), BC = (G₁² + 1)/(G₂ + 3(n−1)²/((n−2)(n−3))), "
            + "g₁ = m₃/m₂^{3/2}, g₂ = m₄/m₂² − 3 with divisor-n central moments; needs n ≥ 4; > 5/9 suggests bimodality")
    /// `polarization.echo_chamber.following_correlation`: opinion versus followees' mean opinion.
    public static let polarizationFollowingCorrelation = polarization(
        "echo_chamber.following_correlation", .correlation,
        summary: "Pearson correlation of an agent's opinion and its followees' mean opinion",
        definition: "Cinelli et al. (2021): Pearson correlation, over joined agents following at least one joined "
            + "agent, of the agent's opinion and its followees' mean opinion")
    /// `polarization.echo_chamber.seen_correlation`: opinion versus the stance of what was shown.
    public static let polarizationSeenCorrelation = polarization(
        "echo_chamber.seen_correlation", .correlation, .scalar,
        summary: "Pearson correlation of an agent's opinion and the mean stance of posts it was shown",
        definition: "Pearson correlation, over agents with at least one traced impression of a trace-created post, of "
            + "the agent's opinion at the last snapshot and the mean stance (`PostAttributesPacking`) of the posts "
            + "shown to it during the run")
}

extension MetricCatalog {
    /// The polarization metrics measured at every snapshot, in the order `PolarizationSeries` records them.
    static let snapshotPolarizationMetrics: [MetricDefinition] = [
        .polarizationOpinionMean, .polarizationOpinionVariance, .polarizationBimodalityCoefficient,
        .polarizationFollowingCorrelation,
    ]

    /// The polarization metrics' part of docs/metrics.md.
    static let polarizationSection = Section(
        "Polarization (`PolarizationSeries`, `SampleMoments`)", level: 3,
        introduction: """
            Joined agents are those with status active (0) or churned (1) in a snapshot; opinions are
            `snapshot_agent.value / 10⁶`.
            """,
        rows: (snapshotPolarizationMetrics + [.polarizationSeenCorrelation]).map(Section.Row.metric))
}
