import AgoraAnalysis
import AgoraCore
import Foundation

/// The engine entry point of `agora graph stats` and `agora graph export`: the network
/// statistics of an edge-list file (AgoraAnalysis `GraphStatistics`, definitions matching
/// networkx), and a run's follow graph rebuilt from its trace and exported with agent attributes
/// (`GraphInspector+Export.swift`).
public enum GraphInspector {
    /// The statistics of the edge list at `path`, as the command prints them: a text table after
    /// the file name (and what loading skipped), or one pretty-printed JSON object; ending in a
    /// newline.
    /// - Parameters:
    ///   - directed: read `u v` as `u follows v` (default: a mutual pair).
    ///   - stringIDs: accept any token as a node id (default: integers only).
    ///   - seed: the seed of the BFS source sample; `sampleSize`: BFS sources for the diameter.
    /// - Throws: `EngineError.invalidInput` with the located message of a malformed file.
    public static func statistics(path: String, directed: Bool, stringIDs: Bool, seed: UInt64, sampleSize: Int,
                                  json: Bool) throws(EngineError) -> String {
        let loaded: LoadedGraph
        do throws(GraphLoadError) {
            loaded = try EdgeListLoader.load(path: path, directed: directed, stringIDs: stringIDs)
        } catch {
            throw .invalidInput(error.description)
        }
        let statistics = GraphStatistics.compute(loaded: loaded, seed: seed, sampleSize: sampleSize)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            do { return String(decoding: try encoder.encode(statistics), as: UTF8.self) + "\n" } catch {
                throw .report("cannot write the statistics of \(path) as JSON: \(error)")
            }
        }
        var header = "file  \(path)\n"
        if loaded.selfLoopsSkipped > 0 || loaded.duplicatesMerged > 0 {
            header += "input  \(loaded.selfLoopsSkipped) self-loop lines skipped, \(loaded.duplicatesMerged) duplicate edges merged\n"
        }
        return header + statistics.renderText()
    }
}
