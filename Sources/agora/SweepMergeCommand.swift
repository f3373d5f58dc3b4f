import ArgumentParser
import AgoraEngine
import Foundation

/// `agora sweep merge DIR...`: merge shard catalogs and run folders into one output folder.
struct SweepMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge shard output folders (OUT/shard-K-of-N) into --out: idempotent; conflicting results fail."
    )

    @Argument(help: "Shard output folders (or their agora.sqlite files).")
    var sources: [String]

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !sources.isEmpty else { throw ValidationError("Name at least one shard folder to merge.") }
    }

    func run() throws {
        let summary: SweepMergeSummary
        do throws(EngineError) {
            summary = try SweepCatalogMerger(destination: output.outputRoot)
                .merge(sources: sources.map { URL(fileURLWithPath: $0) })
        } catch {
            fail(error.description, code: error.exitCode)
        }
        print("merged \(summary.catalogs) catalogs into \(output.out): \(summary.runs) runs added, \(summary.duplicates) duplicates skipped, \(summary.sweeps) sweeps added, \(summary.conflicts.count) conflicts")
        for conflict in summary.conflicts { FileHandle.standardError.write(Data("conflict: \(conflict)\n".utf8)) }
        if !summary.conflicts.isEmpty { throw ExitCode(1) }
    }
}
