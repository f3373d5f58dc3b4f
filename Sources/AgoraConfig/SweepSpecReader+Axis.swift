import Yams

/// Reading one axis (`- key: …` with `values`, `range`, `uniform` or `log_uniform`) and the
/// scalar fields of a sweep file.
extension SweepSpecReader {
    /// The axis at `axes[index]`, or nil after reporting what is wrong with it.
    mutating func readAxis(_ node: Node, index: Int, strategy: SweepSpec.Strategy) -> SweepAxis? {
        let place = "axes[\(index)]"
        guard let mapping = node.mapping else {
            report(node, place, "expected an axis section (key: …, values: […]), found \(ConfigValidator.describe(node))")
            return nil
        }
        var entries: [String: Node] = [:]
        for (keyNode, value) in mapping {
            let name = keyNode.scalar?.string ?? ""
            guard SweepSpecLoader.axisKeys.contains(name) else {
                report(keyNode, "", "unknown key '\(name)' in \(place)",
                       suggestion: KeySuggestion.closest(to: name, among: SweepSpecLoader.axisKeys))
                continue
            }
            entries[name] = value
        }
        guard let keyNode = entries["key"], let keyText = keyNode.scalar?.string, !keyText.isEmpty else {
            report(node, "\(place).key", "missing: name the world config value this axis varies, e.g. key: graph.m")
            return nil
        }
        let path: ConfigKeyPath
        do { path = try ConfigKeyPath(parsing: keyText) } catch {
            report(keyNode, "\(place).key", error.description)
            return nil
        }
        let type: ConfigType
        do { type = try schema.resolve(path) } catch {
            report(keyNode, "\(place).key", error.message, suggestion: error.suggestion)
            return nil
        }
        switch type {
        case .section, .list:
            report(keyNode, "\(place).key", "\(path) is \(type.expectation); an axis must name a single value")
            return nil
        default: break
        }
        let given = ["values", "range", "uniform", "log_uniform"].filter { entries[$0] != nil }
        guard given.count == 1, let form = given.first, let domainNode = entries[form] else {
            let found = given.isEmpty ? "none" : given.joined(separator: " and ")
            report(node, place, "give exactly one of values, range, uniform or log_uniform (found \(found))")
            return nil
        }
        let isInteger: Bool
        switch type {
        case .integer, .unsigned64: isInteger = true
        default: isInteger = false
        }
        let domain: SweepAxis.Domain
        switch form {
        case "values":
            guard let sequence = domainNode.sequence else {
                report(domainNode, "\(place).values", "expected a list of values, found \(ConfigValidator.describe(domainNode))")
                return nil
            }
            guard !sequence.isEmpty else {
                report(domainNode, "\(place).values", "the axis has no values; give at least one")
                return nil
            }
            var texts: [String] = []
            for (position, element) in sequence.enumerated() {
                guard check(element, as: type, path: path, place: "\(place).values[\(position)]") else { continue }
                texts.append(element.scalar?.string ?? "")
            }
            guard texts.count == sequence.count else { return nil }
            domain = .values(texts)
        case "range":
            guard let values = readRange(domainNode, place: "\(place).range", isInteger: isInteger) else { return nil }
            for value in values {
                guard check(Node(value), as: type, path: path, place: "\(place).range", anchor: domainNode) else { return nil }
            }
            domain = .values(values)
        default:
            guard strategy != .grid else {
                report(domainNode, "\(place).\(form)", "\(form) draws values at random; use strategy: random or latin_hypercube, or give values or a range for a grid")
                return nil
            }
            switch type {
            case .number, .integer: break
            default:
                report(domainNode, "\(place).\(form)", "\(path) takes \(type.expectation); \(form) needs a numeric key")
                return nil
            }
            guard let bounds = readBounds(domainNode, place: "\(place).\(form)", positive: form == "log_uniform") else { return nil }
            for (bound, value) in [("min", bounds.min), ("max", bounds.max)] {
                guard check(Node(SweepAxis.format(value)), as: type, path: path, place: "\(place).\(form).\(bound)",
                            anchor: domainNode) else { return nil }
            }
            domain = form == "uniform" ? .uniform(min: bounds.min, max: bounds.max) : .logUniform(min: bounds.min, max: bounds.max)
        }
        return SweepAxis(key: path, domain: domain, isInteger: isInteger)
    }

    /// Checks one value against the key's type with the world validator; reports a mismatch.
    private mutating func check(_ value: Node, as type: ConfigType, path: ConfigKeyPath, place: String, anchor: Node? = nil) -> Bool {
        var validator = ConfigValidator(fileName: fileName, overrides: [])
        if validator.validate(value, as: type, at: path) != nil { return true }
        for found in validator.diagnostics {
            report(anchor ?? value, place, "\(path): \(found.message)", suggestion: found.suggestion)
        }
        return false
    }

