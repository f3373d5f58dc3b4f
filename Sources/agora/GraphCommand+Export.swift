import AgoraEngine
import ArgumentParser
import Foundation

extension GraphCommand {
    /// `agora graph export RUN --at start|end|DAY --format edgelist|graphml|gexf`: rebuild a
    /// run's follow graph from its trace and write it with agent attributes. Parsing and printing
    /// only; the work is AgoraEngine's `GraphInspector.export`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export a run's follow graph (at start, end or a day) as an edge list, GraphML or GEXF.",
            discussion: """
                RUN is a run id (looked up as DIR/<run-id>/trace.agtrace, DIR from --runs) or the path \
                of a trace file. The graph is rebuilt from the trace (initial graph, arrivals, follows \
                and unfollows). GraphML and GEXF carry community, activity, in_degree and out_degree per \
                agent; agents that arrived during the run are not in the trace header, so their \
                community and activity are written as 0.
                """
        )

        @Argument(help: ArgumentHelp("Run id (in --runs) or path of a trace file.", valueName: "run"))
        var runOrTrace: String

        @Option(help: "start, end, or a simulated day N (the graph at the end of day N − 1, i.e. the snapshot of day N).")
        var at: GraphInspector.Moment = .end

        @Option(help: "edgelist, graphml or gexf.")
        var format: GraphInspector.ExportFormat

        @Option(help: "Output file (default: <run-id>-<at>.<extension> in the current directory).")
        var out: String?

        @Option(help: "Folder holding the run folders.")
        var runs: String = "runs"

        func run() throws {
            let exported = orFail { () throws(EngineError) in
                try GraphInspector.export(run: runOrTrace, runs: runs, at: at, format: format, out: out)
            }
            if let warning = exported.warning { FileHandle.standardError.write(Data((warning + "\n").utf8)) }
            print(exported.summary)
        }
    }
}

extension GraphInspector.Moment: ExpressibleByArgument {
    /// `start`, `end` or a day number.
    public init?(argument: String) { self.init(parsing: argument) }
}

extension GraphInspector.ExportFormat: ExpressibleByArgument {}
