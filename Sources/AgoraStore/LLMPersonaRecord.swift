/// One persona used by a run (`llm_personas`).
public struct LLMPersonaRecord: Equatable, Sendable {
    /// Persona id as written in the trace header's `persona` column.
    public var persona: Int
    /// Persona name.
    public var name: String
    /// Traits, interests and backstory as JSON.
    public var traitsJSON: String

    /// Creates a record.
    public init(persona: Int, name: String, traitsJSON: String) {
        self.persona = persona
        self.name = name
        self.traitsJSON = traitsJSON
    }
}
