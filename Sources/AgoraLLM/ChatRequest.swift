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

    /// The request body as canonical JSON (sorted keys, no escaped slashes). O(size of messages).
    public func body() -> Data {
        var object: [String: Any] = [
            "model": model,
            "messages": messages.map { ["role": $0.role, "content": $0.content] },
            "temperature": temperature,
            "max_tokens": maxTokens,
            "seed": Int(seed),
        ]
        let schema = (try? JSONSerialization.jsonObject(with: Data(schemaJSON.utf8))) ?? [String: Any]()
        if let format = structuredOutput.responseFormat(schema: schema) { object["response_format"] = format }
        // Serializing plain strings, numbers, arrays and dictionaries cannot fail.
        return (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
    }
}
