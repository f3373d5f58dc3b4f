import AgoraCore
import AgoraLLM

/// The personas of a run's LLM-driven agents: either a list (from the world file and/or a persona
/// file), handed out in turn, or — when the list is empty — one persona generated per agent from
/// seeded Big-Five traits, the agent's strongest interests and a backstory template.
///
/// Persona ids (recorded in the trace header's `persona` column): the list index for listed
/// personas (agent with LLM ordinal `n` gets persona `n mod count`; an arrival with id `i` gets
/// `i mod count`), the agent id for generated ones.
public struct PersonaLibrary: Sendable {
    /// Listed personas; empty means generated.
    public let listed: [Persona]
    /// Names of the topics (topic `t` beyond the list is `topic-t`).
    public let topicLabels: [String]
    /// The run seed (generated traits are drawn from it).
    public let seed: UInt64
    private let backstory: PromptTemplate

    /// The built-in backstory template of generated personas.
    public static let defaultBackstoryTemplate =
        "{{name}} spends a little time online every day, mostly reading about {{interests}}. "
        + "They are {{openness_level}} in openness and {{extraversion_level}} in extraversion."

    /// Creates a library.
    /// - Throws: `LLMPolicyError` when the backstory template is not valid Mustache.
    public init(listed: [Persona], topicLabels: [String], seed: UInt64, backstoryTemplate: String?) throws(LLMPolicyError) {
        self.listed = listed
        self.topicLabels = topicLabels
        self.seed = seed
        do {
            backstory = try PromptTemplate(backstoryTemplate ?? Self.defaultBackstoryTemplate, name: "llm.backstory_template")
        } catch {
            throw LLMPolicyError(error.message)
        }
    }

    /// The name of topic `t`.
    public func topicLabel(_ t: Int) -> String { t < topicLabels.count ? topicLabels[t] : "topic-\(t)" }

    /// The persona id of an agent: listed → `ordinal mod count`; generated → the agent id.
    public func personaID(agent: AgentID, ordinal: Int) -> UInt32 {
        listed.isEmpty ? agent.rawValue : UInt32(ordinal % listed.count)
    }

    /// The persona with id `id`, generating it for `agent` (from its initial interest vector
    /// `interests`) when the library has no list. Pure: the same inputs give the same persona.
    public func persona(id: UInt32, agent: AgentID, interests: ArraySlice<Float>) -> Persona {
        if !listed.isEmpty { return listed[Int(id) % listed.count] }
        var stream = RandomStream(seed: seed, purpose: .llm, agent: agent.rawValue, sequence: UInt64.max)
        var traits: [Double] = []
        for _ in 0..<5 { traits.append((stream.nextUnit() * 100).rounded() / 100) }
        let ranked = interests.indices.sorted { interests[$0] != interests[$1] ? interests[$0] > interests[$1] : $0 < $1 }
        let words = ranked.prefix(2).map { topicLabel($0 - interests.startIndex) }
        var persona = Persona(name: "user-\(agent.rawValue)", openness: traits[0], conscientiousness: traits[1],
                              extraversion: traits[2], agreeableness: traits[3], neuroticism: traits[4], interests: words,
                              backstory: "")
        persona.backstory = backstory.render(persona.templateValues)
        return persona
    }
}
