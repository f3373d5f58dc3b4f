import Mustache

/// A Mustache prompt template (https://mustache.github.io): `{{name}}`, sections `{{#posts}}…{{/posts}}`,
/// inverted sections `{{^memory}}…{{/memory}}`. Values are inserted as written — prompts are not
/// HTML, so nothing is escaped, whether written `{{x}}` or `{{{x}}}`.
///
/// Rendering takes a dictionary of strings, numbers, booleans, arrays and nested dictionaries.
public struct PromptTemplate: Sendable {
    /// The template text.
    public let text: String
    private let template: MustacheTemplate

    /// Parses a template.
    /// - Parameter name: what the template is (for errors), e.g. `llm.user_template`.
    /// - Throws: `LLMError` `.configuration` naming the template and what Mustache found wrong.
    public init(_ text: String, name: String) throws(LLMError) {
        // The TEXT content type turns HTML escaping off for `{{x}}`.
        let source = "{{% CONTENT_TYPE: TEXT}}" + text
        do {
            template = try MustacheTemplate(string: source)
        } catch {
            throw LLMError(.configuration, "\(name) is not a valid Mustache template: \(error); check that every {{#section}} is closed")
        }
        self.text = text
    }

    /// Renders the template with `values`. O(template size + output size).
    public func render(_ values: [String: Any]) -> String { template.render(values) }
}
