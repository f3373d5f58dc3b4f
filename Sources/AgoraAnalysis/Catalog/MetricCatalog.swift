/// The one declared registry of every metric a run stores (docs/metrics.md): name,
/// unit, definition and the pass that computes it, grouped in the sections of docs/metrics.md,
/// which `markdown()` generates (`make metrics-doc`; `MetricCatalogDocumentTests` fails, naming
/// the metrics, when the file and the registry differ).
///
/// The passes write their values through these definitions (`MetricValue(.exposureGini, …)`), and
/// `MetricCatalogTests` checks that a real run stores exactly the declared names of the passes it
/// ran, so a stored metric cannot go undeclared. Sweeps and `agora compare` check metric names
/// against `scalarNames`; reports take their one-line definitions from `summary(of:)`.
public enum MetricCatalog {
    /// A part of docs/metrics.md: a heading, its prose and its table.
    public struct Section: Sendable {
        /// One table row: a plain metric or a parameterised family.
        public enum Row: Sendable {
            /// One metric.
            case metric(MetricDefinition)
            /// A family of metrics sharing a name pattern and a definition.
            case family(MetricFamily)

            /// The concrete metrics of the row.
            public var members: [MetricDefinition] {
                switch self {
                case .metric(let metric): [metric]
                case .family(let family): family.members
                }
            }
        }

        /// The heading, without the `#`s.
        public let title: String
        /// 2 for a section, 3 for a subsection.
        public let level: Int
        /// Prose printed between the heading and the table (Markdown; may be empty).
        public let introduction: String
        /// The table's rows (a section may have none: a chapter heading with prose).
        public let rows: [Row]

        /// Declares a section.
        init(_ title: String, level: Int = 2, introduction: String = "", rows: [Row] = []) {
            self.title = title
            self.level = level
            self.introduction = introduction
            self.rows = rows
        }
    }

    /// A placeholder's values as docs/metrics.md lists them: "{a, b, c}" (every case by default).
    static func values<T: CaseIterable & RawRepresentable>(_ type: T.Type, _ cases: [T] = Array(T.allCases)) -> String
        where T.RawValue == String
    {
        "{" + cases.map(\.rawValue).joined(separator: ", ") + "}"
    }

    /// The sections of docs/metrics.md, in order.
    public static let sections: [Section] = [
        activitySection, finalGraphSection, exposureSection, reportSection, retentionSection, engagementSection,
        friendshipParadoxSection, polarizationSection, llmSection,
    ]

    /// Every declared metric, in docs/metrics.md order.
    public static let definitions: [MetricDefinition] = sections.flatMap { $0.rows.flatMap(\.members) }

    /// Every declared name stored as a scalar (the `metrics` table), sorted: the names sweep files
    /// and `agora compare --metric` may ask for.
    public static let scalarNames: [String] = definitions.filter(\.storage.hasScalar).map(\.name).sorted()

    /// Every declared name stored as a time series (the `timeseries` table), sorted.
    public static let seriesNames: [String] = definitions.filter(\.storage.hasSeries).map(\.name).sorted()

    private static let byName: [String: MetricDefinition] = Dictionary(
        definitions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    /// The declared metric named `name`, if any. O(1).
    public static func definition(named name: String) -> MetricDefinition? { byName[name] }

    /// The one-line definition of `name` for report tables, or a pointer to docs/metrics.md for a
    /// name the catalog does not declare.
    public static func summary(of name: String) -> String { byName[name]?.summary ?? "see docs/metrics.md" }

    /// The metrics the given passes declare, in docs/metrics.md order: what a run of those passes
    /// stores, less the `whenDefined` ones its trace leaves undefined.
    public static func definitions(of passes: some Sequence<MetricDefinition.Pass>) -> [MetricDefinition] {
        let wanted = Set(passes)
        return definitions.filter { wanted.contains($0.pass) }
    }

    /// How the names a run stored differ from what the given passes declare: one sentence per
    /// stored name not declared with that storage, and per name declared `always` but not stored;
    /// empty when the run stored exactly the declared metrics. O(names).
    public static func mismatches(scalars: some Sequence<String>, series: some Sequence<String>,
                                  passes: some Sequence<MetricDefinition.Pass>) -> [String] {
        let declared = definitions(of: passes)
        var problems: [String] = []
        for (table, stored, holds) in [("metrics", Set(scalars), \MetricDefinition.storage.hasScalar),
                                       ("timeseries", Set(series), \MetricDefinition.storage.hasSeries)] {
            let names = Set(declared.filter { $0[keyPath: holds] }.map(\.name))
            let always = declared.filter { $0[keyPath: holds] && $0.presence == .always }.map(\.name)
            problems += stored.subtracting(names).sorted().map { "\(table) holds undeclared '\($0)'" }
            problems += always.filter { !stored.contains($0) }.map { "\(table) lacks '\($0)', declared always present" }
        }
        return problems
    }
}
