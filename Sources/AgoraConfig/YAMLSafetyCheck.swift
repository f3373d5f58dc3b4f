/// Refuses hostile YAML before Yams sees it: bytes that are not UTF-8, aliases (alias bombs),
/// and nesting deep enough to exhaust the stack of the recursive composer.
///
/// The check is a single lexical pass over the bytes, O(n) with O(depth) memory. It tracks quoted
/// strings, comments, block scalars and flow collections just well enough to find aliases at the
/// start of a node and to bound the nesting depth from above (each level of block indentation is
/// counted as two, to cover a sequence written at its parent key's indentation), so it never
/// refuses an ordinary config and always refuses what could hurt.
struct YAMLSafetyCheck {
    /// A refusal: what is wrong and where (1-based line and column; byte offset for encoding errors).
    struct Finding: Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    /// The deepest nesting a world file may use.
    static let maximumDepth = 64
    /// The most values (scalars and collections, keys included) a world file may hold: far more
    /// than any world needs, few enough that composing them stays well under a second.
    static let maximumNodes = 50_000

    /// The first problem in `bytes`, or nil when the text is safe to compose.
    static func check(_ bytes: [UInt8]) -> Finding? {
        // The standard library validates fast; the byte-by-byte walk only runs to locate a problem.
        if String(validating: bytes, as: UTF8.self) == nil, let finding = firstInvalidUTF8(bytes) { return finding }
        var scanner = Scanner(bytes: bytes)
        return scanner.run()
    }

