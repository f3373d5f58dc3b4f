/// One stored metric as `MetricCatalog` declares it: its stable dotted name, unit, the pass that
/// computes it, where it is stored, whether a run always has it, and its definition.
///
/// Definitions are the typed keys of the metrics: the analysis code writes every value through
/// one (`MetricValue(.activitySessions, value:)`), and readers ask for one
/// (`metrics[.activitySessions]`), so a metric name is spelled once, in its definition. Plain
/// metrics are static constants (`MetricDefinition.exposureGini`); the members of a parameterised
/// family (`events.<kind>`, `retention.d<N>`, …) come from a static function of the parameter
/// (`MetricDefinition.events(.like)`), listed as one `MetricFamily` by the catalog.
public struct MetricDefinition: Sendable, Hashable, CustomStringConvertible {
    /// What a value measures, as printed in docs/metrics.md's unit column.
    public enum Unit: String, Sendable, CaseIterable {
        /// A number of things (events, agents, posts, edges, tokens), or a mean of such numbers.
        case count
        /// A fraction between 0 and 1 (or a difference of two).
        case share
        /// A dimensionless score (Gini index, bimodality coefficient, Kolmogorov–Smirnov distance).
        case index
        /// A fitted power-law exponent.
        case exponent
        /// A correlation coefficient between −1 and 1.
        case correlation
        /// An opinion, between −1 and 1.
        case opinion
        /// The square of an opinion (a variance).
        case opinionSquared = "opinion²"
        /// Self-information, in bits.
        case bits
        /// A distance in the follow graph, in edges.
        case hops
        /// Simulated seconds.
        case seconds
        /// Simulated hours.
        case hours
        /// A number of simulated days.
        case days
        /// A simulated day index (0-based; −1 for none).
        case day = "day index"
    }

    /// The pass that computes a metric (docs/metrics.md's "computed by").
    public enum Pass: String, Sendable, CaseIterable {
        /// `RunMetricsAccumulator`: event counts and activity, from the trace.
        case activity = "RunMetricsAccumulator"
        /// `ExposureMetricsAccumulator`: what the feeds showed, from the trace.
        case exposure = "ExposureMetricsAccumulator"
        /// `ReportPass`: retention, engagement, cascades, friendship paradox and polarization,
        /// from the trace.
        case report = "ReportPass"
        /// `TraceAnalysis.finalGraphMetrics`: the network statistics of the follow graph at the
        /// end of the trace.
        case finalGraph = "TraceAnalysis.finalGraphMetrics"
        /// The engine's `LLMUsageLedger`: how LLM-driven agents decided (not in the trace); only
        /// worlds with `policy: llm` types store these.
        case llmUsage = "LLMUsageLedger"

        /// The passes every completed run stores, in the order the trace analysis runs them.
        public static let fromTrace: [Pass] = [.activity, .exposure, .report, .finalGraph]
    }

    /// Where a finished run stores a metric in the catalog.
    public enum Storage: String, Sendable {
        /// One value, in the `metrics` table.
        case scalar
        /// One value per day or snapshot day, in the `timeseries` table.
        case series
        /// Both: a scalar for the run and a series under the same name.
        case scalarAndSeries = "scalar + series"

        /// Whether the `metrics` table holds the metric.
        public var hasScalar: Bool { self != .series }
        /// Whether the `timeseries` table holds the metric.
        public var hasSeries: Bool { self != .scalar }
    }

    /// Whether every run of the metric's pass stores the metric.
    public enum Presence: String, Sendable {
        /// Always stored (zeros included).
        case always
        /// Left out of a run where its value is undefined (no eligible agents, no edges, a
        /// constant sample, …), rather than stored as a made-up number.
        case whenDefined = "when defined"
    }

    /// The stable dotted name, e.g. `activity.dau_mean`.
    public let name: String
    /// What the value measures.
    public let unit: Unit
    /// The pass that computes it.
    public let pass: Pass
    /// Which catalog tables hold it.
    public let storage: Storage
    /// Whether every run of its pass stores it.
    public let presence: Presence
    /// One line for report tables (`report.html`, `report.md`, `report.json`).
    public let summary: String
    /// The full definition, as docs/metrics.md prints it (Markdown; shared by a family's members).
    public let definition: String

    /// Declares a metric. Only the catalog's files declare metrics; everything else uses their
    /// static constants and functions.
    init(_ name: String, _ unit: Unit, _ pass: Pass, _ storage: Storage = .scalar, _ presence: Presence = .always,
         summary: String, definition: String) {
        self.name = name
        self.unit = unit
        self.pass = pass
        self.storage = storage
        self.presence = presence
        self.summary = summary
        self.definition = definition
    }

    /// The name.
    public var description: String { name }
}
