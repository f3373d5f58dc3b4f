/// How a run uses the LLM response cache (`agora run --llm live|replay|refresh`). A CLI-only
/// option: it never enters the config hash or the trace.
public enum LLMCacheMode: String, Sendable, CaseIterable {
    /// Read through the cache; call the server on a miss and record the answer (default).
    case live
    /// Cache only: a miss is an error naming the agent and session; no server is contacted.
    case replay
    /// Call the server for every request and overwrite the cached answers.
    case refresh
}
