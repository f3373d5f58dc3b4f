import Foundation
import Testing

@testable import AgoraConfig

/// The declarative schema: path resolution, suggestions, and documentation generated from it.
struct ConfigSchemaTests {
    @Test func resolvesPathsToTypes() throws {
        let schema = ConfigSchema.world
        guard case .integer(let range) = try schema.resolve(ConfigKeyPath(parsing: "population.size")) else {
            Issue.record("population.size is not an integer")
            return
        }
        #expect(range == 1...50_000_000)
        guard case .number = try schema.resolve(ConfigKeyPath(parsing: "population.types[3].activity.sigma")) else {
            Issue.record("activity.sigma is not a number")
            return
        }
    }

    @Test func unknownKeysGetTheClosestSuggestion() {
        do {
            _ = try ConfigSchema.world.resolve(ConfigKeyPath(parsing: "recommender.feedsize"))
            Issue.record("unknown key resolved")
        } catch let error as ConfigSchemaLookupError {
            #expect(error.description == "unknown key 'feedsize' in recommender; did you mean 'feed_size'?")
            #expect(error.path.description == "recommender.feedsize")
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(KeySuggestion.closest(to: "totally_different", among: ["size", "topics", "types"]) == nil)
        #expect(KeySuggestion.closest(to: "Topcis", among: ["size", "topics", "types"]) == "topics")
    }

    @Test func everyDefaultIsValidForItsKey() throws {
        // A world giving only the required keys loads, so every default passes its own schema.
        #expect(ConfigTestSupport.problems("name: x\n").isEmpty)
    }

    @Test func docsHoldTheCurrentReference() throws {
        let path = ConfigTestSupport.packagePath("docs/config.md")
        var docs = try String(contentsOfFile: path, encoding: .utf8)
        // `AGORA_REGENERATE_DOCS=1 swift test --filter docsHoldTheCurrentReference` rewrites the
        // generated table (everything after the "Generated from" line) and then checks it.
        if ProcessInfo.processInfo.environment["AGORA_REGENERATE_DOCS"] == "1",
            let marker = docs.range(of: "Generated from `ConfigSchema.world` (a test keeps this table current).\n\n")
        {
            docs = String(docs[..<marker.upperBound]) + ConfigSchema.world.referenceMarkdown
            try docs.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(docs.contains(ConfigSchema.world.referenceMarkdown), "regenerate the table in docs/config.md from ConfigSchema.world.referenceMarkdown")
    }

    @Test func quickstartMentionsEveryKey() throws {
        let quickstart = try String(contentsOfFile: ConfigTestSupport.packagePath("Worlds/quickstart.yaml"), encoding: .utf8)
        for row in ConfigSchema.world.referenceRows {
            let key = row.path.split(separator: ".").last.map(String.init) ?? row.path
            #expect(quickstart.contains(key.replacingOccurrences(of: "[]", with: "") + ":"), "quickstart.yaml does not show \(row.path)")
        }
    }
}
