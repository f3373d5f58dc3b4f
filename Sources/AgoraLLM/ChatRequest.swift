import AgoraCore
import Foundation

/// One chat-completions request: what is sent to `POST {endpoint}/chat/completions`, minus the
/// API key (which only the transport adds, as a header).
///
/// `body()` is canonical JSON (sorted keys), so the same request always has the same bytes — the
/// response cache hashes it together with the agent, session and attempt (`LLMCacheKey`).
public struct ChatRequest: Equatable, Sendable {
    /// Model name.
    public var model: String
    /// The conversation.
    public var messages: [ChatMessage]
    /// Sampling temperature.
    public var temperature: Double
    /// Most tokens of the answer.
    public var maxTokens: Int
    /// Sampling seed sent to the server (servers that honour it answer reproducibly).
    public var seed: UInt32
    /// How structured output is requested.
    public var structuredOutput: StructuredOutputForm
    /// The JSON schema of the answer (JSON text), used by the schema forms.
    public var schemaJSON: String

    /// Creates a request.
    public init(model: String, messages: [ChatMessage], temperature: Double, maxTokens: Int, seed: UInt32,
                structuredOutput: StructuredOutputForm, schemaJSON: String) {
        self.model = model
        self.messages = messages
        self.temperature = temperature
        self.maxTokens = maxTokens
        self.seed = seed
        self.structuredOutput = structuredOutput
        self.schemaJSON = schemaJSON
    }

    /// The request body as canonical JSON: keys sorted, no insignificant whitespace, `/` not
    /// escaped, non-ASCII text as UTF-8. Written by hand because Foundation's `.sortedKeys` on Linux
    /// compares keys with ICU collation, which made this the costliest step of a replayed decision.
    /// O(size of messages); the schema is canonicalized once per distinct text.
    public func body() -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(256 + messages.reduce(0) { $0 + $1.content.utf8.count + 32 })
        out.append(contentsOf: #"{"max_tokens":"#.utf8)
        out.append(contentsOf: String(maxTokens).utf8)
        out.append(contentsOf: #","messages":["#.utf8)
        for (index, message) in messages.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: #"{"content":"#.utf8)
            TextEscaping.appendJSONString(message.content, to: &out)
            out.append(contentsOf: #","role":"#.utf8)
            TextEscaping.appendJSONString(message.role, to: &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(contentsOf: #"],"model":"#.utf8)
        TextEscaping.appendJSONString(model, to: &out)
        let schema = CanonicalSchemas.shared.text(for: schemaJSON)
        switch structuredOutput {
        case .none: break
        case .jsonObject: out.append(contentsOf: #","response_format":{"type":"json_object"}"#.utf8)
        case .jsonObjectSchema:
            out.append(contentsOf: #","response_format":{"schema":"#.utf8)
            out.append(contentsOf: schema.utf8)
            out.append(contentsOf: #","type":"json_object"}"#.utf8)
        case .jsonSchema:
            out.append(contentsOf: #","response_format":{"json_schema":{"name":"decision","schema":"#.utf8)
            out.append(contentsOf: schema.utf8)
            out.append(contentsOf: #","strict":true},"type":"json_schema"}"#.utf8)
        }
        out.append(contentsOf: #","seed":"#.utf8)
        out.append(contentsOf: String(seed).utf8)
        out.append(contentsOf: #","temperature":"#.utf8)
        out.append(contentsOf: Self.number(temperature).utf8)
        out.append(UInt8(ascii: "}"))
        return Data(out)
    }

    /// A JSON number: whole values without a fraction (`0`, `1`), others in Swift's shortest form.
    static func number(_ value: Double) -> String {
        value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

/// JSON schemas in canonical form (sorted keys, compact) by their text: every request of a run
/// carries the same schema, so it is canonicalized once. Thread-safe (a lock).
final class CanonicalSchemas: @unchecked Sendable {
    static let shared = CanonicalSchemas()
    private let lock = NSLock()
    private var texts: [String: String] = [:]

    /// The canonical text (`{}` when the text is not a JSON object or array).
    func text(for schema: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let known = texts[schema] { return known }
        let object = (try? JSONSerialization.jsonObject(with: Data(schema.utf8))) ?? [String: Any]()
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        let canonical = String(decoding: data, as: UTF8.self)
        if texts.count < 16 { texts[schema] = canonical }
        return canonical
    }
}
