/// A named scalar metric of a run, under the stable dotted names listed in `docs/metrics.md`.
public struct MetricValue: Equatable, Sendable, Codable {
    /// Dotted metric name, e.g. `activity.dau_mean`.
    public var name: String
    /// The value.
    public var value: Double

    /// Creates a metric.
    public init(name: String, value: Double) {
        self.name = name
        self.value = value
    }
}

/// One point of a metric's time series, e.g. DAU on day 3.
public struct TimeseriesValue: Equatable, Sendable, Codable {
    /// Dotted series name, e.g. `activity.dau`.
    public var name: String
    /// Simulated day index (0-based) the point describes.
    public var day: Int
    /// The value.
    public var value: Double

    /// Creates a point.
    public init(name: String, day: Int, value: Double) {
        self.name = name
        self.day = day
        self.value = value
    }
}

/// Everything computed from one trace: scalars sorted by name, series sorted by (name, day).
public struct RunMetrics: Equatable, Sendable, Codable {
    /// Scalar metrics, sorted by name.
    public var scalars: [MetricValue]
    /// Time series points, sorted by name then day.
    public var timeseries: [TimeseriesValue]

    /// Creates metrics (sorting both lists).
    public init(scalars: [MetricValue], timeseries: [TimeseriesValue]) {
        self.scalars = scalars.sorted { $0.name < $1.name }
        self.timeseries = timeseries.sorted { ($0.name, $0.day) < ($1.name, $1.day) }
    }

    /// The value of a scalar metric by name, if present.
    public subscript(name: String) -> Double? {
        scalars.first { $0.name == name }?.value
    }
}
