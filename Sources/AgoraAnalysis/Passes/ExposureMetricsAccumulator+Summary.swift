import AgoraCore

extension ExposureMetricsAccumulator {
    /// The metrics of everything consumed so far: run scalars and one point per day and metric.
    /// The accumulator can go on consuming afterwards (it works on a copy: O(posts) memory).
    public func finish() -> RunMetrics {
        var copy = self
        return copy.finishInPlace()
    }

    /// `finish()` without copying the per-post and per-author records (hundreds of megabytes at
    /// 10M agents): folds the open feed and the last days into the accumulator itself, so call it
    /// once, after the last event.
    public mutating func finishInPlace() -> RunMetrics {
        flushFeed()
        closeDay(upTo: dayCount)
        let shown = posts.indices.filter { posts[$0].impressions > 0 }.map { UInt32($0) }
        let shownAuthors = authors.indices.filter { authors[$0].impressions > 0 }.map { UInt32($0) }
        let postRecords = posts, authorRecords = authors
        let values = summarize(totals: run, shown: shown, count: { postRecords[Int($0)].impressions },
                               tailWeight: { postRecords[Int($0)].tailWeight }, authors: shownAuthors,
                               authorCount: { authorRecords[Int($0)].impressions })
        let scalars = zip(MetricCatalog.exposureMetrics, values).map { MetricValue($0.0, value: $0.1) }
        return RunMetrics(scalars: scalars, timeseries: series)
    }

    /// Summarizes every day before `day` that is still open, and starts `day`.
    mutating func closeDay(upTo day: Int) {
        while currentDay < day {
            if currentDay >= 0 {
                let stampDay = currentDay
                let values = summarize(totals: today, shown: dayShown, count: { posts[Int($0)].dayImpressions },
                                       tailWeight: { posts[Int($0)].dayTailWeight }, authors: dayAuthors,
                                       authorCount: { authors[Int($0)].dayImpressions })
                for (metric, value) in zip(MetricCatalog.exposureMetrics, values) {
                    series.append(TimeseriesValue(metric, day: stampDay, value: value))
                }
            }
            currentDay += 1
            today = ExposureTotals()
            dayShown.removeAll(keepingCapacity: true)
            dayAuthors.removeAll(keepingCapacity: true)
        }
    }

    /// The metric values (in `MetricCatalog.exposureMetrics` order) of one period.
    func summarize(totals: ExposureTotals, shown: [UInt32], count: (UInt32) -> UInt32, tailWeight: (UInt32) -> Double,
                   authors: [UInt32], authorCount: (UInt32) -> UInt32) -> [Double] {
        let catalogue = posts.count
        let feeds = Double(totals.feeds)
        let impressions = Double(totals.impressions)
        guard totals.feeds > 0, catalogue > 0 else {
            return [0, 0, 0, 0, 0, 0, 0, 0, feeds, impressions]
        }
        let coverage = Double(shown.count) / Double(catalogue)
        let gini = Self.gini(ascendingCounts: shown.map { Double(count($0)) }.sorted(), catalogue: catalogue)
        let tail = tailItems()
        var tailSum = 0.0
        for post in shown where tail[Int(post)] { tailSum += tailWeight(post) }
        let top = Int((topAuthorRatio * Double(graph.nodeCount)).rounded(.up))
        let topSum = authors.map { Double(authorCount($0)) }.sorted(by: >).prefix(max(1, top)).reduce(0, +)
        return [
            coverage, gini, totals.meanPopularitySum / feeds, tailSum / feeds,
            totals.diverseFeeds > 0 ? totals.diversitySum / Double(totals.diverseFeeds) : 0,
            totals.noveltySum / impressions, Double(totals.inNetwork) / impressions, topSum / impressions,
            feeds, impressions,
        ]
    }

    /// Flags of the tail items: the max(⌊tailRatio·|I|⌋, 1) posts with the lowest
    /// (popularity, id), as RecBole's TailPercentage sorts them. O(|I| log |I|).
    func tailItems() -> [Bool] {
        let catalogue = posts.count
        let cut = max(Int(Double(catalogue) * tailRatio), 1)
        let order = (0..<catalogue).sorted { (posts[$0].popularity, $0) < (posts[$1].popularity, $1) }
        var flags = [Bool](repeating: false, count: catalogue)
        for index in order.prefix(cut) { flags[index] = true }
        return flags
    }

    /// RecBole's GiniIndex: `Σ_k (2k − n − 1)·P(k) / (n · Σ P)` over the n catalogue items sorted
    /// by impressions ascending, where the items never shown are the first `n − m` (zeros) and
    /// `ascendingCounts` holds the m shown ones.
    public static func gini(ascendingCounts: [Double], catalogue n: Int) -> Double {
        let m = ascendingCounts.count
        let total = ascendingCounts.reduce(0, +)
        guard n > 0, total > 0 else { return 0 }
        var sum = 0.0
        for (offset, value) in ascendingCounts.enumerated() {
            let k = Double(n - m + offset + 1)
            sum += (2 * k - Double(n) - 1) * value
        }
        return sum / (Double(n) * total)
    }
}
