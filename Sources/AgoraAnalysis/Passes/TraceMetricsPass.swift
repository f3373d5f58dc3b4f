import AgoraCore
import AgoraTrace
import Dispatch

/// The one streaming pass over a trace behind every stored metric: each event block is decoded
/// once and handed to the report's consumer (`ReportPass`: follow graph, retention, cascades,
/// paradox, polarization) and — when asked — to the run-metric consumers (`RunMetricsAccumulator`
/// and `ExposureMetricsAccumulator`). The two groups share nothing, so they take each block on two
/// threads at once, and the report's thread then decodes the next block (that balances the two
/// threads at 1M agents); each consumer sees the blocks in trace order, so the results do not
/// depend on thread timing. The replayed follow graph of `ReportPass` is the run's
/// final graph, so the final-graph statistics need no second replay.
///
/// Cost: one read and decode of the trace, O(events) consumer work split over two threads, and
/// the memory of both consumers (see theirs).
struct TraceMetricsPass {
    /// What the pass produced.
    struct Output {
        /// Activity and exposure metrics (`TraceAnalysis.runMetrics`), when requested.
        var runMetrics: RunMetrics?
        /// The report (metrics with non-finite values dropped, and tables; no run label).
        var report: RunReport
        /// The directed statistics of the follow graph after the trace's last event (initial
        /// population plus arrivals), when requested.
        var finalGraphStatistics: GraphStatistics?
    }

    /// The BFS sampling of the final graph's statistics, when `run` is asked to compute them.
    struct FinalGraphRequest {
        /// Seed of the BFS source sample.
        var seed: UInt64
        /// Number of BFS sources.
        var sampleSize: Int
    }

    /// State that one thread owns while a block is consumed; see the type's comment for why
    /// the unchecked conformance holds (each box is touched by one closure per block, and blocks
    /// are consumed one after the other).
    private final class Box<Value>: @unchecked Sendable {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    /// The run-metric consumers — activity and exposure — fed together on one thread while the
    /// report's consumer has the other (and decodes the next block).
    private struct RunMetricsConsumers {
        var activity: RunMetricsAccumulator
        var exposure: ExposureMetricsAccumulator

        mutating func consume(_ block: TraceEventBlock) {
            for i in 0..<block.count {
                activity.consume(time: block.times[i], kind: block.kinds[i], agent: block.agents[i],
                                 value: block.values[i], extra: block.extras[i])
            }
            exposure.consume(block: block)
        }
    }

    /// Reads the trace at `path` once.
    /// - Parameters:
    ///   - withRunMetrics: also compute the activity and exposure metrics.
    ///   - quoteTexts: look up the texts of the largest cascades' roots (a second pass over text
    ///     blocks only, when the trace has texts).
    ///   - finalGraphStatistics: also compute the final graph's directed statistics (in parallel
    ///     with the consumers' finishing steps).
    /// - Throws: `TraceAnalysis.Failure` when the file is not a readable trace or a block is corrupted.
    static func run(tracePath path: String, options: ReportAnalysis.Options, withRunMetrics: Bool,
                    quoteTexts: Bool, finalGraphStatistics: FinalGraphRequest? = nil) throws(TraceAnalysis.Failure) -> Output {
        var reader: TraceReader
        do { reader = try TraceReader(path: path) } catch { throw TraceAnalysis.Failure(description: error.description) }
        let horizon = SimTime(milliseconds: reader.header.horizonMilliseconds)
        let report = Box(ReportPass(header: reader.header, agents: reader.agents, initialGraph: reader.initialGraph,
                                    inactivityDays: options.inactivityDays))
        let runConsumers: Box<RunMetricsConsumers?>? = withRunMetrics ? Box(RunMetricsConsumers(
            activity: RunMetricsAccumulator(agentCount: reader.header.agentCount, horizon: horizon),
            exposure: ExposureMetricsAccumulator(initialGraph: reader.initialGraph, topicCount: reader.header.topicCount,
                                                 horizon: horizon))) : nil
        // Two threads per block: the report's consumer, which then decodes the next block, and the
        // run-metric consumers; without run metrics the second thread only decodes. The reader is
        // touched by one closure at a time.
        let source = Box(reader)
        let next = Box(source.value.nextEventBlock())
        while let block = next.value {
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                if part == 0 {
                    report.value.consume(block)
                    if runConsumers != nil { next.value = source.value.nextEventBlock() }
                } else if let runConsumers {
                    runConsumers.value!.consume(block)
                } else {
                    next.value = source.value.nextEventBlock()
                }
            }
        }
        reader = source.value
        if case .corrupted(let error) = reader.outcome { throw TraceAnalysis.Failure(description: error.description) }
        // The consumers' finishing steps (mostly serial) run on a worker while this thread computes
        // the final graph's statistics, whose own parallel loops then are not nested inside another
        // one (GCD runs a nested loop on one thread). The snapshots' paradox measures finish first:
        // each holds a CSR copy of the graph, and so do the statistics (at 1M agents, the three
        // at once raised the peak memory from 860 to 940 MB).
        _ = report.value.paradoxMeasures.finishedSeries()
        let finalGraph = report.value.graph
        var ((metrics, tables, runMetrics), statistics) = SideBySide.run({
            // The run-metric consumers first, without copying their records, and then dropped,
            // so that their memory is back before the statistics reach their peak.
            var runMetrics: RunMetrics?
            if let runConsumers, var consumers = runConsumers.value {
                runConsumers.value = nil
                let activityMetrics = consumers.activity.finish()
                let exposed = consumers.exposure.finishInPlace()
                runMetrics = RunMetrics(scalars: activityMetrics.scalars + exposed.scalars,
                                        timeseries: activityMetrics.timeseries + exposed.timeseries)
            }
            let (metrics, tables) = report.value.finish(options: options)
            return (metrics, tables, runMetrics)
        }, alongside: {
            finalGraphStatistics.map {
                GraphStatistics.compute(graph: finalGraph, directed: true, seed: $0.seed, sampleSize: $0.sampleSize)
            }
        })
        if quoteTexts, reader.textBlocksRead > 0, !tables.topCascades.isEmpty {
            let texts = try ReportAnalysis.postTexts(tracePath: path, posts: Set(tables.topCascades.map { UInt32($0.rootPost) }))
            for i in tables.topCascades.indices { tables.topCascades[i].text = texts[UInt32(tables.topCascades[i].rootPost)] }
        }
        metrics = RunMetrics(scalars: metrics.scalars.filter { $0.value.isFinite },
                             timeseries: metrics.timeseries.filter { $0.value.isFinite })
        let runReport = RunReport(worldName: reader.header.worldName, runLabel: "", configHash: reader.header.configHash,
                                  seed: reader.header.seed, days: report.value.days,
                                  traceComplete: reader.outcome.isComplete, metrics: metrics, tables: tables)
        return Output(runMetrics: runMetrics, report: runReport, finalGraphStatistics: statistics)
    }
}
