import AgoraAnalysis
import AgoraCore
import ArgumentParser
import Foundation

extension GraphCommand {
    /// `agora graph export RUN --at start|end|DAY --format edgelist|graphml|gexf`: rebuild a
    /// run's follow graph from its trace and write it with agent attributes.
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

        /// Which graph of the run.
        enum Moment: ExpressibleByArgument {
            case start, end
            case day(Int)

            init?(argument: String) {
                switch argument {
                case "start": self = .start
                case "end": self = .end
                default:
                    guard let day = Int(argument), day >= 0 else { return nil }
                    self = .day(day)
                }
            }
        }

        @Argument(help: ArgumentHelp("Run id (in --runs) or path of a trace file.", valueName: "run"))
        var runOrTrace: String

        @Option(help: "start, end, or a simulated day N (the graph at the end of day N − 1, i.e. the snapshot of day N).")
        var at: Moment = .end

        @Option(help: "edgelist, graphml or gexf.")
        var format: GraphExportFormat

        @Option(help: "Output file (default: <run-id>-<at>.<extension> in the current directory).")
        var out: String?

        @Option(help: "Folder holding the run folders.")
        var runs: String = "runs"

        func run() throws {
            let tracePath = Self.tracePath(for: runOrTrace, runs: runs)
            let moment: TraceGraphReplay.Moment
            let label: String
            switch at {
            case .start: (moment, label) = (.start, "start")
            case .end: (moment, label) = (.end, "end")
            case let .day(day): (moment, label) = (.snapshot(day: day), "day\(day)")
            }
            let result: TraceGraphReplay.Result
            do { result = try TraceGraphReplay.replay(tracePath: tracePath, at: moment) } catch {
                fail("cannot replay the graph of \(runOrTrace): \(error.description)", code: 2)
            }
            let name = ((tracePath as NSString).deletingLastPathComponent as NSString).lastPathComponent
            let destination = out ?? "\(name.isEmpty ? "graph" : name)-\(label).\(format.fileExtension)"
            let attributes = Self.attributes(result)
            do {
                try GraphExporter.write(graph: result.graph, attributes: attributes, format: format, to: destination)
            } catch {
                fail(error.description, code: 2)
            }
            if case .end = moment, !result.traceComplete {
                FileHandle.standardError.write(Data("warning: the trace is truncated; the graph is the one after its last complete block\n".utf8))
            }
            print("\(destination): \(result.graph.nodeCount) agents, \(result.graph.edgeCount) follows (\(label), \(format.rawValue))")
        }

        /// The trace of a run id in `runs`, or `run` itself when it names a file.
        static func tracePath(for run: String, runs: String) -> String {
            var isDirectory: ObjCBool = false
            let byID = (runs as NSString).appendingPathComponent(run + "/trace.agtrace")
            if FileManager.default.fileExists(atPath: byID) { return byID }
            if FileManager.default.fileExists(atPath: run, isDirectory: &isDirectory) {
                if !isDirectory.boolValue { return run }
                let inside = (run as NSString).appendingPathComponent("trace.agtrace")
                if FileManager.default.fileExists(atPath: inside) { return inside }
            }
            fail("no run '\(run)': neither \(byID) nor a trace file \(run) exists; give a run id from `agora runs list` (with --runs DIR) or a trace path", code: 2)
        }

        /// Community and activity of the initial population, padded with 0 for arrivals.
        static func attributes(_ result: TraceGraphReplay.Result) -> GraphExportAttributes {
            let n = result.graph.nodeCount
            func padded<T>(_ column: [T], with filler: T) -> [T] {
                column.count >= n ? Array(column.prefix(n)) : column + Array(repeating: filler, count: n - column.count)
            }
            return GraphExportAttributes(community: padded(result.agents.community, with: 0),
                                         activity: padded(result.agents.activity, with: 0))
        }
    }
}

extension GraphExportFormat: ExpressibleByArgument {}
