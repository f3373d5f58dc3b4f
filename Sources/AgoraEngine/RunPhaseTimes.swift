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

    /// Creates the record from its four measured phases.
    public init(buildSeconds: Double, simulateSeconds: Double, traceFinishSeconds: Double, metricsSeconds: Double) {
        self.buildSeconds = buildSeconds
        self.simulateSeconds = simulateSeconds
        self.traceFinishSeconds = traceFinishSeconds
        self.metricsSeconds = metricsSeconds
    }

    enum CodingKeys: String, CodingKey {
        case buildSeconds = "build_seconds", simulateSeconds = "simulate_seconds"
        case traceFinishSeconds = "trace_finish_seconds", metricsSeconds = "metrics_seconds"
    }
}
