extension EdgeListLoader {
    /// Reads integer node ids and maps them densely in order of first appearance.
    ///
    /// Ids are parsed into 64-bit integers first; when they are non-negative and not much larger
    /// than the number of lines (the usual SNAP case) the mapping is a flat lookup table,
    /// otherwise a hash map. Either way the order of first appearance decides the agent ids.
    enum IntegerIDReader {
        /// Parses every edge line of `bytes`.
        static func read(_ bytes: UnsafeRawBufferPointer, sourceName: String) throws(GraphLoadError) -> MappedEdgeLines {
            var scanner = LineScanner(bytes: bytes, sourceName: sourceName)
            var raw: [Int64] = []
            raw.reserveCapacity(bytes.count / 6)
            var selfLoops = 0
            var minID = Int64.max
            var maxID = Int64.min
            while let tokens = try scanner.nextEdge() {
                let u = try integer(tokens.first, line: tokens.line, scanner: scanner)
                let v = try integer(tokens.second, line: tokens.line, scanner: scanner)
                if u == v { selfLoops += 1; continue }
                raw.append(u)
                raw.append(v)
                minID = min(minID, u, v)
                maxID = max(maxID, u, v)
            }
            var mapped = MappedEdgeLines()
            mapped.selfLoops = selfLoops
            guard !raw.isEmpty else { return mapped }
            let dense: [UInt32]
            if minID >= 0 && maxID < Int64(max(1 << 22, 4 * raw.count)) {
                dense = try mapWithTable(raw, maxID: Int(maxID), into: &mapped.originalIDs, sourceName: sourceName)
            } else {
                dense = try mapWithDictionary(raw, into: &mapped.originalIDs, sourceName: sourceName)
            }
            let edgeCount = raw.count / 2
            mapped.sources = [UInt32](unsafeUninitializedCapacity: edgeCount) { buffer, initialized in
                for index in 0..<edgeCount { buffer[index] = dense[2 * index] }
                initialized = edgeCount
            }
            mapped.targets = [UInt32](unsafeUninitializedCapacity: edgeCount) { buffer, initialized in
                for index in 0..<edgeCount { buffer[index] = dense[2 * index + 1] }
                initialized = edgeCount
            }
            return mapped
        }

        /// Parses an optionally signed decimal integer token.
        static func integer(_ range: Range<Int>, line: Int, scanner: LineScanner) throws(GraphLoadError) -> Int64 {
            let bytes = scanner.bytes
            var index = range.lowerBound
            var negative = false
            if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                negative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            var value: Int64 = 0
            var valid = index < range.upperBound
            while valid && index < range.upperBound {
                let digit = bytes[index] &- 0x30
                if digit > 9 { valid = false; break }
                let (times10, o1) = value.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(Int64(digit))
                if o1 || o2 { valid = false; break }
                value = sum
                index += 1
            }
            guard valid else {
                throw .malformedLine(
                    path: scanner.sourceName, line: line,
                    expected: "an integer node id (for other ids use --string-ids or graph.string_ids: true)",
                    found: scanner.quoted(range)
                )
            }
            return negative ? -value : value
        }

        /// Dense ids through a flat table indexed by the original id.
        static func mapWithTable(
            _ raw: [Int64], maxID: Int, into originalIDs: inout [String], sourceName: String
        ) throws(GraphLoadError) -> [UInt32] {
            var table = [UInt32](repeating: .max, count: maxID + 1)
            var dense = [UInt32](repeating: 0, count: raw.count)
            var next: UInt32 = 0
            for (index, id) in raw.enumerated() {
                var agent = table[Int(id)]
                if agent == .max {
                    guard next < .max else { throw .tooManyNodes(path: sourceName) }
                    agent = next
                    table[Int(id)] = agent
                    originalIDs.append(String(id))
                    next += 1
                }
                dense[index] = agent
            }
            return dense
        }

        /// Dense ids through a hash map, for negative or very sparse ids.
        static func mapWithDictionary(
            _ raw: [Int64], into originalIDs: inout [String], sourceName: String
        ) throws(GraphLoadError) -> [UInt32] {
            var agents: [Int64: UInt32] = [:]
            agents.reserveCapacity(raw.count / 4)
            var dense = [UInt32](repeating: 0, count: raw.count)
            for (index, id) in raw.enumerated() {
                if let agent = agents[id] {
                    dense[index] = agent
                } else {
                    guard originalIDs.count < Int(UInt32.max) else { throw .tooManyNodes(path: sourceName) }
                    let agent = UInt32(originalIDs.count)
                    agents[id] = agent
                    originalIDs.append(String(id))
                    dense[index] = agent
                }
            }
            return dense
        }
    }
}
