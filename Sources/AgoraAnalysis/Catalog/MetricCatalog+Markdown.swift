/// docs/metrics.md, generated from the registry.
extension MetricCatalog {
    /// The repository path of the generated list, relative to the package root.
    public static let documentPath = "docs/metrics.md"

    /// The text of docs/metrics.md: a preamble, then every section's prose and a table with one
    /// row per plain metric or family (name, storage, unit, definition). `make metrics-doc` writes
    /// it; `MetricCatalogDocumentTests` compares it with the file.
    public static func markdown() -> String {
        var text = """
            # Metric names

            <!-- Generated from MetricCatalog (Sources/AgoraAnalysis/Catalog/MetricCatalog*.swift and
            MetricDefinition+*.swift): edit the registry, then run `make metrics-doc`. -->

            Every metric a finished run stores in the catalog (`OUT/agora.sqlite`, tables `metrics` and
            `timeseries`), and that reports and sweeps refer to, is listed here under its stable dotted name.
            All of them except `llm.*` are computed from the run's trace (`trace.agtrace`), never from engine
            internals, so an old trace can be re-analysed. Names are never renamed or reused; new ones are
            appended.

            Columns: *stored* is `scalar` (table `metrics`), `series` (table `timeseries`, `t` the 0-based
            simulated day, or snapshot day where the section says so) or `scalar + series` (both, under the same
            name); *when defined* marks a metric left out of a run where its value is undefined. A name with
            `<placeholders>` stands for one metric per listed value.

            """
        for section in sections {
            text += "\n" + String(repeating: "#", count: section.level) + " " + section.title + "\n"
            if !section.introduction.isEmpty { text += "\n" + section.introduction + "\n" }
            guard !section.rows.isEmpty else { continue }
            text += "\n| name | stored | unit | definition |\n|---|---|---|---|\n"
            for row in section.rows { text += tableRow(row) + "\n" }
        }
        return text
    }

    private static func tableRow(_ row: Section.Row) -> String {
        let name: String
        let metric: MetricDefinition
        var definition: String
        switch row {
        case .metric(let plain):
            (name, metric, definition) = (plain.name, plain, plain.definition)
        case .family(let family):
            (name, metric) = (family.pattern, family.representative)
            definition = metric.definition + "; " + family.parameters
        }
        let stored = metric.storage.rawValue + (metric.presence == .whenDefined ? ", " + metric.presence.rawValue : "")
        definition = definition.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
        return "| `\(name)` | \(stored) | \(metric.unit.rawValue) | \(definition) |"
    }
}
