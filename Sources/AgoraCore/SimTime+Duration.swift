/// Why a duration text could not be read.
public struct DurationParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text that was rejected.
    public var text: String
    /// A sentence saying what was expected.
    public var description: String {
        "'\(text)' is not a duration: expected a whole number followed by a unit, one of ms, s, m, h, d (for example 90s, 15m, 6h, 30d)"
    }
}

extension SimTime {
    /// Parses a duration written as a whole non-negative number and a unit: `250ms`, `90s`, `15m`,
    /// `6h`, `30d`. Anything else (no unit, fractions, negative numbers, unknown units,
    /// overflowing values) is an error.
    ///
    /// - Throws: `DurationParseError` naming the rejected text.
    public static func parse(duration text: String) throws(DurationParseError) -> SimTime {
        let trimmed = text.trimmingSpaces
        let units: [(suffix: String, milliseconds: Int64)] = [
            ("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000), ("d", 86_400_000),
        ]
        for unit in units where trimmed.hasSuffix(unit.suffix) {
            let digits = trimmed.dropLast(unit.suffix.count)
            // "ms" also ends in "s": only accept digits before the suffix.
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                let number = Int64(digits)
            else { continue }
            let (product, overflow) = number.multipliedReportingOverflow(by: unit.milliseconds)
            guard !overflow else { throw DurationParseError(text: text) }
            return SimTime(milliseconds: product)
        }
        throw DurationParseError(text: text)
    }

    /// The shortest exact duration text for this span (`30d`, `90s`, `1500ms`).
    public var durationText: String {
        let ms = milliseconds
        if ms != 0 {
            for (suffix, unit) in [("d", Int64(86_400_000)), ("h", 3_600_000), ("m", 60_000), ("s", 1000)]
            where ms % unit == 0 {
                return "\(ms / unit)\(suffix)"
            }
            return "\(ms)ms"
        }
        return "0s"
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
