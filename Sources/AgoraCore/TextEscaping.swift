/// The one place where text is made safe for the formats Agora writes: HTML and SVG (reports),
/// XML (GraphML and GEXF exports), JSON string literals (trace stats and exports, LLM request
/// bodies), CSV fields (trace exports, sweep results) and Markdown table cells (reports).
///
/// Every module writes through these functions, so a text written by an agent (post texts,
/// personas) or a user (world and sweep names, axis values, node ids) is escaped by the same
/// rules wherever it goes. Each function is O(n) in the text's length.
public enum TextEscaping {
    /// `text` safe for HTML/SVG element content and quoted attribute values: `&`, `<`, `>`, `"`
    /// and `'` become character references (`'` as `&#39;`, which HTML 4 also knows), so no text
    /// can open a tag, close an attribute or start a script. Tab and line feed are kept; other
    /// control characters (and DEL) are dropped.
    ///
    ///     TextEscaping.html("a<b & 'c'")   // "a&lt;b &amp; &#39;c&#39;"
    public static func html(_ text: String) -> String { markup(text, .html) }

    /// `text` safe inside XML 1.0 content and attribute values: markup characters as entities
    /// (`'` as `&apos;`), tab, line feed and carriage return as character references (attribute
    /// normalization would otherwise turn them into spaces), and characters XML 1.0 cannot carry at
    /// all (other control characters, U+FFFE, U+FFFF) replaced by U+FFFD.
    public static func xml(_ text: String) -> String { markup(text, .xml) }

    /// The two markup dialects of `html` and `xml`.
    private enum Markup { case html, xml }

    /// The shared loop of `html` and `xml`. Text without anything to escape is returned as is.
    private static func markup(_ text: String, _ dialect: Markup) -> String {
        let needsWork = text.unicodeScalars.contains { scalar in
            scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF
                || scalar == "&" || scalar == "<" || scalar == ">" || scalar == "\"" || scalar == "'"
        }
        guard needsWork else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch (scalar, dialect) {
            case ("&", _): out += "&amp;"
            case ("<", _): out += "&lt;"
            case (">", _): out += "&gt;"
            case ("\"", _): out += "&quot;"
            case ("'", .html): out += "&#39;"
            case ("'", .xml): out += "&apos;"
            case ("\t", .html), ("\n", .html): out.unicodeScalars.append(scalar)
            case ("\t", .xml), ("\n", .xml), ("\r", .xml): out += "&#\(scalar.value);"
            case (_, .html) where scalar.value < 0x20 || scalar.value == 0x7F: continue
            case (_, .xml) where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                out.unicodeScalars.append("\u{FFFD}")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` as a JSON string literal, quotes included (RFC 8259): `"` and `\` escaped, line feed,
    /// carriage return and tab as `\n`, `\r`, `\t`, other control characters as `\u00xx`; `/` and
    /// non-ASCII text left as is (UTF-8), so the same text always gives the same bytes.
    public static func jsonString(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        appendJSONString(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` as a JSON string literal (the rules of `jsonString`) to `out`, for writers
    /// that build their output as bytes (LLM request bodies, trace exports).
    public static func appendJSONString(_ text: String, to out: inout [UInt8]) {
        let hex: StaticString = "0123456789abcdef"
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                hex.withUTF8Buffer { digits in
                    out.append(digits[Int(byte >> 4)])
                    out.append(digits[Int(byte & 0xF)])
                }
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `text` as one CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma, a
    /// quote or a line break; as is otherwise.
    public static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `text` safe inside a Markdown table cell or a line of Markdown: HTML-escaped (Markdown
    /// viewers render raw HTML), tabs and line breaks flattened to spaces, `|` escaped so it cannot
    /// end the cell, and backticks as `&#96;` so they cannot open a code span.
    public static func markdownInline(_ text: String) -> String {
        html(text)
            .replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\t", with: " ")
            .replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "`", with: "&#96;")
    }
}
