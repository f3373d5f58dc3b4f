import ArgumentParser
import AgoraEngine
import Foundation

/// `agora runs list`: the runs recorded in an output folder's catalog.
struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs",
        abstract: "Inspect the catalog of runs.",
        subcommands: [List.self],
        defaultSubcommand: List.self
    )

    /// `agora runs list [--out DIR]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List runs: id, status, world, seed, events, wall time.")

        @OptionGroup var output: OutputOptions

        func run() throws {
            do throws(EngineError) {
                let rows = try RunCatalogQuery(outputRoot: output.outputRoot).list()
                guard !rows.isEmpty else {
                    print("no runs in \(output.out)")
                    return
                }
                print(RunCatalogQuery.renderTable(rows))
            } catch {
                fail(error.description, code: error.exitCode)
            }
        }
    }
}
