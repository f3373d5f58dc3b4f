import AgoraCore
import AgoraTrace

/// Computes a run's report — friendship paradox over time, retention and survival, engagement
/// and cascades, polarization — from its trace, in one streaming pass (plus a pass over text
/// blocks only when the trace has post texts, to quote the largest cascades' roots).
///
/// The metrics are stored in the catalog at the end of a run (`WorldRunner`) and shown by
/// `agora report`; every name is listed in `docs/metrics.md`. Cost: O(events) plus one paradox
/// measure per daily snapshot; memory as `ReportPass`.
public enum ReportAnalysis {
    /// Parameters of the analysis.
    public struct Options: Sendable, Equatable {
        /// Days without a session after which an agent counts as churned (inactivity churn,
        /// Kaplan–Meier). Default 7.
        public var inactivityDays: Int
        /// The N of the N-day retention metrics. Default 1, 7, 14, 30.
        public var retentionDays: [Int]

        /// Creates options.
        public init(inactivityDays: Int = 7, retentionDays: [Int] = [1, 7, 14, 30]) {
            self.inactivityDays = max(1, inactivityDays)
            self.retentionDays = retentionDays.filter { $0 >= 1 }
        }
    }

    /// The report metrics (not the run metrics of `TraceAnalysis.runMetrics`) of the trace at `path`.
    /// - Throws: `TraceAnalysis.Failure` when the file is not a readable trace or a block is corrupted.
    public static func metrics(tracePath path: String, options: Options = Options()) throws(TraceAnalysis.Failure) -> RunMetrics {
        try analyse(tracePath: path, options: options, quoteTexts: false).metrics
    }

    /// The full report of the trace at `path`: the run metrics of `TraceAnalysis.runMetrics` (and
    /// whatever else it computes, such as `exposure.*`) merged with the report metrics and tables,
    /// from one pass over the trace (`TraceMetricsPass`).
    /// - Parameter runLabel: the run id shown in the report.
    /// - Throws: `TraceAnalysis.Failure` when the file is not a readable trace or a block is corrupted.
    public static func report(tracePath path: String, runLabel: String, options: Options = Options())
        throws(TraceAnalysis.Failure) -> RunReport
    {
        let pass = try TraceMetricsPass.run(tracePath: path, options: options, withRunMetrics: true, quoteTexts: true)
        var report = pass.report
        if let base = pass.runMetrics { report.metrics = base.merged(with: report.metrics) }
        report.runLabel = runLabel
        return report
    }

    static func analyse(tracePath path: String, options: Options, quoteTexts: Bool) throws(TraceAnalysis.Failure) -> RunReport {
        try TraceMetricsPass.run(tracePath: path, options: options, withRunMetrics: false, quoteTexts: quoteTexts).report
    }

    /// The texts of the given posts (text blocks only; events are skipped undecoded as text).
    static func postTexts(tracePath path: String, posts: Set<UInt32>) throws(TraceAnalysis.Failure) -> [UInt32: String] {
        var reader: TraceReader
        do { reader = try TraceReader(path: path) } catch { throw TraceAnalysis.Failure(description: error.description) }
        var texts: [UInt32: String] = [:]
        while let block = reader.nextBlock() {
            guard case .texts(let textBlock) = block else { continue }
            for (post, text) in zip(textBlock.posts, textBlock.texts) where posts.contains(post) { texts[post] = text }
        }
        return texts
    }
}

extension RunMetrics {
    /// These metrics with `other`'s added; where both have a scalar or series point of the same
    /// name (and day), `other`'s value wins.
    public func merged(with other: RunMetrics) -> RunMetrics {
        let names = Set(other.scalars.map(\.name))
        let seriesNames = Set(other.timeseries.map(\.name))
        return RunMetrics(scalars: scalars.filter { !names.contains($0.name) } + other.scalars,
                          timeseries: timeseries.filter { !seriesNames.contains($0.name) } + other.timeseries)
    }
}
