import Foundation

/// Where a run's wall-clock time went, phase by phase, so a user (and `make bench`) can tell the
/// simulation's own speed from the set-up around it and the metrics computed after it. Written
/// under `phases` in `summary.json`; never in the trace, which holds no wall-clock figures.
public struct RunPhaseTimes: Codable, Equatable, Sendable {
    /// Seconds to build the world: population, initial graph, LLM set-up, trace header (the
    /// initial graph is encoded into it).
    public var buildSeconds: Double
    /// Seconds of simulation: the scheduler from the first event to the horizon, including the
    /// final snapshot, with every event handed to the trace writer.
    public var simulateSeconds: Double
    /// Seconds to flush the trace (the writer's last blocks and footer) and checksum the file.
    public var traceFinishSeconds: Double
    /// Seconds to compute the stored metrics from the trace (activity, exposure, report and
    /// final-graph metrics).
    public var metricsSeconds: Double
    /// The process's peak resident memory when the trace was finished (world, simulation and
    /// trace writer still alive), in bytes; nil where the platform does not say.
    public var simulationPeakRSSBytes: Int?
    /// The process's peak resident memory at the end of the run (after the metrics), in bytes.
    public var peakRSSBytes: Int?

    /// Creates the record from its four measured phases and the two peak-memory readings.
    public init(buildSeconds: Double, simulateSeconds: Double, traceFinishSeconds: Double, metricsSeconds: Double,
                simulationPeakRSSBytes: Int? = nil, peakRSSBytes: Int? = nil) {
        self.buildSeconds = buildSeconds
        self.simulateSeconds = simulateSeconds
        self.traceFinishSeconds = traceFinishSeconds
        self.metricsSeconds = metricsSeconds
        self.simulationPeakRSSBytes = simulationPeakRSSBytes
        self.peakRSSBytes = peakRSSBytes
    }

    /// The process's peak resident set size so far (`getrusage`), in bytes.
    static func currentPeakRSSBytes() -> Int? {
        var usage = rusage()
        #if os(Linux)
        guard getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0 else { return nil }
        return Int(usage.ru_maxrss) * 1024   // kilobytes on Linux
        #else
        guard getrusage(RUSAGE_SELF, &usage) == 0 else { return nil }
        return Int(usage.ru_maxrss)          // bytes on macOS
        #endif
    }

    enum CodingKeys: String, CodingKey {
        case buildSeconds = "build_seconds", simulateSeconds = "simulate_seconds"
        case traceFinishSeconds = "trace_finish_seconds", metricsSeconds = "metrics_seconds"
        case simulationPeakRSSBytes = "simulation_peak_rss_bytes", peakRSSBytes = "peak_rss_bytes"
    }
}
