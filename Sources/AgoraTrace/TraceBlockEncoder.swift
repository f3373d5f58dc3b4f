import AgoraCore

/// Encodes block payloads (before compression) exactly as docs/trace-format.md lays them out.
/// Every column is a little-endian `UInt32` byte length followed by its bytes.
enum TraceBlockEncoder {
    /// Six columns of `events`: time, kind, agent, target as zigzag deltas from the previous event
    /// of the block (the first from 0), value and extra as plain zigzag varints; tallies kinds.
    /// O(events.count), no allocation once `sink` has grown.
    static func encodeEvents(_ events: [TraceEvent], into sink: inout ByteSink, kindCounts: inout [UInt64]) {
        sink.reset()
        events.withUnsafeBufferPointer { events in
            var column = sink.beginColumn()
            var previousTime: Int64 = 0
            for event in events {
                sink.appendZigzag(event.time.milliseconds &- previousTime)
                previousTime = event.time.milliseconds
            }
            sink.endColumn(column)
            column = sink.beginColumn()
            for event in events {
                sink.bytes.append(event.kindCode)
                kindCounts[Int(event.kindCode)] &+= 1
            }
            sink.endColumn(column)
            column = sink.beginColumn()
            var previous: Int64 = 0
            for event in events {
                sink.appendZigzag(Int64(event.agent) - previous)
                previous = Int64(event.agent)
            }
            sink.endColumn(column)
            column = sink.beginColumn()
            previous = 0
            for event in events {
                sink.appendZigzag(Int64(event.target) - previous)
                previous = Int64(event.target)
            }
            sink.endColumn(column)
            column = sink.beginColumn()
            for event in events { sink.appendZigzag(event.value) }
            sink.endColumn(column)
            column = sink.beginColumn()
            for event in events { sink.appendZigzag(event.extra) }
            sink.endColumn(column)
        }
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
