import AgoraCore

/// Decodes block payloads (after decompression), the inverse of `TraceBlockEncoder`. Every
/// column length and value range is checked; damage yields a `ByteCursor.Failure` reason.
/// Bytes after the last known column are ignored, so a later format may append columns.
enum TraceBlockDecoder {
    /// Decodes an event block of `count` events.
    static func decodeEvents(_ payload: [UInt8], count: Int, blockNumber: Int) throws(ByteCursor.Failure) -> TraceEventBlock {
        var cursor = ByteCursor(payload)
        let timeRange = try cursor.readColumn(named: "time")
        let kindRange = try cursor.readColumn(named: "kind")
        let agentRange = try cursor.readColumn(named: "agent")
        let targetRange = try cursor.readColumn(named: "target")
        let valueRange = try cursor.readColumn(named: "value")
        let extraRange = try cursor.readColumn(named: "extra")
        guard kindRange.count == count else {
            throw .init(reason: "column kind has \(kindRange.count) bytes, block header says \(count) events")
        }
        var scratch: [UInt64] = []
        try ByteCursor.decodeVarints(payload, timeRange, count: count, column: "time", into: &scratch)
        let times = prefixSums(scratch)
        try ByteCursor.decodeVarints(payload, agentRange, count: count, column: "agent", into: &scratch)
        let agents = try identifiers(prefixSums(scratch), column: "agent")
        try ByteCursor.decodeVarints(payload, targetRange, count: count, column: "target", into: &scratch)
        let targets = try identifiers(prefixSums(scratch), column: "target")
        try ByteCursor.decodeVarints(payload, valueRange, count: count, column: "value", into: &scratch)
        let values = scratch.map(ByteCursor.unzigzag)
        try ByteCursor.decodeVarints(payload, extraRange, count: count, column: "extra", into: &scratch)
        let extras = scratch.map(ByteCursor.unzigzag)
        return TraceEventBlock(
            blockNumber: blockNumber, times: times, kinds: Array(payload[kindRange]), agents: agents,
            targets: targets, values: values, extras: extras)
    }

    /// Decodes a text block of `count` texts; every text must be valid UTF-8.
    static func decodeTexts(_ payload: [UInt8], count: Int, blockNumber: Int) throws(ByteCursor.Failure) -> TraceTextBlock {
        var cursor = ByteCursor(payload)
        let postRange = try cursor.readColumn(named: "post")
        let lengthRange = try cursor.readColumn(named: "length")
        let textRange = try cursor.readColumn(named: "utf8")
        var scratch: [UInt64] = []
        try ByteCursor.decodeVarints(payload, postRange, count: count, column: "post", into: &scratch)
        let posts = try identifiers(prefixSums(scratch), column: "post")
        try ByteCursor.decodeVarints(payload, lengthRange, count: count, column: "length", into: &scratch)
        var texts: [String] = []
        texts.reserveCapacity(count)
        var start = textRange.lowerBound
        for length in scratch {
            guard length <= UInt64(textRange.upperBound - start) else {
                throw .init(reason: "column utf8: text lengths exceed the \(textRange.count) bytes of text")
            }
            let end = start + Int(length)
            guard let text = String(validating: payload[start..<end], as: UTF8.self) else {
                throw .init(reason: "column utf8: text of post \(posts[texts.count]) is not valid UTF-8")
            }
            texts.append(text)
            start = end
        }
        guard start == textRange.upperBound else {
            throw .init(reason: "column utf8: \(textRange.upperBound - start) bytes left after \(count) texts")
        }
        return TraceTextBlock(blockNumber: blockNumber, posts: posts, texts: texts)
    }

    /// Appends `count` agents of an agents block to `agents` (whose `topicCount` is set).
    static func decodeAgents(_ payload: [UInt8], count: Int, into agents: inout AgentAttributes) throws(ByteCursor.Failure) {
        var cursor = ByteCursor(payload)
        let widths: [(String, Int)] = [
            ("type", 1), ("activity", 4), ("interests", 4 * agents.topicCount), ("opinion", 4),
            ("community", 4), ("persona", 4), ("join_time", 8),
        ]
        var ranges: [Range<Int>] = []
        for (name, width) in widths {
            let range = try cursor.readColumn(named: name)
            guard range.count == width * count else {
                throw .init(reason: "column \(name) has \(range.count) bytes, expected \(width * count) for \(count) agents")
            }
            ranges.append(range)
        }
        agents.type.append(contentsOf: payload[ranges[0]])
        var reader = ByteCursor(payload, range: ranges[1])
        for _ in 0..<count { agents.activity.append(Float(bitPattern: try reader.readUInt32())) }
        reader = ByteCursor(payload, range: ranges[2])
        for _ in 0..<(count * agents.topicCount) { agents.interests.append(Float(bitPattern: try reader.readUInt32())) }
        reader = ByteCursor(payload, range: ranges[3])
        for _ in 0..<count { agents.opinion.append(Float(bitPattern: try reader.readUInt32())) }
        reader = ByteCursor(payload, range: ranges[4])
        for _ in 0..<count { agents.community.append(try reader.readUInt32()) }
        reader = ByteCursor(payload, range: ranges[5])
        for _ in 0..<count { agents.persona.append(try reader.readUInt32()) }
        reader = ByteCursor(payload, range: ranges[6])
        for _ in 0..<count { agents.joinTime.append(Int64(bitPattern: try reader.readUInt64())) }
    }

    /// Adds the `count` edges of an initial-graph block to `graph`; ids must be agents of it.
    static func decodeEdges(_ payload: [UInt8], count: Int, into graph: inout FollowGraph) throws(ByteCursor.Failure) {
        var cursor = ByteCursor(payload)
        let followerRange = try cursor.readColumn(named: "follower")
        let followeeRange = try cursor.readColumn(named: "followee")
        var scratch: [UInt64] = []
        try ByteCursor.decodeVarints(payload, followerRange, count: count, column: "follower", into: &scratch)
        let followers = prefixSums(scratch)
        try ByteCursor.decodeVarints(payload, followeeRange, count: count, column: "followee", into: &scratch)
        let followees = prefixSums(scratch)
        let nodes = Int64(graph.nodeCount)
        for index in 0..<count {
            let (a, b) = (followers[index], followees[index])
            guard a >= 0, a < nodes, b >= 0, b < nodes else {
                throw .init(reason: "edge \(a) → \(b) names an agent outside 0..<\(nodes)")
            }
            guard graph.follow(AgentID(UInt32(a)), AgentID(UInt32(b))) else {
                throw .init(reason: "edge \(a) → \(b) is a self-follow or a duplicate")
            }
        }
    }

    /// Running sums of zigzag deltas (wrapping, so hostile input cannot trap).
    static func prefixSums(_ deltas: [UInt64]) -> [Int64] {
        var result: [Int64] = []
        result.reserveCapacity(deltas.count)
        var sum: Int64 = 0
        for delta in deltas {
            sum &+= ByteCursor.unzigzag(delta)
            result.append(sum)
        }
        return result
    }

    /// Checks that every value fits a 32-bit id.
    static func identifiers(_ values: [Int64], column: String) throws(ByteCursor.Failure) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(values.count)
        for value in values {
            guard let id = UInt32(exactly: value) else {
                throw .init(reason: "column \(column): value \(value) is not a 32-bit id")
            }
            result.append(id)
        }
        return result
    }
}
