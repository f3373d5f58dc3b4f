import AgoraCore

/// Reads the blocks between the header and the first event block: the agents' attributes, then
/// the initial follow graph, until the counts the header announces are reached.
struct TracePrologueReader {
    let file: TraceFileSource
    let header: TraceHeader
    let decompressor: ZstdDecompressor
    /// Offset of the next block.
    private(set) var offset: Int
    /// Number of the next block (blocks count from 0 after the header).
    private(set) var blockNumber = 0
    /// The agents read.
    private(set) var agents: AgentAttributes
    /// The graph read.
    private(set) var graph: FollowGraph

    init(file: TraceFileSource, header: TraceHeader, decompressor: ZstdDecompressor, offset: Int) {
        self.file = file
        self.header = header
        self.decompressor = decompressor
        self.offset = offset
        agents = AgentAttributes(count: 0, topicCount: header.topicCount)
        graph = FollowGraph(nodeCount: 0)
    }

    /// Reads agent blocks, then graph blocks; unknown block types in between are skipped.
    mutating func read() throws(TraceError) {
        while agents.count < header.agentCount {
            let raw = try nextBlock()
            guard raw.typeCode == TraceBlockType.agents.rawValue else {
                if TraceBlockType(rawValue: raw.typeCode) == nil { continue }
                throw corrupted("expected an agents block (\(agents.count) of \(header.agentCount) agents read)", raw)
            }
            guard raw.itemCount <= header.agentCount - agents.count else {
                throw corrupted("agents block holds more agents than the header announces", raw)
            }
            do { try TraceBlockDecoder.decodeAgents(raw.payload, count: raw.itemCount, into: &agents) } catch {
                throw corrupted(error.reason, raw)
            }
        }
        graph = FollowGraph(nodeCount: agents.count)
        while graph.edgeCount < header.initialEdgeCount {
            let raw = try nextBlock()
            guard raw.typeCode == TraceBlockType.initialGraph.rawValue else {
                if TraceBlockType(rawValue: raw.typeCode) == nil { continue }
                throw corrupted("expected an initial-graph block (\(graph.edgeCount) of \(header.initialEdgeCount) edges read)", raw)
            }
            guard raw.itemCount <= header.initialEdgeCount - graph.edgeCount else {
                throw corrupted("graph block holds more edges than the header announces", raw)
            }
            do { try TraceBlockDecoder.decodeEdges(raw.payload, count: raw.itemCount, into: &graph) } catch {
                throw corrupted(error.reason, raw)
            }
        }
    }

    /// Reads the next checked block and advances past it.
    private mutating func nextBlock() throws(TraceError) -> TraceRawBlock {
        switch try TraceRawBlock.read(from: file, at: offset, decompressor: decompressor) {
        case .truncated:
            throw .truncatedPrologue(path: file.path, offset: file.size)
        case let .corrupted(reason):
            throw .corruptedBlock(path: file.path, block: blockNumber, offset: offset, reason: reason)
        case let .block(raw):
            offset = raw.offset + raw.length
            blockNumber += 1
            return raw
        }
    }

    private func corrupted(_ reason: String, _ raw: TraceRawBlock) -> TraceError {
        .corruptedBlock(path: file.path, block: blockNumber - 1, offset: raw.offset, reason: reason)
    }
}
