extension EdgeListLoader {
    /// The two id tokens of one edge line, as byte ranges into the file.
    struct EdgeTokens {
        /// 1-based line number in the file.
        var line: Int
        /// Byte range of the first (source) id.
        var first: Range<Int>
        /// Byte range of the second (target) id.
        var second: Range<Int>
    }

    /// Walks the lines of an edge-list file and hands out the first two tokens of every edge
    /// line, skipping blank and comment lines. One pass over the bytes, no allocation per line.
    struct LineScanner {
        /// The whole file.
        let bytes: UnsafeRawBufferPointer
        /// The file name for error messages.
        let sourceName: String
        /// Offset of the next unread line.
        private var position: Int
        /// Number of the last line read (1-based).
        private var lineNumber = 0

        /// Starts at the beginning of `bytes`, skipping a UTF-8 byte-order mark.
        init(bytes: UnsafeRawBufferPointer, sourceName: String) {
            self.bytes = bytes
            self.sourceName = sourceName
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            position = bytes.count >= 3 && bytes[0] == bom[0] && bytes[1] == bom[1] && bytes[2] == bom[2] ? 3 : 0
        }

        /// Space, tab, comma, carriage return, vertical tab and form feed separate tokens.
        @inline(__always)
        static func isSeparator(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x2C || (byte >= 0x09 && byte <= 0x0D && byte != 0x0A)
        }

        /// The next edge line's tokens, or `nil` at the end of the file.
        /// - Throws: `GraphLoadError.malformedLine` for a line with a single token.
        mutating func nextEdge() throws(GraphLoadError) -> EdgeTokens? {
            let count = bytes.count
            while position < count {
                lineNumber += 1
                let lineStart = position
                var end = position
                while end < count && bytes[end] != 0x0A { end += 1 }
                position = end + 1
                var index = lineStart
                while index < end && Self.isSeparator(bytes[index]) { index += 1 }
                if index == end { continue }
                if bytes[index] == UInt8(ascii: "#") || bytes[index] == UInt8(ascii: "%") { continue }
                let firstStart = index
                while index < end && !Self.isSeparator(bytes[index]) { index += 1 }
                let firstEnd = index
                while index < end && Self.isSeparator(bytes[index]) { index += 1 }
                guard index < end else {
                    throw .malformedLine(
                        path: sourceName, line: lineNumber,
                        expected: "two node ids separated by whitespace or a comma",
                        found: "only \(quoted(firstStart..<firstEnd))"
                    )
                }
                let secondStart = index
                while index < end && !Self.isSeparator(bytes[index]) { index += 1 }
                return EdgeTokens(line: lineNumber, first: firstStart..<firstEnd, second: secondStart..<index)
            }
            return nil
        }

        /// The token's text, for maps and messages.
        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }

        /// The token in single quotes, shortened to 40 characters for error messages.
        func quoted(_ range: Range<Int>) -> String {
            let token = text(range)
            return token.count > 40 ? "'\(token.prefix(40))…'" : "'\(token)'"
        }

        /// Whether two tokens are the same bytes.
        func sameToken(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
            guard a.count == b.count else { return false }
            var i = a.lowerBound
            var j = b.lowerBound
            while i < a.upperBound {
                if bytes[i] != bytes[j] { return false }
                i += 1
                j += 1
            }
            return true
        }
    }
}
