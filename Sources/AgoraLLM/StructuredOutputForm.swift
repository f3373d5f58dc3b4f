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
}
