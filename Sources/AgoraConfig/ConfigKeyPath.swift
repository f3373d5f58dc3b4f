/// A path to one value of a world config, such as `population.types[1].fraction`.
///
/// Used by `--set`, and meant for sweep axes and `compare`, which name config values the same way.
/// Keys are separated by dots; a list element is selected with `[index]` right after its key.
public struct ConfigKeyPath: Hashable, Sendable, CustomStringConvertible {
    /// One step of a path.
    public enum Component: Hashable, Sendable {
        /// A key of a section (mapping).
        case key(String)
        /// A zero-based position in a list.
        case index(Int)
    }

    /// The steps, outermost first.
    public var components: [Component]

    /// Creates a path from its steps.
    public init(_ components: [Component]) { self.components = components }

    /// The empty path: the whole config.
    public static let root = ConfigKeyPath([])

    /// Parses `a.b[2].c`. Keys are made of letters, digits, `_` and `-`; indices are whole
    /// non-negative numbers.
    ///
    /// - Throws: a message saying what is wrong with the text (empty key, bad index, stray character).
    public init(parsing text: String) throws(ConfigKeyPathError) {
        var components: [Component] = []
        let characters = Array(text)
        var position = 0
        var expectKey = true
        guard !characters.isEmpty else { throw ConfigKeyPathError(text: text, problem: "the key path is empty") }
        while position < characters.count {
            if expectKey {
                var key = ""
                while position < characters.count, Self.isKeyCharacter(characters[position]) {
                    key.append(characters[position])
                    position += 1
                }
                guard !key.isEmpty else {
                    let found = position < characters.count ? "'\(characters[position])'" : "the end"
                    throw ConfigKeyPathError(text: text, problem: "expected a key at position \(position + 1), found \(found)")
                }
                components.append(.key(key))
                expectKey = false
            } else if characters[position] == "." {
                position += 1
                expectKey = true
                if position == characters.count {
                    throw ConfigKeyPathError(text: text, problem: "the key path ends with '.'")
                }
            } else if characters[position] == "[" {
                position += 1
                var digits = ""
                while position < characters.count, characters[position].isASCII, characters[position].isNumber {
                    digits.append(characters[position])
                    position += 1
                }
                guard position < characters.count, characters[position] == "]", let index = Int(digits) else {
                    throw ConfigKeyPathError(text: text, problem: "expected a list index like [0] after '\(Self(components).description)'")
                }
                position += 1
                components.append(.index(index))
            } else {
                throw ConfigKeyPathError(text: text, problem: "unexpected '\(characters[position])' at position \(position + 1)")
            }
        }
        self.components = components
    }

    private static func isKeyCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "_" || character == "-")
    }

    /// The path extended by one step.
    public func appending(_ component: Component) -> ConfigKeyPath { ConfigKeyPath(components + [component]) }

    /// Whether `self` equals `other` or lies inside it.
    public func hasPrefix(_ other: ConfigKeyPath) -> Bool {
        components.count >= other.components.count && Array(components.prefix(other.components.count)) == other.components
    }

    /// The last key of the path, if the path ends with a key.
    public var lastKey: String? {
        if case let .key(name)? = components.last { return name }
        return nil
    }

    /// The path without its last step.
    public var parent: ConfigKeyPath { ConfigKeyPath(Array(components.dropLast())) }

    /// `a.b[2].c`; empty for the root.
    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case let .key(name): text += text.isEmpty ? name : "." + name
            case let .index(index): text += "[\(index)]"
            }
        }
        return text
    }

    /// The path with list indices replaced by `[]` (`population.types[].fraction`), as the schema
    /// reference names keys.
    public var schemaName: String {
        var text = ""
        for component in components {
            switch component {
            case let .key(name): text += text.isEmpty ? name : "." + name
            case .index: text += "[]"
            }
        }
        return text
    }
}

/// Why a key path text could not be parsed.
public struct ConfigKeyPathError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The rejected text.
    public var text: String
    /// What is wrong with it.
    public var problem: String
    /// `'a..b' is not a key path: expected a key at position 3, found '.'`
    public var description: String { "'\(text)' is not a key path: \(problem)" }
}
