/// Everything a run report shows, computed from one trace: the scalar metrics and series under
/// their catalog names (`docs/metrics.md`), and the tables behind the charts.
public struct RunReport: Sendable, Codable, Equatable {
    /// The world's name from the trace header (user text: escaped when rendered).
    public var worldName: String
    /// The run id when known (the run folder's name), else the trace file name.
    public var runLabel: String
    /// The config hash from the trace header.
    public var configHash: String
    /// The run's seed from the trace header.
    public var seed: UInt64
    /// Days of the run, ⌈horizon / 1 day⌉.
    public var days: Int
    /// Whether the trace was complete (a truncated trace is reported up to its last block).
    public var traceComplete: Bool
    /// Every scalar and series, sorted by name.
    public var metrics: RunMetrics
    /// The tables behind the charts.
    public var tables: ReportTables
}

/// One row of the retention cohort table.
public struct CohortRow: Sendable, Codable, Equatable {
    /// The join day of the cohort.
    public var joinDay: Int
    /// Agents who joined that day.
    public var agents: Int
    /// Share of the cohort active on day joinDay + k, for k = 0, 1, ….
    public var retained: [Double]

    private enum CodingKeys: String, CodingKey {
        case joinDay = "join_day", agents, retained
    }
}

/// One point of a distribution: a value and how many (or what share) have it.
public struct DistributionPoint: Sendable, Codable, Equatable {
    /// The value (degree, cascade size, …).
    public var x: Double
    /// The count, share or probability at that value.
    public var y: Double
}

/// A cascade in the table of the largest ones, with the root post's text when the trace has it.
public struct CascadeSummary: Sendable, Codable, Equatable {
    /// The root post id.
    public var rootPost: Int
    /// The root post's author.
    public var author: Int
    /// Posts in the cascade.
    public var size: Int
    /// Depth of the cascade.
    public var depth: Int
    /// Breadth of the cascade.
    public var breadth: Int
    /// The root post's text (agent-written: escaped when rendered), if traced.
    public var text: String?

    private enum CodingKeys: String, CodingKey {
        case rootPost = "root_post", author, size, depth, breadth, text
    }
}

/// The tables behind a report's charts (keys of `tables` in report.json, see `docs/reports.md`).
public struct ReportTables: Sendable, Codable, Equatable {
    /// Number of agents per in-degree of the final graph (degree ≥ 1).
    public var inDegreeDistribution: [DistributionPoint] = []
    /// Number of agents per out-degree of the final graph (degree ≥ 1).
    public var outDegreeDistribution: [DistributionPoint] = []
    /// Power-law fit of the final in-degrees, when one exists.
    public var inDegreeFit: PowerLawFit?
    /// Power-law fit of the final out-degrees, when one exists.
    public var outDegreeFit: PowerLawFit?
    /// The retention cohort table.
    public var cohorts: [CohortRow] = []
    /// Kaplan–Meier survival S(t), t = 0, 1, … days.
    public var kaplanMeier: [Double] = []
    /// P(size ≥ x) over cascades.
    public var cascadeSizeCCDF: [DistributionPoint] = []
    /// P(depth ≥ x) over cascades.
    public var cascadeDepthCCDF: [DistributionPoint] = []
    /// P(breadth ≥ x) over cascades.
    public var cascadeBreadthCCDF: [DistributionPoint] = []
    /// The largest cascades (at most 10), largest first, ties by root post id.
    public var topCascades: [CascadeSummary] = []
    /// Lower edges of the opinion histogram bins (20 bins over [−1, 1]).
    public var opinionBins: [Double] = []
    /// Agents per opinion bin at the start (first snapshot, or the header's opinions).
    public var opinionStart: [Int] = []
    /// Agents per opinion bin at the end (last snapshot).
    public var opinionEnd: [Int] = []
    /// Day of the opinion distribution at the end (−1 when the trace has no snapshot).
    public var opinionEndDay: Int = -1

    private enum CodingKeys: String, CodingKey {
        case inDegreeDistribution = "in_degree_distribution", outDegreeDistribution = "out_degree_distribution"
        case inDegreeFit = "in_degree_fit", outDegreeFit = "out_degree_fit", cohorts
        case kaplanMeier = "kaplan_meier", cascadeSizeCCDF = "cascade_size_ccdf"
        case cascadeDepthCCDF = "cascade_depth_ccdf", cascadeBreadthCCDF = "cascade_breadth_ccdf"
        case topCascades = "top_cascades", opinionBins = "opinion_bins", opinionStart = "opinion_start"
        case opinionEnd = "opinion_end", opinionEndDay = "opinion_end_day"
    }

    /// Creates empty tables.
    public init() {}
}
