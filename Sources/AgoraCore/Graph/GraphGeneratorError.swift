/// Why a graph generator refused its parameters: which parameter, what it was, what was expected,
/// and what to do about it. Generators validate everything before drawing a single number, so an
/// error never leaves a half-built graph behind.
public struct GraphGeneratorError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The generator's name as written in world configs (e.g. `barabasi_albert`).
    public var generator: String
    /// The offending parameter, named as in the world config (e.g. `m`, `p_in`, `node_count`).
    public var parameter: String
    /// The value that was given, rendered as text.
    public var value: String
    /// What the parameter must satisfy.
    public var expected: String
    /// What the user can change to fix it.
    public var suggestion: String

    /// Creates an error for one rejected parameter.
    public init(generator: String, parameter: String, value: String, expected: String, suggestion: String) {
        self.generator = generator
        self.parameter = parameter
        self.value = value
        self.expected = expected
        self.suggestion = suggestion
    }

    /// One sentence naming the generator, the parameter, the value and the expectation, followed by
    /// the suggestion.
    public var description: String {
        "graph generator \(generator): \(parameter) = \(value), expected \(expected). \(suggestion)"
    }
}
