import AgoraCore
import Yams

/// Walks a composed YAML tree against a `ConfigSchema`, collecting every diagnostic with its line,
/// column and key path, and producing the resolved value tree (defaults filled, schema order).
///
/// It only descends into keys the schema knows, so its recursion is bounded by the schema's depth
/// whatever the input.
struct ConfigValidator {
    /// The file name diagnostics cite.
    let fileName: String
    /// Paths replaced by `--set`/`--seed`, in the order applied; diagnostics inside them cite the option.
    let overrides: [(path: ConfigKeyPath, origin: ConfigDiagnostic.Origin)]
    /// Everything found so far.
    private(set) var diagnostics: [ConfigDiagnostic] = []

    init(fileName: String, overrides: [(path: ConfigKeyPath, origin: ConfigDiagnostic.Origin)]) {
        self.fileName = fileName
        self.overrides = overrides
    }

    /// Where a value at `path` with YAML position `mark` came from.
    func origin(for path: ConfigKeyPath, mark: Mark?) -> ConfigDiagnostic.Origin {
        for override in overrides.reversed() where path.hasPrefix(override.path) { return override.origin }
        return .file(name: fileName, line: mark?.line ?? 0, column: mark?.column ?? 0)
    }

    mutating func report(_ origin: ConfigDiagnostic.Origin, _ path: ConfigKeyPath, _ message: String, suggestion: String? = nil) {
        diagnostics.append(ConfigDiagnostic(origin: origin, keyPath: path.description, message: message, suggestion: suggestion))
    }

    /// Validates `node` (nil for an empty document) as `type` at `path`.
    ///
    /// - Parameter defaultOrigin: non-nil while validating a schema default; positions then come
    ///   from the nearest written ancestor rather than from the default's own text.
    mutating func validate(_ node: Node?, as type: ConfigType, at path: ConfigKeyPath, defaultOrigin: ConfigDiagnostic.Origin? = nil)
        -> ResolvedValue?
    {
        let here = defaultOrigin ?? origin(for: path, mark: node?.mark)
        let written = defaultOrigin == nil
        func value(_ content: ResolvedValue.Content) -> ResolvedValue {
            ResolvedValue(content: content, origin: here, isWritten: written)
        }
        func mismatch() -> ResolvedValue? {
            report(here, path, "expected \(type.expectation), found \(Self.describe(node))")
            return nil
        }
        let scalar = node?.scalar
        let plain = scalar.flatMap { $0.style == .plain || $0.style == .any ? $0.string : nil }
        switch type {
        case let .section(keys):
            if node == nil || Self.isNull(node) { return validateSection(nil, keys: keys, at: path, here: here, defaultOrigin: defaultOrigin) }
            guard let mapping = node?.mapping else { return mismatch() }
            return validateSection(mapping, keys: keys, at: path, here: here, defaultOrigin: defaultOrigin)
        case let .list(element, count):
            guard let sequence = node?.sequence else { return mismatch() }
            guard count.contains(sequence.count) else {
                report(here, path, "expected \(type.expectation), found \(sequence.count) \(sequence.count == 1 ? "entry" : "entries")")
                return nil
            }
            var elements: [ResolvedValue] = []
            var failed = false
            for (position, child) in sequence.enumerated() {
                let childDefault = defaultOrigin
                if let resolved = validate(child, as: element, at: path.appending(.index(position)), defaultOrigin: childDefault) {
                    elements.append(resolved)
                } else {
                    failed = true
                }
            }
            return failed ? nil : value(.list(elements))
        case let .text(length):
            guard let scalar, !Self.isNull(node) else { return mismatch() }
            guard length.contains(scalar.string.count) else {
                report(here, path, "expected \(type.expectation), found \(scalar.string.count) characters")
                return nil
            }
            return value(.text(scalar.string))
        case .optionalText:
            guard let scalar else { return mismatch() }
            return Self.isNull(node) ? value(.null) : value(.text(scalar.string))
        case let .integer(range):
            guard let plain, let number = Self.integer(plain), range.contains(number) else { return mismatch() }
            return value(.integer(number))
        case .unsigned64:
            guard let plain, let number = UInt64(plain.replacingUnderscores) else { return mismatch() }
            return value(.unsigned(number))
        case let .number(bounds):
            guard let plain, let number = Self.number(plain), bounds.contains(number) else { return mismatch() }
            return value(.number(number))
        case let .duration(maximum):
            guard let plain, let time = try? SimTime.parse(duration: plain), time > .zero, time <= maximum else { return mismatch() }
            return value(.duration(time))
        case .boolean:
            guard let plain, plain == "true" || plain == "false" else { return mismatch() }
            return value(.boolean(plain == "true"))
        case let .choice(words):
            guard let plain, words.contains(plain) else {
                let suggestion = plain.flatMap { KeySuggestion.closest(to: $0, among: words) }
                report(here, path, "expected \(type.expectation), found \(Self.describe(node))", suggestion: suggestion)
                return nil
            }
            return value(.text(plain))
        }
    }

