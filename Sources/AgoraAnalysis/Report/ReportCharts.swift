import Foundation

/// The charts of a run report, built from its metrics and tables (titles, axis labels, units).
enum ReportCharts {
    static func series(_ report: RunReport, _ name: String) -> [(x: Double, y: Double)] {
        report.metrics.timeseries.filter { $0.name == name }.map { (Double($0.day), $0.value) }
    }

    static func degreeDistribution(_ report: RunReport) -> SVGChart {
        var chart = SVGChart(title: "Follow-graph degree distribution at the end of the run",
                             xLabel: "degree k (followers or followees, log scale)",
                             yLabel: "agents with degree k (log scale)", xScale: .log, yScale: .log)
        let t = report.tables
        chart.series.append(.init(name: "in-degree (followers)", points: t.inDegreeDistribution.map { ($0.x, $0.y) }, style: .points))
        chart.series.append(.init(name: "out-degree (followees)", points: t.outDegreeDistribution.map { ($0.x, $0.y) }, style: .points))
        if let fit = t.inDegreeFit, let maxK = t.inDegreeDistribution.last?.x, maxK > Double(fit.xmin) {
            let norm = HurwitzZeta.value(s: fit.alpha, q: Double(fit.xmin))
            let ks = stride(from: log10(Double(fit.xmin)), through: log10(maxK), by: max(0.05, (log10(maxK) - log10(Double(fit.xmin))) / 40))
            let points = ks.map { lk -> (x: Double, y: Double) in
                let k = pow(10, lk)
                return (k, Double(fit.tailSize) * pow(k, -fit.alpha) / norm)
            }
            chart.series.append(.init(name: String(format: "power-law fit, in: α=%.2f, kmin=%d", fit.alpha, fit.xmin),
                                      points: points, style: .fit))
        }
        return chart
    }

    static func friendshipParadox(_ report: RunReport) -> SVGChart {
        var chart = SVGChart(title: "Friendship paradox over the run (daily snapshots)", xLabel: "simulated day",
                             yLabel: "share of agents (0–1)", yRange: 0...1)
        let variants: [(String, String)] = [
            ("followees × followers, weak", "friendship_paradox.followees.followers.weak_fraction"),
            ("followees × followers, strong", "friendship_paradox.followees.followers.strong_fraction"),
            ("followers × followers, weak", "friendship_paradox.followers.followers.weak_fraction"),
            ("followees × posts, weak", "friendship_paradox.followees.posts.weak_fraction"),
            ("followees × reposts received, weak", "friendship_paradox.followees.reposts_received.weak_fraction"),
        ]
        for (label, name) in variants { chart.series.append(.init(name: label, points: series(report, name), style: .line)) }
        return chart
    }

    static func activity(_ report: RunReport) -> SVGChart {
        var chart = SVGChart(title: "Daily, weekly and monthly active users", xLabel: "simulated day", yLabel: "active agents")
        for (label, name) in [("DAU", "activity.dau"), ("WAU (7 days)", "activity.wau"), ("MAU (30 days)", "activity.mau")] {
            chart.series.append(.init(name: label, points: series(report, name), style: .line))
        }
        return chart
    }

    /// The retention cohort table: one row per join day, one column per day since joining, the
    /// cell's shade the share of the cohort active that day, its percentage written in the cell.
    static func retention(_ report: RunReport) -> SVGHeatmap {
        let rows = report.tables.cohorts
        let columns = rows.map(\.retained.count).max() ?? 0
        return SVGHeatmap(
            title: "Retention by join-day cohort (share active, days since joining)",
            rowLabels: rows.map { "day \($0.joinDay) (\($0.agents))" },
            columnLabels: (0..<columns).map(String.init),
            cells: rows.map { row in
                row.retained.enumerated().map { k, share in
                    SVGHeatmap.Cell(shade: share, text: "\(Int((share * 100).rounded()))",
                                    tooltip: "join day \(row.joinDay), day +\(k): \(String(format: "%.1f", share * 100))%")
                }
            },
            caption: "days since joining (cell: % of the cohort active that day)")
    }