    /// `range: {from: A, to: B, step: S}` expanded to A, A+S, … ≤ B (B included when it is hit).
    private mutating func readRange(_ node: Node, place: String, isInteger: Bool) -> [String]? {
        guard let mapping = node.mapping else {
            report(node, place, "expected a section {from: …, to: …, step: …}, found \(ConfigValidator.describe(node))")
            return nil
        }
        func number(_ key: String) -> Double? {
            guard let text = mapping[key]?.scalar?.string, let value = ConfigValidator.number(text) else {
                report(mapping[key] ?? node, "\(place).\(key)", "expected a number, found \(ConfigValidator.describe(mapping[key]))")
                return nil
            }
            return value
        }
        guard let from = number("from"), let to = number("to"), let step = number("step") else { return nil }
        guard step > 0 else {
            report(mapping["step"] ?? node, "\(place).step", "the step must be greater than 0, found \(SweepAxis.format(step))")
            return nil
        }
        guard from <= to else {
            report(node, place, "from (\(SweepAxis.format(from))) must not exceed to (\(SweepAxis.format(to)))")
            return nil
        }
        let count = Int(((to - from) / step + 1e-9).rounded(.down)) + 1
        guard count <= 10_000 else {
            report(node, place, "the range has \(count) values; at most 10000 are allowed per axis")
            return nil
        }
        return (0..<count).map { index in
            let value = from + Double(index) * step
            // Round away binary noise (0.1 + 2 × 0.1 = 0.30000000000000004).
            let cleaned = (value * 1e12).rounded() / 1e12
            return isInteger ? String(Int(cleaned.rounded())) : SweepAxis.format(cleaned)
        }
    }

    /// `{min: A, max: B}` with A ≤ B (and A > 0 for log-uniform).
    private mutating func readBounds(_ node: Node, place: String, positive: Bool) -> (min: Double, max: Double)? {
        guard let mapping = node.mapping,
            let lowText = mapping["min"]?.scalar?.string, let low = ConfigValidator.number(lowText),
            let highText = mapping["max"]?.scalar?.string, let high = ConfigValidator.number(highText)
        else {
            report(node, place, "expected a section {min: …, max: …} of two numbers")
            return nil
        }
        guard low <= high else {
            report(node, place, "min (\(lowText)) must not exceed max (\(highText))")
            return nil
        }
        guard !positive || low > 0 else {
            report(node, place, "log_uniform needs min > 0, found \(lowText)")
            return nil
        }
        return (low, high)
    }

    /// A text scalar, or nil (reporting when required and missing or not text).
    mutating func text(_ node: Node?, _ key: String, required: Bool) -> String? {
        guard let node, !ConfigValidator.isNull(node) else {
            if required { report(nil, key, "missing: the sweep needs a \(key)") }
            return nil
        }
        guard let text = node.scalar?.string, !text.isEmpty else {
            report(node, key, "expected text, found \(ConfigValidator.describe(node))")
            return nil
        }
        return text
    }

    /// A list of text scalars (empty when absent).
    mutating func textList(_ node: Node?, _ key: String) -> [String] {
        guard let node, !ConfigValidator.isNull(node) else { return [] }
        guard let sequence = node.sequence else {
            report(node, key, "expected a list, found \(ConfigValidator.describe(node))")
            return []
        }
        var texts: [String] = []
        for (index, element) in sequence.enumerated() {
            guard let text = element.scalar?.string, !text.isEmpty else {
                report(element, "\(key)[\(index)]", "expected text, found \(ConfigValidator.describe(element))")
                continue
            }
            texts.append(text)
        }
        return texts
    }

    /// A whole number in `range`, or nil (reporting when present and invalid).
    mutating func integer(_ node: Node?, _ key: String, range: ClosedRange<Int>) -> Int? {
        guard let node, !ConfigValidator.isNull(node) else { return nil }
        guard let text = node.scalar?.string, let value = ConfigValidator.integer(text), range.contains(value) else {
            report(node, key, "expected a whole number between \(range.lowerBound) and \(range.upperBound), found \(ConfigValidator.describe(node))")
            return nil
        }
        return value
    }

    /// A whole number 0…UInt64.max, or nil (reporting when present and invalid).
    mutating func unsigned(_ node: Node?, _ key: String) -> UInt64? {
        guard let node, !ConfigValidator.isNull(node) else { return nil }
        guard let text = node.scalar?.string, let value = UInt64(text.replacingUnderscores) else {
            report(node, key, "expected a whole number between 0 and \(UInt64.max), found \(ConfigValidator.describe(node))")
            return nil
        }
        return value
    }
}
