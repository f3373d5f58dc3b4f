import Yams

/// Applies `--set key.path=value` overrides (and `--seed`) to a composed YAML tree before
/// validation, remembering which paths each one replaced so diagnostics can cite the option.
///
/// Every path is checked against the schema first (an unknown key is a did-you-mean error naming
/// the `--set`); missing sections on the way are created, and a missing list with a schema default
/// is filled with that default so `population.types[0].…` works on files that rely on it.
struct OverrideApplier {
    let schema: ConfigSchema
    /// Problems with the overrides themselves (syntax, unknown paths, bad indices).
    private(set) var diagnostics: [ConfigDiagnostic] = []
    /// The paths replaced, in the order applied.
    private(set) var appliedPaths: [(path: ConfigKeyPath, origin: ConfigDiagnostic.Origin)] = []

    init(schema: ConfigSchema) { self.schema = schema }

    /// The longest value text accepted in one override.
    static let maximumValueBytes = 64 * 1024

    private mutating func refuse(_ text: String, _ path: String, _ message: String, suggestion: String? = nil) {
        var diagnostic = ConfigDiagnostic(origin: .override(text), keyPath: path, message: message, suggestion: suggestion)
        diagnostic.messageNamesKey = true
        diagnostics.append(diagnostic)
    }

    /// Applies one `key.path=value` override to `document`.
    mutating func apply(_ text: String, to document: inout Node?) {
        guard let equals = text.firstIndex(of: "=") else {
            refuse(text, "", "expected key.path=value (for example population.size=500)")
            return
        }
        let pathText = String(text[..<equals])
        let valueText = String(text[text.index(after: equals)...])
        let path: ConfigKeyPath
        do { path = try ConfigKeyPath(parsing: pathText) } catch {
            refuse(text, pathText, error.description)
            return
        }
        do { _ = try schema.resolve(path) } catch {
            refuse(text, error.path.description, error.message, suggestion: error.suggestion)
            return
        }
        guard valueText.utf8.count <= Self.maximumValueBytes else {
            refuse(text, pathText, "the value is longer than \(Self.maximumValueBytes) bytes")
            return
        }
        if let finding = YAMLSafetyCheck.check(Array(valueText.utf8)) {
            refuse(text, pathText, finding.message)
            return
        }
        let value: Node
        do { value = try ConfigValidator.compose(valueText) ?? Node("", .implicit, .plain) } catch {
            let diagnostic = WorldConfigLoader.diagnostic(forYAMLError: error, fileName: "value", text: valueText)
            refuse(text, pathText, "the value is not valid YAML: \(diagnostic.message)")
            return
        }
        do {
            var created: [ConfigKeyPath] = []
            document = try setting(value, at: path.components[...], in: document, walked: .root, created: &created)
            // Sections and defaults the override brought into the file have no position of their own.
            for createdPath in created { appliedPaths.append((createdPath, .override(text))) }
            appliedPaths.append((path, .override(text)))
        } catch {
            refuse(text, error.path.description, error.message)
        }
    }

    /// Applies `--seed N`, which replaces `seed` like `--set seed=N`.
    mutating func applySeed(_ seed: UInt64, to document: inout Node?) {
        let path = ConfigKeyPath([.key("seed")])
        do {
            var created: [ConfigKeyPath] = []
            document = try setting(
                Node(String(seed), .implicit, .plain), at: path.components[...], in: document, walked: .root, created: &created)
            appliedPaths.append((path, .seedOption))
        } catch {
            // The root was checked to be a section (or empty) before overrides are applied.
            fatalError("cannot set the seed: \(error)")
        }
    }

    /// `node` with `value` placed at `components` below it.
    private func setting(
        _ value: Node, at components: ArraySlice<ConfigKeyPath.Component>, in node: Node?, walked: ConfigKeyPath,
        created: inout [ConfigKeyPath]
    ) throws(ConfigSchemaLookupError) -> Node
    {
        guard let component = components.first else { return value }
        let rest = components.dropFirst()
        let here = walked.description.isEmpty ? "the config" : walked.description
        switch component {
        case let .key(name):
            var pairs: [(Node, Node)] = []
            var tag = Tag.implicit
            var style = Node.Mapping.Style.any
            var mark: Mark?
            if let node, !ConfigValidator.isNull(node) {
                guard let mapping = node.mapping else {
                    throw ConfigSchemaLookupError(
                        path: walked, message: "\(here) is written as \(ConfigValidator.describe(node)) in the file, not as a section")
                }
                pairs = mapping.map { ($0.key, $0.value) }
                (tag, style, mark) = (mapping.tag, mapping.style, mapping.mark)
            }
            let childPath = walked.appending(component)
            let position = pairs.lastIndex { $0.0.scalar?.string == name }
            var child = position.map { pairs[$0].1 }
            if child == nil, !rest.isEmpty {
                created.append(childPath)
                if case let .defaulted(text)? = schema.key(at: childPath)?.presence { child = try? ConfigValidator.compose(text) }
            }
            let newChild = try setting(value, at: rest, in: child, walked: childPath, created: &created)
            if let position { pairs[position].1 = newChild } else { pairs.append((Node(name), newChild)) }
            return .mapping(Node.Mapping(pairs, tag, style, mark))
        case let .index(index):
            guard let sequence = node?.sequence else {
                let found = node.map { "is written as \(ConfigValidator.describe($0)) in the file" } ?? "is not in the file"
                throw ConfigSchemaLookupError(path: walked.appending(component), message: "\(here) \(found), so it has no entry [\(index)]")
            }
            guard index < sequence.count else {
                let range = sequence.count == 0 ? "it is empty" : "it has \(sequence.count) \(sequence.count == 1 ? "entry" : "entries") (indices 0 to \(sequence.count - 1))"
                throw ConfigSchemaLookupError(path: walked.appending(component), message: "index \(index) is out of range for \(here): \(range)")
            }
            var nodes = Array(sequence)
            nodes[index] = try setting(value, at: rest, in: nodes[index], walked: walked.appending(component), created: &created)
            return .sequence(Node.Sequence(nodes, sequence.tag, sequence.style, sequence.mark))
        }
    }
}