    static func survival(_ report: RunReport) -> SVGChart {
        let days = report.metrics["retention.inactivity_days"].map { Int($0) } ?? 7
        var chart = SVGChart(title: "Kaplan–Meier survival of user lifetime (churn = \(days)+ days inactive)",
                             xLabel: "lifetime (days since joining)", yLabel: "share still active (0–1)", yRange: 0...1)
        chart.series.append(.init(name: "S(t)", points: report.tables.kaplanMeier.enumerated().map { (Double($0.offset), $0.element) }, style: .line))
        return chart
    }

    static func cascades(_ report: RunReport) -> SVGChart {
        var chart = SVGChart(title: "Cascade size, depth and breadth (CCDF)", xLabel: "x (posts or levels, log scale)",
                             yLabel: "P(X ≥ x) (log scale)", xScale: .log, yScale: .log)
        let t = report.tables
        chart.series.append(.init(name: "size", points: t.cascadeSizeCCDF.map { ($0.x, $0.y) }, style: .line))
        chart.series.append(.init(name: "depth", points: t.cascadeDepthCCDF.map { ($0.x, $0.y) }, style: .line))
        chart.series.append(.init(name: "breadth", points: t.cascadeBreadthCCDF.map { ($0.x, $0.y) }, style: .line))
        return chart
    }

    static func opinions(_ report: RunReport) -> SVGChart {
        let t = report.tables
        var chart = SVGChart(title: "Opinion distribution at the start and at the end", xLabel: "opinion (bin centre, −1 to 1)",
                             yLabel: "agents")
        let centres = t.opinionBins.map { $0 + 0.05 }
        chart.series.append(.init(name: "start", points: zip(centres, t.opinionStart).map { ($0, Double($1)) }, style: .bars))
        chart.series.append(.init(name: t.opinionEndDay >= 0 ? "end (snapshot of day \(t.opinionEndDay))" : "end",
                                  points: zip(centres, t.opinionEnd).map { ($0, Double($1)) }, style: .bars))
        return chart
    }

    static func polarization(_ report: RunReport) -> SVGChart {
        var chart = SVGChart(title: "Polarization over the run (daily snapshots)", xLabel: "simulated day", yLabel: "value (unitless)")
        for (label, name) in [("opinion variance", "polarization.opinion_variance"),
                              ("bimodality coefficient", "polarization.bimodality_coefficient"),
                              ("echo chamber: opinion vs followees' mean", "polarization.echo_chamber.following_correlation")] {
            chart.series.append(.init(name: label, points: series(report, name), style: .line))
        }
        return chart
    }

    static func engagement(_ report: RunReport) -> SVGChart {
        var chart = SVGChart(title: "Engagement per daily active user", xLabel: "simulated day", yLabel: "events per active agent")
        for (label, name) in [("posts", "engagement.posts_per_dau"), ("likes", "engagement.likes_per_dau"),
                              ("reposts", "engagement.reposts_per_dau")] {
            chart.series.append(.init(name: label, points: series(report, name), style: .line))
        }
        return chart
    }

    /// Exposure series that are shares in [0, 1] (coverage, Gini, diversity, in-network share…), so
    /// they share one axis; counts and unbounded scores (feeds, impressions, average popularity,
    /// novelty) stay in the table of scalars.
    static func exposure(_ report: RunReport) -> SVGChart {
        var chart = SVGChart(title: "Exposure metrics over the run", xLabel: "simulated day", yLabel: "share (0–1)")
        let unbounded: Set<String> = ["exposure.feeds", "exposure.impressions", "exposure.average_popularity", "exposure.novelty"]
        let names = Array(Set(report.metrics.timeseries.map(\.name).filter { $0.hasPrefix("exposure.") && !unbounded.contains($0) })).sorted()
        for name in names { chart.series.append(.init(name: name, points: series(report, name), style: .line)) }
        return chart
    }
}
