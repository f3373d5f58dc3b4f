import Foundation

/// The file formats of a run report.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// `report.html`: self-contained page with inline SVG charts.
    case html
    /// `report.md`: Markdown summary.
    case md
    /// `report.json`: every number with its definition key.
    case json

    /// The file name written for this format.
    public var fileName: String { "report.\(rawValue)" }

    /// Parses a comma-separated list (`html,md,json`; `markdown` means `md`), or fails naming the
    /// offending entry.
    public static func parseList(_ text: String) -> Result<[ReportFormat], ReportWriter.Failure> {
        var formats: [ReportFormat] = []
        for part in text.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = ReportFormat(rawValue: name == "markdown" ? "md" : name) else {
                return .failure(.init(description: "unknown report format '\(name)' in --format \(text); expected a comma-separated list of html, md, json"))
            }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { return .failure(.init(description: "--format is empty; expected html, md and/or json")) }
        return .success(formats)
    }
}
