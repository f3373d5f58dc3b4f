import AgoraCore
import AgoraTrace

/// Rebuilds a run's follow graph from its trace alone (docs/architecture.md, "Contracts": metrics come from the trace):
/// the initial graph of the trace header, grown by `arrival` events (new agents) and changed by
/// `follow`/`unfollow` events in trace order.
///
/// The trace's daily `snapshot_day` events are applied in the run's total order at each day
/// boundary, so the graph handed to `onSnapshot` at a `snapshot_day` is exactly the graph of that
/// instant. Complexity: one pass over the trace, O(events + edges · log degree).
public struct TraceGraphReplay {
    /// Which graph of a run to rebuild.
    public enum Moment: Equatable, Sendable {
        /// The initial graph (trace header).
        case start
        /// The graph after the last event of the trace.
        case end
        /// The graph at the daily snapshot of day `d` (the end of simulated day `d − 1`).
        case snapshot(day: Int)
    }

    /// What a replay produced.
    public struct Result: Sendable {
        /// The graph at the requested moment.
        public var graph: FollowGraph
        /// The agents' attributes from the trace header (initial population only).
        public var agents: AgentAttributes
        /// Number of agents at that moment (initial population plus arrivals).
        public var agentCount: Int
        /// Whether the trace was complete (a truncated trace is replayed up to its last block).
        public var traceComplete: Bool
    }

    /// Why a replay failed: the file is not a readable trace, a block is corrupted, or the requested
    /// snapshot day is not in the trace.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// A sentence naming the trace and the problem.
        public var description: String
    }

    /// Replays the trace at `path`, calling `onSnapshot(day, graph)` at every daily snapshot.
    /// - Returns: the graph at `moment`.
    /// - Throws: `Failure` for unreadable or corrupted traces and for a snapshot day the trace lacks.
    public static func replay(
        tracePath path: String, at moment: Moment = .end, onSnapshot: (Int, FollowGraph) -> Void = { _, _ in }
    ) throws(Failure) -> Result {
        var reader: TraceReader
        do { reader = try TraceReader(path: path) } catch { throw Failure(description: error.description) }
        var graph = reader.initialGraph
        let agents = reader.agents
        if moment == .start {
            return Result(graph: graph, agents: agents, agentCount: graph.nodeCount, traceComplete: true)
        }
        var captured: FollowGraph?
        replayLoop: while let block = reader.nextEventBlock() {
            for i in 0..<block.count {
                let agent = block.agents[i]
                switch block.kinds[i] {
                case EventKind.follow.rawValue:
                    grow(&graph, toInclude: max(agent, block.targets[i]))
                    graph.follow(AgentID(agent), AgentID(block.targets[i]))
                case EventKind.unfollow.rawValue:
                    grow(&graph, toInclude: max(agent, block.targets[i]))
                    graph.unfollow(AgentID(agent), AgentID(block.targets[i]))
                case EventKind.arrival.rawValue:
                    grow(&graph, toInclude: agent)
                case EventKind.snapshotDay.rawValue:
                    let day = Int(block.targets[i])
                    onSnapshot(day, graph)
                    if case .snapshot(let wanted) = moment, wanted == day {
                        captured = graph
                        break replayLoop
                    }
                default:
                    break
                }
            }
        }
        if case .corrupted(let error) = reader.outcome { throw Failure(description: error.description) }
        if case .snapshot(let day) = moment {
            guard let captured else {
                throw Failure(description: "\(path): the trace has no snapshot of day \(day); its snapshots are taken at each simulated day boundary up to the horizon")
            }
            graph = captured
        }
        return Result(graph: graph, agents: agents, agentCount: graph.nodeCount, traceComplete: reader.outcome.isComplete)
    }

    private static func grow(_ graph: inout FollowGraph, toInclude agent: UInt32) {
        guard agent != AgentID.none.rawValue else { return }
        while graph.nodeCount <= Int(agent) { graph.addNode() }
    }
}
