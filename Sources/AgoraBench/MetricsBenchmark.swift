import AgoraAnalysis
import ArgumentParser
import Foundation

/// `agora-bench metrics TRACE`: how long the metrics that `agora run` stores take to compute from
/// an existing trace (`TraceAnalysis.storedMetrics`: the streaming pass plus the final graph's
/// statistics) — the run's `metrics` phase on its own, so that changes to it can be timed as
/// alternating runs without simulating again. Prints one JSON object with the median and min–max
/// seconds, events per second of the median, and a digest of the metric values, so that two
/// builds can be checked to store the same numbers.
struct MetricsBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "Time the stored metrics of a trace (the metrics phase of agora run)."
    )

    @Argument(help: "A trace file (agora run writes OUT/<run-id>/trace.agtrace).")
    var trace: String
    @Option(help: "Timed runs.")
    var runs = 3
    @Option(help: "The run's seed (picks the BFS sources of the distance statistics).")
    var seed: UInt64 = 1

    func run() throws {
        var timer = BenchmarkTimer()
        var metrics: RunMetrics?
        try timer.measure(runs: runs, warmups: 0) { metrics = try TraceAnalysis.storedMetrics(tracePath: trace, seed: seed) }
        let stored = metrics ?? RunMetrics(scalars: [], timeseries: [])
        let events = Int(stored[.eventsTotal] ?? 0)   // counted by the activity metrics
        print("{\"trace\": \"\(trace)\", \"runs\": \(runs), \"events\": \(events), "
            + "\"seconds_median\": \(timer.median), \"seconds_min\": \(timer.min), \"seconds_max\": \(timer.max), "
            + "\"events_per_second_median\": \(Double(events) / timer.median), "
            + "\"scalars\": \(stored.scalars.count), \"timeseries_points\": \(stored.timeseries.count), "
            + "\"values_digest\": \"\(digest(of: stored))\"}")
    }

    /// FNV-1a over every metric's name and exact bit pattern, in name order: equal digests mean
    /// the same stored numbers.
    private func digest(of metrics: RunMetrics) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) { for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 } }
        for scalar in metrics.scalars.sorted(by: { $0.name < $1.name }) {
            mix(scalar.name.utf8)
            withUnsafeBytes(of: scalar.value.bitPattern.littleEndian) { mix($0) }
        }
        for point in metrics.timeseries.sorted(by: { ($0.name, $0.day) < ($1.name, $1.day) }) {
            mix(point.name.utf8)
            withUnsafeBytes(of: point.day.littleEndian) { mix($0) }
            withUnsafeBytes(of: point.value.bitPattern.littleEndian) { mix($0) }
        }
        return String(hash, radix: 16)
    }
}
