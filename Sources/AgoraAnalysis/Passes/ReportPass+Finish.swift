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
        func scalar(_ metric: MetricDefinition, _ value: Double?) {
            if let value, value.isFinite { scalars.append(MetricValue(metric, value: value)) }
        }
        func daily(_ metric: MetricDefinition, _ values: [Double]) {
            for (d, v) in values.enumerated() where v.isFinite { series.append(TimeseriesValue(metric, day: d, value: v)) }
        }
        let mean = SampleMoments.mean

        // Activity over time and stickiness.
        let dau = retention.dailyActive().map(Double.init)
        let wau = retention.windowActive(window: 7).map(Double.init)
        let mau = retention.windowActive(window: 30).map(Double.init)
        let stickiness = zip(dau, mau).map { $1 > 0 ? $0 / $1 : 0 }
        daily(.activityWAU, wau)
        daily(.activityMAU, mau)
        daily(.activityStickiness, stickiness)
        scalar(.activityWAUMean, mean(wau))
        scalar(.activityMAUMean, mean(mau))
        scalar(.activityStickinessMean, mean(stickiness))

        // Retention.
        for n in options.retentionDays {
            guard let r = retention.retention(afterDays: n) else { continue }
            scalar(.retention(days: n), r.classic)
            scalar(.rollingRetention(days: n), r.rolling)
        }
        tables.cohorts = retention.cohortTable()
        let lifetimes = retention.lifetimes()
        let survival = KaplanMeier(durations: lifetimes.durations, observed: lifetimes.observed)
        tables.kaplanMeier = survival.survival
        scalar(.retentionInactivityDays, Double(retention.inactivityDays))
        scalar(.retentionInactivityChurned, Double(survival.events))
        scalar(.retentionInactivityChurnedShare,
               lifetimes.durations.isEmpty ? nil : Double(survival.events) / Double(lifetimes.durations.count))
        scalar(.retentionKMMedianDays, survival.median.map(Double.init))
        scalar(.retentionKMSurvivalEnd, survival.survival.last)
        scalar(.retentionChurnEvents, Double(retention.churnEvents))
        scalar(.retentionReturnEvents, Double(retention.returnEvents))
        let churnRates = retention.churnRates()
        daily(.retentionChurnRate, churnRates)
        scalar(.retentionChurnRateMean, mean(churnRates))
        scalar(.retentionReturnTimeMean, retention.returnTimeMeanHours)
        scalar(.retentionSessionDepthMean, sessionsEnded > 0 ? Double(impressionsShown) / Double(sessionsEnded) : nil)

        // Engagement per daily active user.
        let activeDays = dau.reduce(0, +)
        for (metric, counts) in [(MetricDefinition.engagementPostsPerDAU, postsPerDay), (.engagementLikesPerDAU, likesPerDay),
                                 (.engagementRepostsPerDAU, repostsPerDay)] {
            daily(metric, zip(counts, dau).map { $1 > 0 ? Double($0) / $1 : 0 })
            scalar(metric, activeDays > 0 ? Double(counts.reduce(0, +)) / activeDays : nil)
        }
        scalar(.engagementTopAuthorAttentionShare, cascades.topAuthorAttentionShare())

        // Cascades.
        let all = cascades.cascades()
        if !all.isEmpty {
            let count = Double(all.count)
            scalar(.cascadesCount, count)
            scalar(.cascadesSizeMean, Double(all.reduce(0) { $0 + $1.size }) / count)
            scalar(.cascadesSizeMax, Double(all.map(\.size).max() ?? 0))
            scalar(.cascadesDepthMean, Double(all.reduce(0) { $0 + $1.depth }) / count)
            scalar(.cascadesDepthMax, Double(all.map(\.depth).max() ?? 0))
            scalar(.cascadesBreadthMean, Double(all.reduce(0) { $0 + $1.breadth }) / count)
            scalar(.cascadesBreadthMax, Double(all.map(\.breadth).max() ?? 0))
            scalar(.cascadesResharedShare, Double(all.filter { $0.size > 1 }.count) / count)
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
        for measured in final { scalar(measured.metric, measured.value) }
        let finalWeak = final.first { $0.metric == FriendshipParadoxSeries.emergenceMetric }?.value
        scalars += paradox.emergence(finalWeak: finalWeak)
        scalars += FollowTieAnalysis.measure(graph: graph, posts: cascades.postsBy,
                                             interactionKeys: takeTieInteractionKeys())

        // Polarization at the last snapshot.
        for metric in MetricCatalog.snapshotPolarizationMetrics {
            scalar(metric, polarization.points.last { $0.name == metric.name }?.value)
        }
        scalar(.polarizationSeenCorrelation, polarization.seenCorrelation(stanceSums: seenStanceSum, counts: seenCount))
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
