import AgoraCore

/// Turns the pass's state into metrics and tables.
extension ReportPass {
    /// Waits for the snapshots' paradox measures, and hands over its tie interaction keys (sorted
    /// in place, so the pass never holds two copies of what can be tens of millions of keys);
    /// call once, after the last event.
    mutating func finish(options: ReportAnalysis.Options) -> (RunMetrics, ReportTables) {
        let paradox = paradoxMeasures.finishedSeries()
        var scalars: [MetricValue] = []
        var series: [TimeseriesValue] = paradox.points + polarization.points
        var tables = ReportTables()
        func scalar(_ name: String, _ value: Double?) {
            if let value, value.isFinite { scalars.append(MetricValue(name: name, value: value)) }
        }
        func daily(_ name: String, _ values: [Double]) {
            for (d, v) in values.enumerated() where v.isFinite { series.append(TimeseriesValue(name: name, day: d, value: v)) }
        }
        let mean = SampleMoments.mean

        // Activity over time and stickiness.
        let dau = retention.dailyActive().map(Double.init)
        let wau = retention.windowActive(window: 7).map(Double.init)
        let mau = retention.windowActive(window: 30).map(Double.init)
        let stickiness = zip(dau, mau).map { $1 > 0 ? $0 / $1 : 0 }
        daily("activity.wau", wau)
        daily("activity.mau", mau)
        daily("activity.stickiness", stickiness)
        scalar("activity.wau_mean", mean(wau))
        scalar("activity.mau_mean", mean(mau))
        scalar("activity.stickiness_mean", mean(stickiness))

        // Retention.
        for n in options.retentionDays {
            guard let r = retention.retention(afterDays: n) else { continue }
            scalar("retention.d\(n)", r.classic)
            scalar("retention.rolling_d\(n)", r.rolling)
        }
        tables.cohorts = retention.cohortTable()
        let lifetimes = retention.lifetimes()
        let survival = KaplanMeier(durations: lifetimes.durations, observed: lifetimes.observed)
        tables.kaplanMeier = survival.survival
        scalar("retention.inactivity_days", Double(retention.inactivityDays))
        scalar("retention.inactivity_churned", Double(survival.events))
        scalar("retention.inactivity_churned_share",
               lifetimes.durations.isEmpty ? nil : Double(survival.events) / Double(lifetimes.durations.count))
        scalar("retention.km_median_days", survival.median.map(Double.init))
        scalar("retention.km_survival_end", survival.survival.last)
        scalar("retention.churn_events", Double(retention.churnEvents))
        scalar("retention.return_events", Double(retention.returnEvents))
        let churnRates = retention.churnRates()
        daily("retention.churn_rate", churnRates)
        scalar("retention.churn_rate_mean", mean(churnRates))
        scalar("retention.return_time_mean_h", retention.returnTimeMeanHours)
        scalar("retention.session_depth_mean", sessionsEnded > 0 ? Double(impressionsShown) / Double(sessionsEnded) : nil)

        // Engagement per daily active user.
        let activeDays = dau.reduce(0, +)
        for (name, counts) in [("posts", postsPerDay), ("likes", likesPerDay), ("reposts", repostsPerDay)] {
            daily("engagement.\(name)_per_dau", zip(counts, dau).map { $1 > 0 ? Double($0) / $1 : 0 })
            scalar("engagement.\(name)_per_dau", activeDays > 0 ? Double(counts.reduce(0, +)) / activeDays : nil)
        }
        scalar("engagement.top1pct_author_attention_share", cascades.topAuthorAttentionShare())

        // Cascades.
        let all = cascades.cascades()
        if !all.isEmpty {
            let count = Double(all.count)
            scalar("cascades.count", count)
            scalar("cascades.size_mean", Double(all.reduce(0) { $0 + $1.size }) / count)
            scalar("cascades.size_max", Double(all.map(\.size).max() ?? 0))
            scalar("cascades.depth_mean", Double(all.reduce(0) { $0 + $1.depth }) / count)
            scalar("cascades.depth_max", Double(all.map(\.depth).max() ?? 0))
            scalar("cascades.breadth_mean", Double(all.reduce(0) { $0 + $1.breadth }) / count)
            scalar("cascades.breadth_max", Double(all.map(\.breadth).max() ?? 0))
            scalar("cascades.reshared_share", Double(all.filter { $0.size > 1 }.count) / count)
            tables.cascadeSizeCCDF = Self.ccdf(all.map(\.size))
            tables.cascadeDepthCCDF = Self.ccdf(all.map(\.depth))
            tables.cascadeBreadthCCDF = Self.ccdf(all.map(\.breadth))
            let top = all.sorted { ($0.size, $1.root) > ($1.size, $0.root) }.prefix(10)
            tables.topCascades = top.map {
                CascadeSummary(rootPost: $0.root, author: cascades.authorOf(UInt32($0.root)) ?? -1,
                               size: $0.size, depth: $0.depth, breadth: $0.breadth, text: nil)
            }
        }

        // Friendship paradox on the final graph, its emergence, GABM findings and tie strength.
        // Unchanged since the last snapshot (the usual end: a snapshot at the horizon), the final
        // graph's measure is that snapshot's.
        let final = !changedSinceParadoxMeasure ? paradox.lastMeasure
            : FriendshipParadoxSeries.measure(graph: graph, posts: cascades.postsBy, repostsReceived: cascades.repostsReceived)
        for (name, value) in final { scalar(name, value) }
        let finalWeak = final.first { $0.0 == "friendship_paradox.followees.followers.weak_fraction" }?.1
        scalars += paradox.emergence(finalWeak: finalWeak)
        scalars += FollowTieAnalysis.measure(graph: graph, posts: cascades.postsBy,
                                             interactionKeys: takeTieInteractionKeys())

        // Polarization at the last snapshot.
        for name in ["polarization.opinion_mean", "polarization.opinion_variance", "polarization.bimodality_coefficient",
                     "polarization.echo_chamber.following_correlation"] {
            scalar(name, polarization.points.last { $0.name == name }?.value)
        }
        scalar("polarization.echo_chamber.seen_correlation",
               polarization.seenCorrelation(stanceSums: seenStanceSum, counts: seenCount))
        tables.opinionBins = (0..<20).map { -1 + Double($0) * 0.1 }
        tables.opinionStart = PolarizationSeries.histogram(polarization.startOpinions)
        tables.opinionEnd = PolarizationSeries.histogram(polarization.endOpinions)
        tables.opinionEndDay = polarization.endDay

        // Degree distributions of the final graph.
        let csr = CSRGraph(followGraph: graph)
        let inDegrees = (0..<csr.nodeCount).map { csr.inDegree($0) }
        let outDegrees = (0..<csr.nodeCount).map { csr.outDegree($0) }
        tables.inDegreeDistribution = Self.counts(inDegrees)
        tables.outDegreeDistribution = Self.counts(outDegrees)
        tables.inDegreeFit = PowerLawFit.fit(inDegrees)
        tables.outDegreeFit = PowerLawFit.fit(outDegrees)
        return (RunMetrics(scalars: scalars, timeseries: series), tables)
    }

    /// P(X ≥ x) at every distinct x, ascending.
    static func ccdf(_ values: [Int]) -> [DistributionPoint] {
        let sorted = values.sorted()
        let n = Double(sorted.count)
        var points: [DistributionPoint] = []
        var i = 0
        while i < sorted.count {
            let x = sorted[i]
            points.append(DistributionPoint(x: Double(x), y: Double(sorted.count - i) / n))
            while i < sorted.count, sorted[i] == x { i += 1 }
        }
        return points
    }

    /// Number of values equal to each distinct value ≥ 1, ascending.
    static func counts(_ values: [Int]) -> [DistributionPoint] {
        var histogram: [Int: Int] = [:]
        for v in values where v >= 1 { histogram[v, default: 0] += 1 }
        return histogram.keys.sorted().map { DistributionPoint(x: Double($0), y: Double(histogram[$0]!)) }
    }

    /// The tie interaction keys, moved out of the pass (it keeps an empty array).
    private mutating func takeTieInteractionKeys() -> [UInt64] {
        var keys: [UInt64] = []
        swap(&keys, &tieInteractionKeys)
        return keys
    }
}
