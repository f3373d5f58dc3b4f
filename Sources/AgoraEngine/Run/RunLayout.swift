import Foundation

/// Where a run writes (docs/architecture.md, "Contracts": output folder): only inside `OUT/<run-id>/`, plus the
/// catalog `OUT/agora.sqlite`.
///
/// The run id is `<name>-<hash8>-<seed>`: the world name sanitized to `[a-z0-9-]` (at most 40
/// characters), the first 8 hex digits of the config hash, and the seed; `-2`, `-3`, … is
/// appended when that folder already exists. The folder is claimed with a single `mkdir`, so two
/// processes can never get the same one. No path is ever built from raw config text.
public struct RunLayout: Sendable, Equatable {
    /// The output root (`--out`, default `runs`).
    public let outputRoot: URL
    /// The run id.
    public let runID: String

    /// The run's own folder.
    public var runDirectory: URL { outputRoot.appendingPathComponent(runID, isDirectory: true) }
    /// The trace file.
    public var tracePath: URL { runDirectory.appendingPathComponent("trace.agtrace") }
    /// The resolved config.
    public var worldPath: URL { runDirectory.appendingPathComponent("world.yaml") }
    /// The machine-readable summary.
    public var summaryPath: URL { runDirectory.appendingPathComponent("summary.json") }
    /// The catalog shared by every run of the output root.
    public var catalogPath: URL { RunLayout.catalogPath(in: outputRoot) }

    /// The catalog path of an output root.
    public static func catalogPath(in outputRoot: URL) -> URL {
        outputRoot.appendingPathComponent("agora.sqlite")
    }

    /// The world name reduced to `[a-z0-9-]`, runs of other characters folded into one `-`,
    /// no leading/trailing `-`, at most 40 characters; `world` when nothing is left.
    public static func sanitize(worldName: String) -> String {
        var result = ""
        for scalar in worldName.lowercased().unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, result.last != "-" {
                result.append("-")
            }
            if result.count >= 40 { break }
        }
        while result.last == "-" { result.removeLast() }
        return result.isEmpty ? "world" : result
    }

    /// The run id before any collision suffix.
    public static func baseRunID(worldName: String, configHash: String, seed: UInt64) -> String {
        "\(sanitize(worldName: worldName))-\(configHash.prefix(8))-\(seed)"
    }

    /// Creates the output root if needed and claims a fresh run folder.
    /// - Throws: `EngineError.outputFolder` when the root cannot be created or written.
    public static func claim(outputRoot: URL, worldName: String, configHash: String, seed: UInt64) throws(EngineError) -> RunLayout {
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: outputRoot, withIntermediateDirectories: true)
        } catch {
            throw .outputFolder(path: outputRoot.path, reason: "cannot create it (\(error.localizedDescription))")
        }
        let base = baseRunID(worldName: worldName, configHash: configHash, seed: seed)
        for attempt in 1...10_000 {
            let id = attempt == 1 ? base : "\(base)-\(attempt)"
            let folder = outputRoot.appendingPathComponent(id, isDirectory: true)
            if mkdir(folder.path, 0o755) == 0 { return RunLayout(outputRoot: outputRoot, runID: id) }
            if errno != EEXIST {
                let reason = String(cString: strerror(errno))
                throw .outputFolder(path: folder.path, reason: "cannot create the run folder (\(reason))")
            }
        }
        throw .outputFolder(path: outputRoot.path, reason: "10,000 runs of this world and seed already exist there")
    }

    /// A layout for an existing run folder (e.g. for reports).
    public init(outputRoot: URL, runID: String) {
        self.outputRoot = outputRoot
        self.runID = runID
    }
}
