/// Bounds of a real-valued key: each side open, closed, or unbounded.
public struct NumberBounds: Sendable {
    /// Lower bound, if any.
    public var lower: Double?
    /// Whether the lower bound itself is allowed.
    public var lowerInclusive: Bool
    /// Upper bound, if any.
    public var upper: Double?
    /// Whether the upper bound itself is allowed.
    public var upperInclusive: Bool

    /// Creates bounds.
    public init(lower: Double?, lowerInclusive: Bool = true, upper: Double?, upperInclusive: Bool = true) {
        self.lower = lower
        self.lowerInclusive = lowerInclusive
        self.upper = upper
        self.upperInclusive = upperInclusive
    }

    /// `[0, 1]`: probabilities and shares.
    public static let unitInterval = NumberBounds(lower: 0, upper: 1)
    /// `(0, ∞)`.
    public static let positive = NumberBounds(lower: 0, lowerInclusive: false, upper: nil)
    /// `[0, ∞)`.
    public static let nonNegative = NumberBounds(lower: 0, upper: nil)

    /// Whether `value` lies within the bounds.
    public func contains(_ value: Double) -> Bool {
        if let lower, lowerInclusive ? value < lower : value <= lower { return false }
        if let upper, upperInclusive ? value > upper : value >= upper { return false }
        return true
    }

    /// "between 0 and 1", "greater than 0", "of at least 0".
    var phrase: String {
        switch (lower, upper) {
        case let (lower?, upper?) where lowerInclusive && upperInclusive:
            return "between \(Self.format(lower)) and \(Self.format(upper))"
        case let (lower?, upper?):
            return "\(lowerInclusive ? "of at least" : "greater than") \(Self.format(lower)) and "
                + "\(upperInclusive ? "at most" : "less than") \(Self.format(upper))"
        case let (lower?, nil): return "\(lowerInclusive ? "of at least" : "greater than") \(Self.format(lower))"
        case let (nil, upper?): return "\(upperInclusive ? "of at most" : "less than") \(Self.format(upper))"
        case (nil, nil): return "(any finite value)"
        }
    }

    /// Whole numbers without a trailing `.0`.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
