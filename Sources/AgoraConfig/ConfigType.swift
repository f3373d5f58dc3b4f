import AgoraCore

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
    /// `true` or `false` (plain YAML scalars only; `yes`/`no` are refused as ambiguous).
    case boolean

    /// One of the raw values of `Choice`, in declaration order: the schema of a choice-valued key
    /// whose config field is that enum (so the words are listed once, by the enum).
    public static func choice<Choice: CaseIterable & RawRepresentable>(of _: Choice.Type) -> ConfigType
        where Choice.RawValue == String {
        .choice(Choice.allCases.map(\.rawValue))
    }

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
        case .boolean: return "true or false"
        }
    }
}
