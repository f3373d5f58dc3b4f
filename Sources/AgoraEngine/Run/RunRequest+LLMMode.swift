import AgoraLLM

extension RunRequest {
    /// The LLM cache mode named on the command line (`live`, `replay`, `refresh`), or nil for
    /// any other text; how `agora run --llm` is parsed without the CLI reaching into AgoraLLM.
    public static func llmMode(named name: String) -> LLMCacheMode? { LLMCacheMode(rawValue: name) }
}
