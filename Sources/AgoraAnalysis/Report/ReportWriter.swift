import Foundation

/// Writes a run report's files (`report.html`, `report.md`, `report.json`) into a folder:
/// the run folder `OUT/<run-id>/` by default (docs/architecture.md, "Contracts": a run writes only inside its folder),
/// or the folder given with `--out`.
public enum ReportWriter {
    /// Why a report could not be written.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// A sentence naming the path and the problem, with a suggestion.
        public var description: String
    }

    /// Writes `report` in each format into `directory` (created if missing).
    /// - Returns: the paths written, in the order of `formats`.
    /// - Throws: `Failure` naming the path that could not be created or written.
    @discardableResult
    public static func write(_ report: RunReport, formats: [ReportFormat], to directory: URL) throws(Failure) -> [URL] {
        do { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) } catch {
            throw Failure(description: "cannot create the report folder \(directory.path): \(error.localizedDescription); pass a writable folder with --out")
        }
        var written: [URL] = []
        for format in formats {
            let url = directory.appendingPathComponent(format.fileName)
            let data: Data = switch format {
            case .html: Data(ReportHTMLRenderer.render(report).utf8)
            case .md: Data(ReportMarkdownRenderer.render(report).utf8)
            case .json: ReportJSONRenderer.render(report)
            }
            do { try data.write(to: url, options: .atomic) } catch {
                throw Failure(description: "cannot write \(url.path): \(error.localizedDescription); check the folder's permissions or pass --out")
            }
            written.append(url)
        }
        return written
    }
}
