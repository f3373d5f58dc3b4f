/// Metrics whose names share a pattern with a variable part — `events.<kind>`, `retention.d<N>`,
/// `friendship_paradox.<set>.<attr>.<kind>_fraction`, … — declared as one row of docs/metrics.md
/// and expanded by `MetricCatalog` into the concrete names a run stores.
///
/// The members come from the static function of `MetricDefinition` that names one of them
/// (`MetricDefinition.events(_:)`) applied to every declared parameter value, so the computing
/// code and the catalog build a member's name the same way.
public struct MetricFamily: Sendable {
    /// The name with placeholders, e.g. `events.<kind>`.
    public let pattern: String
    /// The placeholders' values, as docs/metrics.md prints them (Markdown), e.g.
    /// "`<kind>` ∈ {`like`, `post`, …}".
    public let parameters: String
    /// The concrete metrics, in declaration order.
    public let members: [MetricDefinition]

    /// Declares a family.
    /// - Precondition: `members` is not empty and its definitions share unit, pass, storage,
    ///   presence and definition text (`MetricCatalogTests` checks every family).
    init(_ pattern: String, parameters: String, members: [MetricDefinition]) {
        self.pattern = pattern
        self.parameters = parameters
        self.members = members
    }

    /// The first member, whose unit, pass, storage, presence and definition text every member
    /// shares.
    public var representative: MetricDefinition { members[0] }
}
