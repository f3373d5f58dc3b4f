import Foundation

/// Reads personas from a CSV file (header row: `id,openness,…,interests,backstory`, interests
/// separated by `;`) or a JSONL file (one JSON object a line with the keys of `llm.personas[]`).
/// Missing traits default to 0.5; the `id` column/key is required.
public enum PersonaFileReader {
    /// The personas of the file at `path` (format from the extension: `.csv`, `.jsonl`/`.ndjson`).
    /// - Throws: `LLMPolicyError` naming the file, line and what was expected.
    public static func read(path: String) throws(LLMPolicyError) -> [Persona] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LLMPolicyError("llm.persona_file: cannot read '\(path)'; check the path (relative to the working directory)")
        }
        let text = String(decoding: data, as: UTF8.self)
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") { return try parseCSV(text, file: path) }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return try parseJSONL(text, file: path) }
        throw LLMPolicyError("llm.persona_file: '\(path)' should end in .csv or .jsonl")
    }

    /// Personas from CSV text (RFC 4180 quoting).
    public static func parseCSV(_ text: String, file: String) throws(LLMPolicyError) -> [Persona] {
        let rows = CSVRows.parse(text)
        guard let header = rows.first else { return [] }
        let columns = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let idColumn = columns.firstIndex(of: "id") else {
            throw LLMPolicyError("\(file):1: expected a header row with an 'id' column, found \(columns.joined(separator: ","))")
        }
        var personas: [Persona] = []
        for (offset, row) in rows.dropFirst().enumerated() where !(row.count == 1 && row[0].isEmpty) {
            let line = offset + 2
            func field(_ name: String) -> String? {
                guard let index = columns.firstIndex(of: name), index < row.count else { return nil }
                return row[index]
            }
            guard idColumn < row.count, !row[idColumn].isEmpty else { throw LLMPolicyError("\(file):\(line): expected an id, found none") }
            var values: [String: Any] = ["id": row[idColumn]]
            for trait in traitNames { if let text = field(trait), !text.isEmpty { values[trait] = text } }
            values["interests"] = (field("interests") ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            values["backstory"] = field("backstory") ?? ""
            personas.append(try persona(from: values, at: "\(file):\(line)"))
        }
        return personas
    }

    /// Personas from JSONL text.
    public static func parseJSONL(_ text: String, file: String) throws(LLMPolicyError) -> [Persona] {
        var personas: [Persona] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any] else {
                throw LLMPolicyError("\(file):\(offset + 1): expected a JSON object on the line")
            }
            personas.append(try persona(from: object, at: "\(file):\(offset + 1)"))
        }
        return personas
    }

    static let traitNames = ["openness", "conscientiousness", "extraversion", "agreeableness", "neuroticism"]

    static func persona(from values: [String: Any], at place: String) throws(LLMPolicyError) -> Persona {
        guard let id = values["id"] as? String ?? (values["id"] as? Int).map(String.init), !id.isEmpty else {
            throw LLMPolicyError("\(place): expected an 'id' (text), found none")
        }
        var traits: [Double] = []
        for name in traitNames {
            let raw = values[name]
            let value: Double? = raw == nil ? 0.5 : (raw as? Double) ?? (raw as? Int).map(Double.init) ?? (raw as? String).flatMap(Double.init)
            guard let value, value >= 0, value <= 1 else {
                throw LLMPolicyError("\(place): \(name): expected a number between 0 and 1, found \(raw.map { "\($0)" } ?? "nothing")")
            }
            traits.append(value)
        }
        let interests = (values["interests"] as? [String]) ?? []
        return Persona(name: id, openness: traits[0], conscientiousness: traits[1], extraversion: traits[2],
                       agreeableness: traits[3], neuroticism: traits[4], interests: interests,
                       backstory: values["backstory"] as? String ?? "")
    }
}

/// A small RFC 4180 CSV splitter (quoted fields, doubled quotes, CRLF).
enum CSVRows {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.append(c) }
                continue
            }
            switch c {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\n", "\r\n":
                row.append(field); field = ""
                rows.append(row); row = []
            case "\r": break
            default: field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
