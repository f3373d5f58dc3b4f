import AgoraCore

extension TraceWriter {
    /// Checks that the agents' columns and the graph describe the same agents.
    static func validate(agents: AgentAttributes, graph: FollowGraph) throws(TraceError) {
        let count = agents.count
        let columns: [(String, Int, Int)] = [
            ("activity", agents.activity.count, count), ("opinion", agents.opinion.count, count),
            ("community", agents.community.count, count), ("persona", agents.persona.count, count),
            ("joinTime", agents.joinTime.count, count),
            ("interests", agents.interests.count, count * agents.topicCount),
        ]
        for (name, found, expected) in columns where found != expected {
            throw .invalidInput(reason: "agent attribute column \(name) has \(found) values, expected \(expected)")
        }
        guard graph.nodeCount == count else {
            throw .invalidInput(reason: "the initial graph has \(graph.nodeCount) agents but the attributes describe \(count)")
        }
    }

    /// Writes the magic, the header (u32 length, CRC-32 of the length's 4 bytes, canonical JSON,
    /// CRC-32 of the JSON), the agent
    /// blocks and the initial-graph blocks.
    static func writePrologue(
        header: TraceHeader, agents: AgentAttributes, graph: FollowGraph, to file: TraceBlockFileWriter
    ) throws(TraceError) {
        let json: [UInt8]
        do { json = try TraceJSON.encode(header) } catch {
            throw .invalidInput(reason: "header could not be encoded: \(error)")
        }
        var head = ByteSink()
        head.append(TraceFormat.fileMagic)
        head.appendUInt32(UInt32(json.count))
        head.appendUInt32(CRC32.checksum(head.bytes, TraceFormat.fileMagic.count..<(TraceFormat.fileMagic.count + 4)))
        head.append(json)
        head.appendUInt32(CRC32.checksum(json, 0..<json.count))
        try file.writeRaw(head.bytes)

        var sink = ByteSink()
        var start = 0
        while start < agents.count {
            let end = min(start + TraceFormat.agentsPerBlock, agents.count)
            TraceBlockEncoder.encodeAgents(agents, start..<end, into: &sink)
            try file.writeBlock(type: .agents, itemCount: end - start, payload: sink.bytes)
            start = end
        }

        var followers: [UInt32] = []
        var followees: [UInt32] = []
        followers.reserveCapacity(min(graph.edgeCount, TraceFormat.edgesPerBlock))
        followees.reserveCapacity(min(graph.edgeCount, TraceFormat.edgesPerBlock))
        for (follower, list) in graph.followees.enumerated() {
            for followee in list {
                followers.append(UInt32(follower))
                followees.append(followee)
                if followers.count == TraceFormat.edgesPerBlock {
                    TraceBlockEncoder.encodeEdges(followers: followers[...], followees: followees[...], into: &sink)
                    try file.writeBlock(type: .initialGraph, itemCount: followers.count, payload: sink.bytes)
                    followers.removeAll(keepingCapacity: true)
                    followees.removeAll(keepingCapacity: true)
                }
            }
        }
        if !followers.isEmpty {
            TraceBlockEncoder.encodeEdges(followers: followers[...], followees: followees[...], into: &sink)
            try file.writeBlock(type: .initialGraph, itemCount: followers.count, payload: sink.bytes)
        }
    }
}
