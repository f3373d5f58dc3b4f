/// The declarative schema of a world config: every key, its type, default, allowed values and
/// one-line meaning.
///
/// The loader validates a YAML tree by walking it against this table (so every diagnostic keeps
/// its line and column), `--set` and sweep axes resolve key paths against it, and the reference
/// in `docs/config.md` is rendered from it. Adding a key is one `ConfigKey` entry here plus the
/// matching field in `WorldConfig`, which has no default of its own: defaults are written here
/// only, and code that needs a default config starts from `WorldConfig.defaults(name:)`.
public struct ConfigSchema: Sendable {
    /// The top-level keys.
    public var keys: [ConfigKey]

    /// Creates a schema from its top-level keys.
    public init(keys: [ConfigKey]) { self.keys = keys }

    /// The type at the top: a section holding `keys`.
    public var rootType: ConfigType { .section(keys) }

    /// The type of the value at `path`, checking every key against the schema.
    ///
    /// - Throws: `ConfigSchemaLookupError` for an unknown key (with the closest known key as a
    ///   suggestion), an index on something that is not a list, or a key on something that is
    ///   not a section. O(length of path × keys per section).
    public func resolve(_ path: ConfigKeyPath) throws(ConfigSchemaLookupError) -> ConfigType {
        var type = rootType
        var walked = ConfigKeyPath.root
        for component in path.components {
            switch (component, type) {
            case let (.key(name), .section(keys)):
                guard let key = keys.first(where: { $0.name == name }) else {
                    throw ConfigSchemaLookupError(
                        path: walked.appending(component),
                        message: "unknown key '\(name)' \(ConfigSchema.placePhrase(walked))",
                        suggestion: KeySuggestion.closest(to: name, among: keys.map(\.name)))
                }
                type = key.type
            case let (.index, .list(element, _)):
                type = element
            case (.key(let name), .list):
                throw ConfigSchemaLookupError(
                    path: walked.appending(component),
                    message: "\(walked) is a list; select an entry with [index] before '.\(name)'")
            case (.key(let name), _):
                throw ConfigSchemaLookupError(
                    path: walked.appending(component),
                    message: "\(walked) is a single value; it has no key '\(name)'")
            case (.index(let index), _):
                throw ConfigSchemaLookupError(
                    path: walked.appending(component),
                    message: "\(walked.description.isEmpty ? "the config" : walked.description) is not a list; it has no entry [\(index)]")
            }
            walked = walked.appending(component)
        }
        return type
    }

    /// The key entry at `path` (nil for the root, list entries, or unknown paths).
    public func key(at path: ConfigKeyPath) -> ConfigKey? {
        guard case let .key(name)? = path.components.last,
            let parentType = try? resolve(path.parent), case let .section(keys) = parentType
        else { return nil }
        return keys.first { $0.name == name }
    }

    /// "in population", "at the top level", "in population.types[0]".
    static func placePhrase(_ path: ConfigKeyPath) -> String {
        path.components.isEmpty ? "at the top level" : "in \(path)"
    }
}

/// Why a key path does not name a value of the schema.
public struct ConfigSchemaLookupError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path up to and including the offending step.
    public var path: ConfigKeyPath
    /// What is wrong (`unknown key 'sise' in population`).
    public var message: String
    /// The closest known key, when there is a close one.
    public var suggestion: String?

    /// Creates a lookup error.
    public init(path: ConfigKeyPath, message: String, suggestion: String? = nil) {
        self.path = path
        self.message = message
        self.suggestion = suggestion
    }

    /// The message with its suggestion.
    public var description: String { message + (suggestion.map { "; did you mean '\($0)'?" } ?? "") }
}
