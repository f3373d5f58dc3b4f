/// The checks every value passes before the catalog stores it: metric and series names are dotted
/// lowercase names, values are finite, times and counts are not negative.
///
/// The checks run inside the write transaction, item by item, so a bad item found late rolls back
/// everything written before it — the caller never sees a half-stored run.
struct CatalogValueRules {
    /// The longest metric or series name accepted.
    static let maximumNameLength = 200

    /// The catalog file, for error context.
    var path: String
    /// What the catalog is doing, for error context.
    var operation: String

    /// True for dotted lowercase names: one or more segments of `a-z`, `0-9`, `_`, joined by single dots.
    static func isValidName(_ name: String) -> Bool {
        guard !name.isEmpty, name.utf8.count <= maximumNameLength else { return false }
        var previousWasDot = true
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
                previousWasDot = false
            case UInt8(ascii: "."):
                if previousWasDot { return false }
                previousWasDot = true
            default:
                return false
            }
        }
        return !previousWasDot
    }

    /// Wall seconds must be finite and not negative.
    func checkWallSeconds(_ seconds: Double) throws(CatalogError) {
        guard seconds.isFinite, seconds >= 0 else {
            throw invalid("wall seconds must be a finite number ≥ 0, got \(seconds)")
        }
    }

    /// An event count must not be negative.
    func checkEvents(_ events: Int) throws(CatalogError) {
        guard events >= 0 else { throw invalid("the event count must be ≥ 0, got \(events)") }
    }

    /// A metric needs a valid name and a finite value.
    func checkMetric(name: String, value: Double) throws(CatalogError) {
        guard Self.isValidName(name) else { throw invalidName(name, of: "metric") }
        guard value.isFinite else { throw invalid("metric '\(name)' has the non-finite value \(value)") }
    }

    /// A time-series point needs a valid name, a finite value and a finite time ≥ 0.
    func checkPoint(_ point: TimeseriesPoint) throws(CatalogError) {
        guard Self.isValidName(point.name) else { throw invalidName(point.name, of: "time series") }
        guard point.t.isFinite, point.t >= 0 else {
            throw invalid("time series '\(point.name)' has a point at t = \(point.t) days; t must be finite and ≥ 0")
        }
        guard point.value.isFinite else {
            throw invalid("time series '\(point.name)' has the non-finite value \(point.value) at t = \(point.t)")
        }
    }

    private func invalidName(_ name: String, of what: String) -> CatalogError {
        CatalogError(
            kind: .invalidValue, path: path, operation: operation,
            detail: "the \(what) name '\(name)' is not a dotted lowercase name",
            suggestion: "Use segments of a-z, 0-9 and _ joined by dots, e.g. activity.dau_mean")
    }

    private func invalid(_ detail: String) -> CatalogError {
        CatalogError(kind: .invalidValue, path: path, operation: operation, detail: detail)
    }
}
