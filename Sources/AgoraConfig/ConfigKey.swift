/// A key of a section in the schema.
public struct ConfigKey: Sendable {
    /// Whether a key must be written, has a default, or may be left out.
    public enum Presence: Sendable {
        /// The file must give a value.
        case required
        /// When missing, this YAML text is used (validated like user input).
        case defaulted(String)
        /// May be left out; then it is absent from the resolved config (`fraction`/`count`).
        case optional
    }

    /// The YAML key.
    public var name: String
    /// What values it takes.
    public var type: ConfigType
    /// Required, defaulted or optional.
    public var presence: Presence
    /// One line saying what the key means, for the reference and comments.
    public var meaning: String

    /// Creates a key.
    public init(_ name: String, _ type: ConfigType, _ presence: Presence, _ meaning: String) {
        self.name = name
        self.type = type
        self.presence = presence
        self.meaning = meaning
    }
}
