/// Namespace of the AgoraLLM module: the OpenAI-compatible chat client, endpoint pool, retries
/// and response cache used by LLM-driven agents (DESIGN.md, "LLM-driven agents").
public enum AgoraLLMModule {}
