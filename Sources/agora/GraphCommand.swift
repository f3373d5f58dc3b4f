import AgoraEngine
import ArgumentParser
import Foundation

/// `agora graph …`: work with social graphs outside a run.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Inspect social graphs: network statistics of edge-list files, export of a run's graph.",
        subcommands: [Stats.self, Export.self]
    )

    /// `agora graph stats FILE`: load an edge list and print its network statistics.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the network statistics of an edge-list file (definitions match networkx; see docs/graph-statistics.md)."
        )

        /// Output formats.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @Argument(help: "Edge-list file: 'u v' per line, whitespace or comma separated, '#'/'%' comments.")
        var file: String

        @Flag(help: "Read 'u v' as 'u follows v' (default: undirected, a mutual follow pair).")
        var directed = false

        @Flag(name: .customLong("string-ids"), help: "Accept any token as a node id (default: integer ids only).")
        var stringIDs = false

        @Option(help: "Output format: text or json.")
        var format: Format = .text

        @Option(help: "Number of BFS sources for the diameter estimates (≥ node count: exact).")
        var sample = 200

        @Option(help: "Seed of the BFS source sample.")
        var seed: UInt64 = 1

        func validate() throws {
            guard sample >= 1 else { throw ValidationError("--sample must be at least 1; use a number of BFS sources such as 200.") }
        }

        func run() throws {
            let text = orFail { () throws(EngineError) in
                try GraphInspector.statistics(path: file, directed: directed, stringIDs: stringIDs, seed: seed,
                                              sampleSize: sample, json: format == .json)
            }
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
