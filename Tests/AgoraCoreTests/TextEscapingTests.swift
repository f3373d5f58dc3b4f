import Testing

@testable import AgoraCore

/// The one escaping helper of every module: each format's special characters, and text without
/// any left untouched.
@Suite struct TextEscapingTests {
    @Test func htmlEscapingCoversEverySpecialCharacter() {
        #expect(TextEscaping.html("a&b<c>d\"e'f\u{07}") == "a&amp;b&lt;c&gt;d&quot;e&#39;f")
        #expect(TextEscaping.html("tab\there\nline\rend\u{7F}") == "tab\there\nlineend")
        #expect(TextEscaping.html("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
    }

    @Test func controlCharactersXMLCannotCarryAreReplaced() {
        #expect(TextEscaping.xml("a\u{1}b\u{FFFF}") == "a\u{FFFD}b\u{FFFD}")
        #expect(TextEscaping.xml("plain id 42") == "plain id 42")
        #expect(TextEscaping.xml("a&b 'q' \"d\" <t>") == "a&amp;b &apos;q&apos; &quot;d&quot; &lt;t&gt;")
        #expect(TextEscaping.xml("tab\there\nline\rend\u{7F}") == "tab&#9;here&#10;line&#13;end\u{7F}")
    }

    @Test func jsonStringsEscapeQuotesBackslashesAndControls() {
        #expect(TextEscaping.jsonString("plain") == "\"plain\"")
        #expect(TextEscaping.jsonString("a\"b\\c\nd\re\tf\u{1}g/é") == "\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g/é\"")
        var bytes: [UInt8] = Array("x=".utf8)
        TextEscaping.appendJSONString("\u{1F}", to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "x=\"\\u001f\"")
    }

    @Test func csvFieldsAreQuotedOnlyWhenNeeded() {
        #expect(TextEscaping.csvField("like") == "like")
        #expect(TextEscaping.csvField("a,b") == "\"a,b\"")
        #expect(TextEscaping.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(TextEscaping.csvField("two\nlines") == "\"two\nlines\"")
        #expect(TextEscaping.csvField("cr\rlf\r\n") == "\"cr\rlf\r\n\"")
    }

    @Test func markdownCellsCannotBreakTheTable() {
        #expect(TextEscaping.markdownInline("a|b\nc\td`e`<i>") == "a\\|b c d&#96;e&#96;&lt;i&gt;")
    }
}
