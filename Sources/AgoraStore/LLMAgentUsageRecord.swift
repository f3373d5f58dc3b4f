/// Token usage and decision outcomes of one LLM-driven agent in a run (`llm_agent_usage`).
public struct LLMAgentUsageRecord: Equatable, Sendable {
    /// Agent id.
    public var agent: Int64
    /// Its persona id.
    public var persona: Int
    /// Prompt tokens over the run.
    public var promptTokens: Int
    /// Completion tokens over the run.
    public var completionTokens: Int
    /// Sessions decided from a valid answer.
    public var valid: Int
    /// Sessions decided from an answer with dropped unknown ids or clamped values.
    public var repaired: Int
    /// Sessions that fell back to the rule policy.
    public var fallback: Int

    /// Creates a record.
    public init(agent: Int64, persona: Int, promptTokens: Int, completionTokens: Int, valid: Int, repaired: Int, fallback: Int) {
        self.agent = agent
        self.persona = persona
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.valid = valid
        self.repaired = repaired
        self.fallback = fallback
    }
}