    /// The first byte that is not part of a well-formed UTF-8 sequence (RFC 3629: no overlong
    /// forms, no surrogates, nothing above U+10FFFF).
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Finding? {
        var index = 0
        var line = 1
        var column = 1
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            var lowest: UInt8 = 0x80
            var highest: UInt8 = 0xBF
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowest = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; highest = 0x9F
            case 0xF0: length = 4; lowest = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; highest = 0x8F
            default: return invalidByte(lead, at: index, line: line, column: column)
            }
            for offset in 1..<length {
                guard index + offset < bytes.count else {
                    return Finding(line: line, column: column, message: "the file is not valid UTF-8: it ends inside a multi-byte character at byte offset \(index)")
                }
                let byte = bytes[index + offset]
                let low = offset == 1 ? lowest : 0x80
                let high = offset == 1 ? highest : 0xBF
                guard byte >= low, byte <= high else { return invalidByte(lead, at: index, line: line, column: column) }
            }
            if lead == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        return nil
    }

    private static func invalidByte(_ byte: UInt8, at offset: Int, line: Int, column: Int) -> Finding {
        let hex = String(byte, radix: 16, uppercase: true)
        return Finding(
            line: line, column: column,
            message: "the file is not valid UTF-8: byte 0x\(hex.count == 1 ? "0" + hex : hex) at byte offset \(offset) (line \(line)); save it as UTF-8")
    }

    /// The lexical pass over valid UTF-8.
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var line = 1
        var column = 1
        var flowDepth = 0
        var indentStack: [Int] = []
        var inlineIndicators = 0
        var atNodeStart = true
        /// Indentation of the line that opened a block scalar, while inside one.
        var blockScalarParentIndent: Int?
        /// Values started so far.
        var nodes = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        func byte(at position: Int) -> UInt8? { position < bytes.count ? bytes[position] : nil }

        func isBlank(_ byte: UInt8?) -> Bool {
            guard let byte else { return true }
            return byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
        }

        mutating func advance() {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if bytes[index] & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }

        /// Moves to the newline ending the current line (or the end). The column is left stale:
        /// the newline resets it before anything reports a position.
        mutating func skipToEndOfLine() {
            index = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        }

        var depthEstimate: Int { flowDepth + 2 * indentStack.count + inlineIndicators }

        func tooDeep() -> Finding {
            Finding(
                line: line, column: column,
                message: "nesting deeper than \(YAMLSafetyCheck.maximumDepth) levels; a world file needs only a few")
        }

        /// Handles the start of a line outside quoted strings; returns false when the line was skipped.
        mutating func startLine() -> Bool {
            var indent = 0
            while let next = byte(at: index + indent), next == UInt8(ascii: " ") { indent += 1 }
            let first = byte(at: index + indent)
            let blankLine = first == nil || first == UInt8(ascii: "\n") || first == UInt8(ascii: "\r")
            if let parent = blockScalarParentIndent {
                if blankLine || indent > parent {
                    skipToEndOfLine()
                    return false
                }
                blockScalarParentIndent = nil
            }
            for _ in 0..<indent { advance() }
            if flowDepth > 0 || blankLine || first == UInt8(ascii: "#") { return true }
            while let top = indentStack.last, top > indent { indentStack.removeLast() }
            if indentStack.last != indent { indentStack.append(indent) }
            inlineIndicators = 0
            atNodeStart = true
            return true
        }

        mutating func run() -> Finding? {
            var lineStart = true
            while index < bytes.count {
                if lineStart {
                    lineStart = false
                    if !startLine() { continue }
                    if depthEstimate > YAMLSafetyCheck.maximumDepth { return tooDeep() }
                    continue
                }
                let current = bytes[index]
                let next = byte(at: index + 1)
                if current == UInt8(ascii: "\n") {
                    advance()
                    lineStart = true
                    continue
                }
                if current == UInt8(ascii: "#"), index == 0 || isBlank(bytes[index - 1]) {
                    skipToEndOfLine()
                    continue
                }
                if atNodeStart {
                    if let finding = nodeStart(current, next) { return finding }
                    continue
                }
                switch current {
                case UInt8(ascii: ":") where isBlank(next) || (flowDepth > 0 && isFlowIndicator(next)):
                    atNodeStart = true
                    if flowDepth == 0 { inlineIndicators += 1 }
                case UInt8(ascii: ",") where flowDepth > 0:
                    atNodeStart = true
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    if flowDepth > 0 { flowDepth -= 1 }
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    // Inside a flow collection a bracket always opens a nested one.
                    if flowDepth > 0 {
                        flowDepth += 1
                        atNodeStart = true
                    }
                default: break
                }
                if depthEstimate > YAMLSafetyCheck.maximumDepth { return tooDeep() }
                advance()
            }
            return nil
        }

        func isFlowIndicator(_ byte: UInt8?) -> Bool {
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")
        }

        /// Reads what may begin a node: indicators, flow openings, quotes, aliases, block scalars.
        mutating func nodeStart(_ current: UInt8, _ next: UInt8?) -> Finding? {
            if !isBlank(current), !isIndicator(current, next) {
                nodes += 1
                if nodes > YAMLSafetyCheck.maximumNodes {
                    return Finding(
                        line: line, column: column,
                        message: "more than \(YAMLSafetyCheck.maximumNodes) values; a world file needs far fewer")
                }
            }
            switch current {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                advance()
            case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                guard isBlank(next) else {
                    atNodeStart = false
                    break
                }
                if flowDepth == 0 { inlineIndicators += 1 }
                advance()
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth += 1
                if depthEstimate > YAMLSafetyCheck.maximumDepth { return tooDeep() }
                advance()
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if flowDepth > 0 { flowDepth -= 1 }
                atNodeStart = false
                advance()
            case UInt8(ascii: ",") where flowDepth > 0:
                advance()
            case UInt8(ascii: "*"):
                var name = ""
                var position = index + 1
                while let byte = byte(at: position), !isBlank(byte), !isFlowIndicator(byte), name.utf8.count < 40 {
                    name.append(Character(Unicode.Scalar(byte)))
                    position += 1
                }
                return Finding(
                    line: line, column: column,
                    message: "YAML aliases (*\(name)) are not allowed in world files; write the value out in full")
            case UInt8(ascii: "&"), UInt8(ascii: "!"):
                // An anchor or a tag precedes the node itself.
                while index < bytes.count, !isBlank(bytes[index]) { advance() }
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                skipQuoted(current)
                atNodeStart = false
            case UInt8(ascii: "|"), UInt8(ascii: ">"):
                if flowDepth == 0 {
                    blockScalarParentIndent = indentStack.last ?? 0
                    skipToEndOfLine()
                }
                atNodeStart = false
            default:
                atNodeStart = false
            }
            if depthEstimate > YAMLSafetyCheck.maximumDepth { return tooDeep() }
            return nil
        }

        /// Whether `current` is an indicator that precedes a node rather than starting one.
        func isIndicator(_ current: UInt8, _ next: UInt8?) -> Bool {
            switch current {
            case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"): return isBlank(next)
            case UInt8(ascii: "&"), UInt8(ascii: "!"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ","): return true
            default: return false
            }
        }

        /// Skips a quoted string (which may span lines), honouring `\"` and `''` escapes.
        mutating func skipQuoted(_ quote: UInt8) {
            advance()
            while index < bytes.count {
                let current = bytes[index]
                if quote == UInt8(ascii: "\""), current == UInt8(ascii: "\\") {
                    advance()
                    if index < bytes.count { advance() }
                    continue
                }
                if current == quote {
                    if quote == UInt8(ascii: "'"), byte(at: index + 1) == quote {
                        advance()
                        advance()
                        continue
                    }
                    advance()
                    return
                }
                advance()
            }
        }
    }
}
