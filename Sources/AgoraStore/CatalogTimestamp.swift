import Foundation

/// The wall-clock timestamp format of the catalog: ISO-8601 in UTC with milliseconds,
/// `2026-11-27T03:15:17.123Z` — fixed width, so text order is time order.
enum CatalogTimestamp {
    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)

    /// The catalog text of `date`.
    static func text(from date: Date) -> String { style.format(date) }

    /// The date of a catalog text, or nil when the text is not in the catalog format.
    static func date(from text: String) -> Date? { try? style.parse(text) }
}
