/// Everything wrong with a world config, all at once.
///
/// The loader keeps going after the first problem so that a user fixes a file in one pass. Its
/// description prints one line per diagnostic, e.g.
/// `quickstart.yaml:12:5: population.types[0].fraction: expected a number between 0 and 1, found 1.5`;
/// the CLI prints it and exits with status 2.
public struct ConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The problems, in the order of the file (then overrides, then rules across keys).
    public var diagnostics: [ConfigDiagnostic]

    /// Creates an error from its diagnostics (at least one).
    public init(_ diagnostics: [ConfigDiagnostic]) { self.diagnostics = diagnostics }

    /// Creates an error holding one diagnostic.
    public init(_ diagnostic: ConfigDiagnostic) { self.diagnostics = [diagnostic] }

    /// One line per diagnostic.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
