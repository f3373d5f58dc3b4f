/// Everything wrong with recommender settings, as values with context: the key path under
/// `recommender:`, what was given, what was expected, and a suggestion. The config loader turns
/// these into diagnostics with file and line; nothing here ever traps on user input.
public enum RecommendError: Error, Equatable, CustomStringConvertible, Sendable {
    /// A kind name that is not known (`suggestion` is the nearest known name, if any is close).
    case unknownKind(key: String, given: String, known: [String], suggestion: String?)
    /// A value outside its allowed range.
    case invalidValue(key: String, given: String, expected: String)
    /// The `mix` fractions do not add up to 1.
    case fractionsDoNotSum(key: String, sum: Double)

    /// The key path the error is about, e.g. `recommender.mix[1].fraction`.
    public var key: String {
        switch self {
        case .unknownKind(let key, _, _, _), .invalidValue(let key, _, _), .fractionsDoNotSum(let key, _): key
        }
    }

    /// One or two whole sentences saying what is wrong and what to do.
    public var description: String {
        switch self {
        case .unknownKind(let key, let given, let known, let suggestion):
            let hint = suggestion.map { " Did you mean '\($0)'?" } ?? ""
            return "\(key): unknown kind '\(given)'.\(hint) Known kinds: \(known.joined(separator: ", "))."
        case .invalidValue(let key, let given, let expected):
            return "\(key): \(given) is not allowed; expected \(expected)."
        case .fractionsDoNotSum(let key, let sum):
            return "\(key): the fractions add up to \(sum), not 1. Adjust them so they sum to 1 (±0.001)."
        }
    }

    /// The known name closest to `given` by edit distance, when it is close enough to be a typo
    /// (distance ≤ max(2, a third of its length)).
    public static func nearest(to given: String, among known: [String]) -> String? {
        var best: (name: String, distance: Int)?
        for name in known {
            let d = editDistance(given.lowercased(), name)
            if best == nil || d < best!.distance { best = (name, d) }
        }
        guard let best, best.distance <= max(2, given.count / 3) else { return nil }
        return best.name
    }

    /// Levenshtein distance between two strings (by Unicode scalars).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        guard !x.isEmpty else { return y.count }
        guard !y.isEmpty else { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
