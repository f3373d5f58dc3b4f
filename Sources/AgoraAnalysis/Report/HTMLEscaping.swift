/// Escaping of any text that goes into the report's HTML or SVG (agent-written post texts, world
/// names, metric names): `&`, `<`, `>`, `"` and `'` become character references, so no text can
/// open a tag, close an attribute or start a script. Control characters other than tab and
/// newline are dropped.
public enum HTMLEscaping {
    /// `text` safe for element content and quoted attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
