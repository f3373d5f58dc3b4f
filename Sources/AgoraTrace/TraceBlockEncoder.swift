import AgoraCore

/// Encodes block payloads (before compression) exactly as docs/trace-format.md lays them out.
/// Every column is a little-endian `UInt32` byte length followed by its bytes.
enum TraceBlockEncoder {
    /// Upper bound of the encoded bytes of one event: time 10, kind 1, agent and target 10 each
    /// (the zigzag delta of two 32-bit ids fits 5 bytes; 10 keeps the bound obviously safe),
    /// value 10, extra 10.
    static let maxBytesPerEvent = 51

    /// Six columns of `events`: time, kind, agent, target as zigzag deltas from the previous event
    /// of the block (the first from 0), value and extra as plain zigzag varints; tallies kinds.
    /// The payload is the first `returned` bytes of `scratch.bytes`: the scratch only grows (to
    /// the worst-case bound) and is never cleared, because zero-filling the bound for every
    /// block wrote about six times the payload's bytes. O(events.count); no allocation once
    /// `scratch` has grown.
    static func encodeEvents(
        _ events: UnsafeBufferPointer<TraceEvent>, into scratch: inout ByteSink, kindCounts: inout [UInt64]
    ) -> Int {
        let bound = 6 * 4 + events.count * maxBytesPerEvent
        if scratch.bytes.count < bound { scratch.bytes.append(contentsOf: repeatElement(0, count: bound - scratch.bytes.count)) }
        return scratch.bytes.withUnsafeMutableBufferPointer { output in
            kindCounts.withUnsafeMutableBufferPointer { counts in
                encodeEvents(events, into: output.baseAddress!, kindCounts: counts)
            }
        }
    }

    /// The column loops of `encodeEvents`; returns the bytes written.
    private static func encodeEvents(
        _ events: UnsafeBufferPointer<TraceEvent>, into output: UnsafeMutablePointer<UInt8>,
        kindCounts: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        var writer = RawByteWriter(output)
        var column = writer.beginColumn()
        var previousTime: Int64 = 0
        for event in events {
            writer.putZigzag(event.time.milliseconds &- previousTime)
            previousTime = event.time.milliseconds
        }
        writer.endColumn(column)
        column = writer.beginColumn()
        for event in events {
            writer.put(event.kindCode)
            kindCounts[Int(event.kindCode)] &+= 1
        }
        writer.endColumn(column)
        column = writer.beginColumn()
        var previous: Int64 = 0
        for event in events {
            writer.putZigzag(Int64(event.agent) - previous)
            previous = Int64(event.agent)
        }
        writer.endColumn(column)
        column = writer.beginColumn()
        previous = 0
        for event in events {
            writer.putZigzag(Int64(event.target) - previous)
            previous = Int64(event.target)
        }
        writer.endColumn(column)
        column = writer.beginColumn()
        for event in events { writer.putZigzag(event.value) }
        writer.endColumn(column)
        column = writer.beginColumn()
        for event in events { writer.putZigzag(event.extra) }
        writer.endColumn(column)
        return writer.position
    }

    /// Three columns: post ids (zigzag deltas), byte lengths (varints), concatenated UTF-8.
    static func encodeTexts(posts: [UInt32], lengths: [Int], utf8: [UInt8], into sink: inout ByteSink) {
        sink.reset()
        var column = sink.beginColumn()
        var previous: Int64 = 0
        for post in posts {
            sink.appendZigzag(Int64(post) - previous)
            previous = Int64(post)
        }
        sink.endColumn(column)
        column = sink.beginColumn()
        for length in lengths { sink.appendVarint(UInt64(length)) }
        sink.endColumn(column)
        column = sink.beginColumn()
        sink.append(utf8)
        sink.endColumn(column)
    }

    /// Seven fixed-width little-endian columns for agents `range`: type u8, activity f32,
    /// interests f32 × topicCount (row-major), opinion f32, community u32, persona u32, join time i64.
    static func encodeAgents(_ agents: AgentAttributes, _ range: Range<Int>, into sink: inout ByteSink) {
        sink.reset()
        var column = sink.beginColumn()
        sink.bytes.append(contentsOf: agents.type[range])
        sink.endColumn(column)
        column = sink.beginColumn()
        for index in range { sink.appendUInt32(agents.activity[index].bitPattern) }
        sink.endColumn(column)
        column = sink.beginColumn()
        for index in (range.lowerBound * agents.topicCount)..<(range.upperBound * agents.topicCount) {
            sink.appendUInt32(agents.interests[index].bitPattern)
        }
        sink.endColumn(column)
        column = sink.beginColumn()
        for index in range { sink.appendUInt32(agents.opinion[index].bitPattern) }
        sink.endColumn(column)
        column = sink.beginColumn()
        for index in range { sink.appendUInt32(agents.community[index]) }
        sink.endColumn(column)
        column = sink.beginColumn()
        for index in range { sink.appendUInt32(agents.persona[index]) }
        sink.endColumn(column)
        column = sink.beginColumn()
        for index in range { sink.appendUInt64(UInt64(bitPattern: agents.joinTime[index])) }
        sink.endColumn(column)
    }

    /// Two columns of zigzag-delta varints (the first from 0): followers, followees.
    static func encodeEdges(
        followers: ArraySlice<UInt32>, followees: ArraySlice<UInt32>, into sink: inout ByteSink
    ) {
        sink.reset()
        for values in [followers, followees] {
            let column = sink.beginColumn()
            var previous: Int64 = 0
            for value in values {
                sink.appendZigzag(Int64(value) - previous)
                previous = Int64(value)
            }
            sink.endColumn(column)
        }
    }
}
