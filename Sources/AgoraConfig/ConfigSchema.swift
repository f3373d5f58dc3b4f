import AgoraCore

/// The declarative schema of a world config: every key, its type, default, allowed values and
/// one-line meaning.
///
/// The loader validates a YAML tree by walking it against this table (so every diagnostic keeps
/// its line and column), `--set` and sweep axes resolve key paths against it, and the reference
/// in `docs/config.md` is rendered from it. Adding a key is one `ConfigKey` entry here plus the
/// matching field in `WorldConfig`.
public struct ConfigSchema: Sendable {
    /// The top-level keys.
    public var keys: [ConfigKey]

    /// Creates a schema from its top-level keys.
    public init(keys: [ConfigKey]) { self.keys = keys }

    /// The type at the top: a section holding `keys`.
    public var rootType: ConfigType { .section(keys) }

    /// The type of the value at `path`, checking every key against the schema.
    ///
    /// - Throws: `ConfigSchemaLookupError` for an unknown key (with the closest known key as a
    ///   suggestion), an index on something that is not a list, or a key on something that is
    ///   not a section. O(length of path × keys per section).
    public func resolve(_ path: ConfigKeyPath) throws(ConfigSchemaLookupError) -> ConfigType {
        var type = rootType
        var walked = ConfigKeyPath.root
        for component in path.components {
            switch (component, type) {
            case let (.key(name), .section(keys)):
                guard let key = keys.first(where: { $0.name == name }) else {
                    throw ConfigSchemaLookupError(
                        path: walked.appending(component),
                        message: "unknown key '\(name)' \(ConfigSchema.placePhrase(walked))",
                        suggestion: KeySuggestion.closest(to: name, among: keys.map(\.name)))
                }
                type = key.type
            case let (.index, .list(element, _)):
                type = element
            case (.key(let name), .list):
                throw ConfigSchemaLookupError(
                    path: walked.appending(component),
                    message: "\(walked) is a list; select an entry with [index] before '.\(name)'")
            case (.key(let name), _):
                throw ConfigSchemaLookupError(
                    path: walked.appending(component),
                    message: "\(walked) is a single value; it has no key '\(name)'")
            case (.index(let index), _):
                throw ConfigSchemaLookupError(
                    path: walked.appending(component),
                    message: "\(walked.description.isEmpty ? "the config" : walked.description) is not a list; it has no entry [\(index)]")
            }
            walked = walked.appending(component)
        }
        return type
    }

    /// The key entry at `path` (nil for the root, list entries, or unknown paths).
    public func key(at path: ConfigKeyPath) -> ConfigKey? {
        guard case let .key(name)? = path.components.last,
            let parentType = try? resolve(path.parent), case let .section(keys) = parentType
        else { return nil }
        return keys.first { $0.name == name }
    }

    /// "in population", "at the top level", "in population.types[0]".
    static func placePhrase(_ path: ConfigKeyPath) -> String {
        path.components.isEmpty ? "at the top level" : "in \(path)"
    }
}

/// A key of a section in the schema.
public struct ConfigKey: Sendable {
    /// Whether a key must be written, has a default, or may be left out.
    public enum Presence: Sendable {
        /// The file must give a value.
        case required
        /// When missing, this YAML text is used (validated like user input).
        case defaulted(String)
        /// May be left out; then it is absent from the resolved config (`fraction`/`count`).
        case optional
    }

    /// The YAML key.
    public var name: String
    /// What values it takes.
    public var type: ConfigType
    /// Required, defaulted or optional.
    public var presence: Presence
    /// One line saying what the key means, for the reference and comments.
    public var meaning: String

    /// Creates a key.
    public init(_ name: String, _ type: ConfigType, _ presence: Presence, _ meaning: String) {
        self.name = name
        self.type = type
        self.presence = presence
        self.meaning = meaning
    }
}

/// The type of a config value, with the constraints the loader checks.
public indirect enum ConfigType: Sendable {
    /// Text with a length (in characters) inside the range.
    case text(length: ClosedRange<Int>)
    /// Text or `null`.
    case optionalText
    /// A whole number inside the range.
    case integer(ClosedRange<Int>)
    /// Any whole number from 0 to `UInt64.max` (seeds).
    case unsigned64
    /// A finite real number within the bounds.
    case number(NumberBounds)
    /// A duration (`90s`, `15m`, `6h`, `7d`, `250ms`) greater than zero and at most the maximum.
    case duration(maximum: SimTime)
    /// One of the listed words.
    case choice([String])
    /// A list of elements of one type, with a number of entries inside the range.
    case list(of: ConfigType, count: ClosedRange<Int>)
    /// A section (YAML mapping) with the given keys.
    case section([ConfigKey])

    /// What a value of this type looks like, as written after "expected" in diagnostics.
    public var expectation: String {
        switch self {
        case let .text(length):
            return length.upperBound == Int.max
                ? "text of at least \(length.lowerBound) characters"
                : "text of \(length.lowerBound) to \(length.upperBound) characters"
        case .optionalText: return "text or null"
        case let .integer(range):
            if range.upperBound == Int.max { return "a whole number of at least \(range.lowerBound)" }
            return "a whole number between \(range.lowerBound) and \(range.upperBound)"
        case .unsigned64: return "a whole number between 0 and \(UInt64.max)"
        case let .number(bounds): return "a number \(bounds.phrase)"
        case let .duration(maximum):
            return "a duration greater than 0 and at most \(maximum.durationText) (like 250ms, 90s, 15m, 6h, 7d)"
        case let .choice(words): return words.count == 1 ? words[0] : "one of " + words.joined(separator: ", ")
        case let .list(element, count):
            let entries = count.lowerBound == count.upperBound
                ? "\(count.lowerBound)" : count.upperBound == Int.max
                ? "at least \(count.lowerBound)" : "\(count.lowerBound) to \(count.upperBound)"
            return "a list of \(entries) entries, each \(element.expectation)"
        case .section: return "a section of keys"
        }
    }
}

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

/// Why a key path does not name a value of the schema.
public struct ConfigSchemaLookupError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path up to and including the offending step.
    public var path: ConfigKeyPath
    /// What is wrong (`unknown key 'sise' in population`).
    public var message: String
    /// The closest known key, when there is a close one.
    public var suggestion: String?

    /// Creates a lookup error.
    public init(path: ConfigKeyPath, message: String, suggestion: String? = nil) {
        self.path = path
        self.message = message
        self.suggestion = suggestion
    }

    /// The message with its suggestion.
    public var description: String { message + (suggestion.map { "; did you mean '\($0)'?" } ?? "") }
}
