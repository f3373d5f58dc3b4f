/// How a request asks for structured (JSON) output. Servers differ (docs/llm-agents.md): llama.cpp's
/// server takes a schema inside `{"type": "json_object", "schema": …}` and answers HTTP 500 to the
/// OpenAI form; OpenAI and vLLM take `{"type": "json_schema", "json_schema": {…}}`.
public enum StructuredOutputForm: String, Codable, Sendable, CaseIterable {
    /// No `response_format`: the prompt alone asks for JSON.
    case none
    /// `{"type": "json_object"}`: any JSON object.
    case jsonObject = "json_object"
    /// `{"type": "json_object", "schema": SCHEMA}` (llama.cpp, llama-cpp-python).
    case jsonObjectSchema = "json_object_schema"
    /// `{"type": "json_schema", "json_schema": {"name": "decision", "schema": SCHEMA, "strict": true}}`
    /// (OpenAI, vLLM).
    case jsonSchema = "json_schema"

    /// The `response_format` value for `schema` (a JSON object), or nil for `.none`.
    public func responseFormat(schema: Any) -> [String: Any]? {
        switch self {
        case .none: nil
        case .jsonObject: ["type": "json_object"]
        case .jsonObjectSchema: ["type": "json_object", "schema": schema]
        case .jsonSchema: ["type": "json_schema", "json_schema": ["name": "decision", "schema": schema, "strict": true] as [String: Any]]
        }
    }
}
