import Testing

@testable import AgoraConfig

/// Key paths (`population.types[1].fraction`) as `--set`, sweeps and `compare` write them.
struct ConfigKeyPathTests {
    @Test func parsesKeysAndIndices() throws {
        let path = try ConfigKeyPath(parsing: "population.types[12].activity.median")
        #expect(path.components == [.key("population"), .key("types"), .index(12), .key("activity"), .key("median")])
        #expect(path.description == "population.types[12].activity.median")
        #expect(path.schemaName == "population.types[].activity.median")
        #expect(path.lastKey == "median")
        #expect(path.parent.description == "population.types[12].activity")
        #expect(path.hasPrefix(try ConfigKeyPath(parsing: "population.types[12]")))
        #expect(!path.hasPrefix(try ConfigKeyPath(parsing: "population.types[1]")))
    }

    @Test(arguments: [
        ("", "'' is not a key path: the key path is empty"),
        ("a.", "'a.' is not a key path: the key path ends with '.'"),
        (".a", "'.a' is not a key path: expected a key at position 1, found '.'"),
        ("a[x]", "'a[x]' is not a key path: expected a list index like [0] after 'a'"),
        ("a[-1]", "'a[-1]' is not a key path: expected a list index like [0] after 'a'"),
        ("a b", "'a b' is not a key path: unexpected ' ' at position 2"),
    ])
    func malformedPathsSayWhatIsWrong(text: String, message: String) {
        #expect(throws: ConfigKeyPathError.self) { try ConfigKeyPath(parsing: text) }
        do { _ = try ConfigKeyPath(parsing: text) } catch { #expect(error.description == message) }
    }
}