    private mutating func validateSection(
        _ mapping: Node.Mapping?, keys: [ConfigKey], at path: ConfigKeyPath, here: ConfigDiagnostic.Origin,
        defaultOrigin: ConfigDiagnostic.Origin?
    ) -> ResolvedValue? {
        var given: [String: Node] = [:]
        var failed = false
        for (keyNode, valueNode) in mapping ?? Node.Mapping([]) {
            guard let keyText = keyNode.scalar?.string else {
                report(origin(for: path, mark: keyNode.mark), path, "expected a key (a word), found \(Self.describe(keyNode))")
                failed = true
                continue
            }
            guard keys.contains(where: { $0.name == keyText }) else {
                let keyPath = path.appending(.key(keyText))
                var diagnostic = ConfigDiagnostic(
                    origin: defaultOrigin ?? origin(for: keyPath, mark: keyNode.mark), keyPath: keyPath.description,
                    message: "unknown key '\(keyText)' \(ConfigSchema.placePhrase(path))",
                    suggestion: KeySuggestion.closest(to: keyText, among: keys.map(\.name)))
                diagnostic.messageNamesKey = true
                diagnostics.append(diagnostic)
                failed = true
                continue
            }
            given[keyText] = valueNode
        }
        var entries: [ResolvedEntry] = []
        for key in keys {
            let childPath = path.appending(.key(key.name))
            if let child = given[key.name] {
                if let resolved = validate(child, as: key.type, at: childPath, defaultOrigin: defaultOrigin) {
                    entries.append(ResolvedEntry(key: key.name, value: resolved))
                } else {
                    failed = true
                }
                continue
            }
            switch key.presence {
            case .required:
                report(here, childPath, "required key is missing (expected \(key.type.expectation))")
                failed = true
            case .optional:
                continue
            case let .defaulted(text):
                let defaultNode: Node?
                do { defaultNode = try Self.compose(text) } catch {
                    report(here, childPath, "internal error: the schema default '\(text)' is not YAML")
                    failed = true
                    continue
                }
                guard var resolved = validate(defaultNode, as: key.type, at: childPath, defaultOrigin: defaultOrigin ?? here) else {
                    failed = true
                    continue
                }
                resolved.isWritten = false
                entries.append(ResolvedEntry(key: key.name, value: resolved))
            }
        }
        return failed ? nil : ResolvedValue(content: .section(entries), origin: here, isWritten: defaultOrigin == nil)
    }
}

extension ConfigValidator {
    /// Composes YAML text into a node tree (nil for an empty document), always reading UTF-8 so
    /// the environment (`YAMS_DEFAULT_ENCODING`) cannot change how a world is read.
    static func compose(_ text: String) throws -> Node? {
        try Yams.compose(yaml: text, .default, .default, .utf8)
    }

    /// Whether a node is YAML null (`null`, `~`, or nothing after the colon).
    static func isNull(_ node: Node?) -> Bool {
        guard let scalar = node?.scalar, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// A whole number written in decimal (underscores allowed as separators); nil when it is not
    /// one or does not fit in 64 bits.
    static func integer(_ text: String) -> Int? {
        let cleaned = text.replacingUnderscores
        guard !cleaned.isEmpty, cleaned.dropFirst(cleaned.first == "-" || cleaned.first == "+" ? 1 : 0).allSatisfy(\.isASCIIDigit) else {
            return nil
        }
        return Int(cleaned)
    }

    /// A finite real number written in decimal or scientific notation; nil otherwise (this also
    /// refuses `.inf`, `.nan` and values that overflow to infinity, like `1e400`).
    static func number(_ text: String) -> Double? {
        let cleaned = text.replacingUnderscores
        guard !cleaned.isEmpty, cleaned.contains(where: \.isASCIIDigit),
            cleaned.allSatisfy({ $0.isASCIIDigit || "+-.eE".contains($0) }),
            let value = Double(cleaned), value.isFinite
        else { return nil }
        return value
    }

    /// How a found value is named in "found …": numbers bare, other text quoted, collections by kind.
    static func describe(_ node: Node?) -> String {
        guard let node else { return "nothing" }
        switch node {
        case let .scalar(scalar):
            if isNull(node) { return scalar.string.isEmpty ? "nothing" : "null" }
            let text = scalar.string.count > 40 ? String(scalar.string.prefix(40)) + "…" : scalar.string
            let isPlainNumber = (scalar.style == .plain || scalar.style == .any) && !text.isEmpty
                && text.replacingUnderscores.allSatisfy({ $0.isASCIIDigit || "+-.eE".contains($0) }) && text.contains(where: \.isASCIIDigit)
            return isPlainNumber ? text : "'\(text)'"
        case .sequence: return "a list"
        case .mapping: return "a section"
        case .alias: return "an alias"
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    var replacingUnderscores: String { filter { $0 != "_" } }
}
