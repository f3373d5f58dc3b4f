import AgoraCore
import AgoraTrace

/// Entry points that compute metrics from a trace file (docs/architecture.md, "Contracts": metrics come from the trace,
/// so an old trace can be re-analysed).
public enum TraceAnalysis {
    /// Why a trace could not be analysed.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// A sentence naming the file and what went wrong.
        public var description: String
    }

    /// The run metrics of the trace at `path` — activity (`RunMetricsAccumulator`) and exposure
    /// (`ExposureMetricsAccumulator`) — in one streaming pass.
    /// A truncated trace is analysed up to its last complete block; a corrupted one is an error.
    /// - Throws: `Failure` when the file is not a readable trace or a block is corrupted.
    public static func runMetrics(tracePath path: String) throws(Failure) -> RunMetrics {
        var reader: TraceReader
        do { reader = try TraceReader(path: path) } catch { throw Failure(description: error.description) }
        let horizon = SimTime(milliseconds: reader.header.horizonMilliseconds)
        var accumulator = RunMetricsAccumulator(agentCount: reader.header.agentCount, horizon: horizon)
        var exposure = ExposureMetricsAccumulator(initialGraph: reader.initialGraph, topicCount: reader.header.topicCount,
                                                  horizon: horizon)
        while let block = reader.nextEventBlock() {
            for i in 0..<block.count {
                accumulator.consume(time: block.times[i], kind: block.kinds[i], agent: block.agents[i],
                                    value: block.values[i], extra: block.extras[i])
            }
            exposure.consume(block: block)
        }
        if case .corrupted(let error) = reader.outcome { throw Failure(description: error.description) }
        let activity = accumulator.finish()
        let exposed = exposure.finishInPlace()
        return RunMetrics(scalars: activity.scalars + exposed.scalars, timeseries: activity.timeseries + exposed.timeseries)
    }
}
