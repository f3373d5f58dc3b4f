import AgoraCore

extension WorldConfig {
    /// The resolved config of a world file that writes only its name: every other key at the
    /// default `ConfigSchema` gives it. Defaults are written once, in the schema; code that needs
    /// a default config (tests, tools building worlds in code) starts from this value and changes
    /// fields, instead of repeating default numbers.
    ///
    /// Traps only if the schema's own defaults do not validate (a broken invariant that every test
    /// run would show at once).
    public static func defaults(name: String = "world") -> WorldConfig {
        do {
            return try WorldConfigLoader().load(text: "name: \(ResolvedValue.jsonQuoted(name))\n").config
        } catch {
            preconditionFailure("the schema's defaults do not make a valid world: \(error)")
        }
    }
}
