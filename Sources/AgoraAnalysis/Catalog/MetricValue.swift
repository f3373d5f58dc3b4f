/// A named scalar metric of a run, under the stable dotted names `MetricCatalog` declares (and
/// docs/metrics.md lists).
public struct MetricValue: Equatable, Sendable, Codable {
    /// Dotted metric name, e.g. `activity.dau_mean`.
    public let name: String
    /// The value.
    public var value: Double

    /// The value of a declared metric: the only way to make one, so that no code can produce a
    /// value of an undeclared metric.
    public init(_ metric: MetricDefinition, value: Double) {
        name = metric.name
        self.value = value
    }
}

/// One point of a metric's time series, e.g. DAU on day 3.
public struct TimeseriesValue: Equatable, Sendable, Codable {
    /// Dotted series name, e.g. `activity.dau`.
    public let name: String
    /// Simulated day index (0-based) the point describes.
    public var day: Int
    /// The value.
    public var value: Double

    /// A point of a declared metric's series: the only way to make one (see `MetricValue`).
    public init(_ metric: MetricDefinition, day: Int, value: Double) {
        name = metric.name
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

    /// The value of a scalar metric by name, if present. O(scalars).
    public subscript(name: String) -> Double? {
        scalars.first { $0.name == name }?.value
    }

    /// The value of a declared scalar metric, if present (`metrics[.activitySessions]`). O(scalars).
    public subscript(metric: MetricDefinition) -> Double? {
        self[metric.name]
    }
}
