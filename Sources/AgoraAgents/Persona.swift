/// Who an LLM-driven agent is: a name, Big-Five personality traits, interests in words and a short
/// backstory. Rendered into the system prompt; its id is recorded in the trace header
/// (`AgentAttributes.persona`) and its traits in the catalog (`llm_personas`).
public struct Persona: Codable, Equatable, Sendable {
    /// Persona name.
    public var name: String
    /// Big-Five openness to experience, `[0, 1]`.
    public var openness: Double
    /// Big-Five conscientiousness, `[0, 1]`.
    public var conscientiousness: Double
    /// Big-Five extraversion, `[0, 1]`.
    public var extraversion: Double
    /// Big-Five agreeableness, `[0, 1]`.
    public var agreeableness: Double
    /// Big-Five neuroticism, `[0, 1]`.
    public var neuroticism: Double
    /// Interests in words.
    public var interests: [String]
    /// A short backstory.
    public var backstory: String

    /// Creates a persona.
    public init(name: String, openness: Double, conscientiousness: Double, extraversion: Double, agreeableness: Double,
                neuroticism: Double, interests: [String], backstory: String) {
        self.name = name
        self.openness = openness
        self.conscientiousness = conscientiousness
        self.extraversion = extraversion
        self.agreeableness = agreeableness
        self.neuroticism = neuroticism
        self.interests = interests
        self.backstory = backstory
    }

    /// The five traits in the usual OCEAN order, with their names.
    public var traits: [(name: String, value: Double)] {
        [("openness", openness), ("conscientiousness", conscientiousness), ("extraversion", extraversion),
         ("agreeableness", agreeableness), ("neuroticism", neuroticism)]
    }

    /// "low", "moderate" or "high" for a trait value (thirds of `[0, 1]`).
    public static func level(_ value: Double) -> String { value < 1.0 / 3 ? "low" : value < 2.0 / 3 ? "moderate" : "high" }

    /// The persona as a Mustache context: `name`, `backstory`, `interests` (comma-separated),
    /// `traits` (a list of `{name, value, level}`) and each trait by name (`openness`, …, two decimals).
    public var templateValues: [String: Any] {
        var values: [String: Any] = [
            "name": name, "backstory": backstory, "interests": interests.joined(separator: ", "),
            "traits": traits.map { ["name": $0.name, "value": Self.decimal($0.value), "level": Self.level($0.value)] },
        ]
        for trait in traits {
            values[trait.name] = Self.decimal(trait.value)
            values[trait.name + "_level"] = Self.level(trait.value)
        }
        return values
    }

    static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
