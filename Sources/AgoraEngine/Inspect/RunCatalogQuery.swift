import AgoraStore
import Foundation

/// Read-only questions about an output folder's catalog, for `agora runs list` and reports.
public struct RunCatalogQuery: Sendable {
    /// One run as listed.
    public struct Row: Sendable, Equatable {
        /// Run id.
        public var id: String
        /// running, completed, failed or interrupted.
        public var status: String
        /// World name.
        public var world: String
        /// Seed.
        public var seed: UInt64
        /// Events in the trace (when finished).
        public var events: Int?
        /// Wall seconds (when finished).
        public var wallSeconds: Double?
    }

    /// The output root whose `agora.sqlite` is read.
    public let outputRoot: URL

    /// Creates a query on an output root.
    public init(outputRoot: URL) { self.outputRoot = outputRoot }

    /// Every run, oldest first. Runs whose process died are shown as interrupted (the catalog
    /// detects them on open).
    /// - Throws: `EngineError.notFound` when the folder has no catalog; `.catalog` otherwise.
    public func list() throws(EngineError) -> [Row] {
        let path = RunLayout.catalogPath(in: outputRoot).path
        guard FileManager.default.fileExists(atPath: path) else {
            throw .notFound("\(path): no catalog here — run a world first (agora run WORLD.yaml --out \(outputRoot.relativePath)) or pass the right --out.")
        }
        do {
            let catalog = try Catalog(path: path, mode: .mustExist)
            return try catalog.runs().map {
                Row(id: $0.id, status: $0.status.rawValue, world: $0.worldName, seed: $0.seed, events: $0.events,
                    wallSeconds: $0.wallSeconds)
            }
        } catch {
            throw .catalog(error.description)
        }
    }

    /// A plain-text table of rows, columns aligned.
    public static func renderTable(_ rows: [Row]) -> String {
        let header = ["RUN", "STATUS", "WORLD", "SEED", "EVENTS", "WALL(s)"]
        let cells = rows.map { row in
            [row.id, row.status, row.world, String(row.seed), row.events.map(String.init) ?? "-",
             row.wallSeconds.map { String(format: "%.2f", $0) } ?? "-"]
        }
        let widths = header.indices.map { column in
            ([header] + cells).map { $0[column].count }.max() ?? 0
        }
        return ([header] + cells).map { line in
            line.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}
