import AgoraAnalysis
import AgoraCore
import Foundation

extension GraphInspector {
    /// The file formats of an export (`edgelist`, `graphml`, `gexf`).
    public typealias ExportFormat = GraphExportFormat

    /// Which graph of a run to export.
    public enum Moment: Sendable, Equatable {
        /// The initial graph (trace header).
        case start
        /// The graph after the last event of the trace.
        case end
        /// The graph at the daily snapshot of day N (the end of simulated day N − 1).
        case day(Int)

        /// `start`, `end`, or a day number ≥ 0; nil for anything else.
        public init?(parsing text: String) {
            switch text {
            case "start": self = .start
            case "end": self = .end
            default:
                guard let day = Int(text), day >= 0 else { return nil }
                self = .day(day)
            }
        }

        /// The moment in default file names and messages: `start`, `end`, `dayN`.
        var label: String {
            switch self {
            case .start: "start"
            case .end: "end"
            case .day(let day): "day\(day)"
            }
        }

        /// The replay's moment.
        var replayMoment: TraceGraphReplay.Moment {
            switch self {
            case .start: .start
            case .end: .end
            case .day(let day): .snapshot(day: day)
            }
        }
    }

    /// What an export wrote, as the command reports it.
    public struct Exported: Sendable {
        /// The file written.
        public var path: String
        /// `PATH: N agents, M follows (MOMENT, FORMAT)`, the line printed on standard output.
        public var summary: String
        /// For the end graph of a truncated trace, the warning printed on standard error.
        public var warning: String?
    }

    /// Rebuilds the follow graph of a run at `moment` from its trace and writes it with agent
    /// attributes (community and activity of the initial population; arrivals get 0).
    /// - Parameters:
    ///   - run: a run id (its trace `runs/<run-id>/trace.agtrace`), a run folder or a trace file.
    ///   - out: the destination; default `<run-id>-<moment>.<extension>` in the current folder.
    /// - Throws: `EngineError.notFound` when `run` names no trace; `.invalidInput` when the graph
    ///   cannot be rebuilt (damaged trace, a day without snapshot) or the file cannot be written.
    public static func export(run: String, runs: String, at moment: Moment, format: ExportFormat,
                              out: String?) throws(EngineError) -> Exported {
        let tracePath = try tracePath(for: run, runs: runs)
        let result: TraceGraphReplay.Result
        do throws(TraceGraphReplay.Failure) {
            result = try TraceGraphReplay.replay(tracePath: tracePath, at: moment.replayMoment)
        } catch {
            throw .invalidInput("cannot replay the graph of \(run): \(error.description)")
        }
        let name = ((tracePath as NSString).deletingLastPathComponent as NSString).lastPathComponent
        let destination = out ?? "\(name.isEmpty ? "graph" : name)-\(moment.label).\(format.fileExtension)"
        do throws(GraphExportError) {
            try GraphExporter.write(graph: result.graph, attributes: attributes(result), format: format, to: destination)
        } catch {
            throw .invalidInput(error.description)
        }
        let truncated = moment == .end && !result.traceComplete
        return Exported(
            path: destination,
            summary: "\(destination): \(result.graph.nodeCount) agents, \(result.graph.edgeCount) follows (\(moment.label), \(format.rawValue))",
            warning: truncated ? "warning: the trace is truncated; the graph is the one after its last complete block" : nil)
    }

    /// The trace of a run id in `runs`, or `run` itself when it names a file (or a folder holding
    /// `trace.agtrace`).
    /// - Throws: `EngineError.notFound` when neither exists.
    static func tracePath(for run: String, runs: String) throws(EngineError) -> String {
        var isDirectory: ObjCBool = false
        let byID = (runs as NSString).appendingPathComponent(run + "/trace.agtrace")
        if FileManager.default.fileExists(atPath: byID) { return byID }
        if FileManager.default.fileExists(atPath: run, isDirectory: &isDirectory) {
            if !isDirectory.boolValue { return run }
            let inside = (run as NSString).appendingPathComponent("trace.agtrace")
            if FileManager.default.fileExists(atPath: inside) { return inside }
        }
        throw .notFound("no run '\(run)': neither \(byID) nor a trace file \(run) exists; give a run id from `agora runs list` (with --runs DIR) or a trace path")
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
