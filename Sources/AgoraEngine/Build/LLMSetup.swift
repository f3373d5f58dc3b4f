import AgoraAgents
import AgoraConfig
import AgoraCore
import AgoraLLM
import AgoraStore
import Foundation

/// Builds the LLM-driven policy of a world with `policy: llm` types: personas (from
/// `llm.personas`, `llm.persona_file`, or generated), prompt templates, the endpoint pool and the
/// response cache in the chosen mode; and records each LLM-driven agent's persona id in the
/// world's attributes (so the trace header carries it).
///
/// The API key is read from the environment variable named by `llm.api_key_env` and handed to the
/// transport only; it is never stored, logged or written anywhere.
public enum LLMSetup {
    /// What set-up produced.
    public struct Result {
        /// The policy for the driver.
        public var policy: LLMPolicy
        /// The personas in use, by persona id (for the catalog's `llm_personas`).
        public var personas: [LLMPersonaRecord]
    }

    /// How an LLM-driven world reaches its answers: the cache mode, the cache, where the API key
    /// variable is looked up, and how retries wait.
    public struct Options: Sendable {
        /// `--llm live|replay|refresh`.
        public var mode: LLMCacheMode
        /// Where answers are recorded (the catalog).
        public var cache: any LLMResponseCache
        /// Where the API key variable is looked up.
        public var environment: [String: String]
        /// How retries wait (tests shorten it; results never depend on it).
        public var sleep: (@Sendable (Double) -> Void)?

        /// Creates the options.
        public init(mode: LLMCacheMode, cache: any LLMResponseCache,
                    environment: [String: String] = ProcessInfo.processInfo.environment,
                    sleep: (@Sendable (Double) -> Void)? = nil) {
            self.mode = mode
            self.cache = cache
            self.environment = environment
            self.sleep = sleep
        }
    }

    /// The policy for `config`, or nil when no type is LLM-driven.
    /// - Parameters:
    ///   - world: the initial world; its LLM-driven agents get their persona ids.
    ///   - behaviour: the world's rule parameters (the policy's fallback and wake-ups).
    ///   - circadian: the platform's activity profile.
    ///   - options: cache mode, cache, environment, retry waits.
    /// - Throws: `EngineError.invalidConfig` for unusable personas, templates, endpoints or a
    ///   missing key variable.
    public static func make(config: WorldConfig, world: WorldState, behaviour: BehaviourParameters,
                            circadian: CircadianProfile, options: Options) throws(EngineError) -> Result? {
        let driven = config.population.types.map { $0.policy == .llm }
        guard driven.contains(true) else { return nil }
        let llm = config.llm
        let library: PersonaLibrary
        let prompts: LLMPromptBuilder
        do throws(LLMPolicyError) {
            var listed = llm.personas.map {
                Persona(name: $0.id, openness: $0.openness, conscientiousness: $0.conscientiousness, extraversion: $0.extraversion,
                        agreeableness: $0.agreeableness, neuroticism: $0.neuroticism, interests: $0.interests, backstory: $0.backstory)
            }
            if let file = llm.personaFile { listed += try PersonaFileReader.read(path: file) }
            library = try PersonaLibrary(listed: listed, topicLabels: llm.topicLabels, seed: config.seed,
                                         backstoryTemplate: llm.backstoryTemplate)
            prompts = try LLMPromptBuilder(systemTemplate: llm.systemTemplate, userTemplate: llm.userTemplate,
                                           feedPosts: llm.feedPosts, memoryTokens: llm.memoryTokens)
        } catch {
            throw .invalidConfig(error.message)
        }
        let client = try makeClient(llm, mode: options.mode, environment: options.environment, sleep: options.sleep)
        let policy = LLMPolicy(
            configuration: .init(model: llm.model, temperature: llm.temperature, maxTokens: llm.maxTokens,
                                 structuredOutput: structuredOutput(llm.responseFormat), failFast: llm.onFailure == .fail),
            gateway: CachedChatClient(client: client, cache: options.cache, mode: options.mode), personas: library,
            prompts: prompts, fallback: behaviour.ruleBehaviour, circadian: circadian, seed: config.seed,
            topicCount: config.population.topics)
        let (records, known) = assignPersonas(world: world, driven: driven, library: library)
        policy.remember(personas: known)
        return Result(policy: policy, personas: records)
    }

    /// The request form of `llm.response_format`.
    static func structuredOutput(_ format: LLMResponseFormat) -> StructuredOutputForm {
        switch format {
        case .none: .none
        case .jsonObject: .jsonObject
        case .jsonObjectSchema: .jsonObjectSchema
        case .jsonSchema: .jsonSchema
        }
    }

    /// Gives every LLM-driven agent of the initial population its persona id (in agent order) and
    /// returns the personas in use, as catalog records and by id.
    static func assignPersonas(world: WorldState, driven: [Bool], library: PersonaLibrary)
        -> (records: [LLMPersonaRecord], byID: [UInt32: Persona]) {
        let k = world.agents.topicCount
        var ordinal = 0
        var firstAgent: [UInt32: AgentID] = [:]
        for index in 0..<world.agentCount where driven[Int(world.agents.attributes.type[index])] {
            let agent = AgentID(UInt32(index))
            let id = library.personaID(agent: agent, ordinal: ordinal)
            world.agents.attributes.persona[index] = id
            if firstAgent[id] == nil { firstAgent[id] = agent }
            ordinal += 1
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var byID: [UInt32: Persona] = [:]
        let records = firstAgent.keys.sorted().map { id in
            let agent = firstAgent[id]!
            let persona = library.persona(id: id, agent: agent, interests: world.agents.attributes.interests[(agent.index * k)..<((agent.index + 1) * k)])
            byID[id] = persona
            let json = (try? encoder.encode(persona)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
            return LLMPersonaRecord(persona: Int(id), name: persona.name, traitsJSON: json)
        }
        return (records, byID)
    }

    /// The HTTP client, or nil in replay mode (no server is contacted).
    static func makeClient(_ llm: LLMConfig, mode: LLMCacheMode, environment: [String: String],
                           sleep: (@Sendable (Double) -> Void)?) throws(EngineError) -> ChatClient? {
        guard mode != .replay else { return nil }
        var key: String?
        if let variable = llm.apiKeyEnv {
            guard let value = environment[variable], !value.isEmpty else {
                throw .invalidConfig(
                    "llm.api_key_env names the environment variable '\(variable)', which is not set; "
                        + "export it before the run (or remove api_key_env for servers without keys)")
            }
            key = value
        }
        let retry = RetryPolicy(maxRetries: llm.maxRetries, baseDelay: llm.backoff.seconds)
        do {
            if let sleep {
                return try ChatClient(endpoints: llm.endpoints, apiKey: key, concurrencyPerEndpoint: llm.concurrency,
                                      timeout: llm.timeout.seconds, retry: retry, sleep: sleep)
            }
            return try ChatClient(endpoints: llm.endpoints, apiKey: key, concurrencyPerEndpoint: llm.concurrency,
                                  timeout: llm.timeout.seconds, retry: retry)
        } catch {
            throw .invalidConfig(error.message)
        }
    }
}
