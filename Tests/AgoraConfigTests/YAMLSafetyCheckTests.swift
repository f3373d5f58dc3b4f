import Foundation
import Testing

@testable import AgoraConfig

/// Hostile input is refused quickly with a clear diagnostic, never a hang or a crash.
struct YAMLSafetyCheckTests {
    @Test func billionLaughsIsRefusedAtTheFirstAlias() {
        var yaml = "name: x\nlol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*lol\(level - 1)", count: 9).joined(separator: ", ")
            yaml += "lol\(level): &lol\(level) [\(refs)]\n"
        }
        #expect(
            ConfigTestSupport.problems(yaml) == [
                "world.yaml:3:14: YAML aliases (*lol0) are not allowed in world files; write the value out in full"
            ])
    }

    @Test func aliasUsedAsAMappingKeyIsRefused() {
        // Yams hashes mapping keys to find duplicates; an aliased key would be hashed in full.
        #expect(
            ConfigTestSupport.problems("a: &a [x, y]\n? *a\n: 1\n") == [
                "world.yaml:2:3: YAML aliases (*a) are not allowed in world files; write the value out in full"
            ])
    }

    @Test func starsInsideTextAreNotAliases() throws {
        let yaml = """
            name: "*not an alias*"   # a comment with *stars
            llm:
              model: 'it''s *fine*'
              endpoints:
                - http://host/*path
            """
        let world = try ConfigTestSupport.load(yaml)
        #expect(world.config.name == "*not an alias*")
        #expect(world.config.llm.model == "it's *fine*")
        #expect(world.config.llm.endpoints == ["http://host/*path"])
    }

    @Test func hundredThousandNestedBracketsAreRefusedBeforeComposing() {
        let yaml = "name: x\nseed: " + String(repeating: "[", count: 100_000) + "\n"
        #expect(
            ConfigTestSupport.problems(yaml) == [
                "world.yaml:2:68: nesting deeper than 64 levels; a world file needs only a few"
            ])
    }

    @Test func deepBlockNestingIsRefused() {
        let dashes = "name: x\nseed:\n" + String(repeating: "- ", count: 50_000) + "x\n"
        #expect(ConfigTestSupport.problems(dashes).first?.hasSuffix("nesting deeper than 64 levels; a world file needs only a few") == true)
        var indented = "name: x\n"
        for depth in 0..<200 { indented += String(repeating: " ", count: depth) + "k\(depth):\n" }
        #expect(ConfigTestSupport.problems(indented).first?.hasSuffix("nesting deeper than 64 levels; a world file needs only a few") == true)
    }

    @Test func bracketsInTextAndBlockScalarsDoNotCountAsNesting() throws {
        let brackets = String(repeating: "[", count: 100)
        let yaml = "name: \"\(brackets)\"\nllm:\n  model: |\n    \(brackets)\n    *star\n  api_key_env: K\n"
        let world = try ConfigTestSupport.load(yaml)
        #expect(world.config.name == brackets)
        #expect(world.config.llm.model == "\(brackets)\n*star\n")
    }

    @Test func hugeListsAreRefusedAtTheValueLimit() {
        let flow = "name: x\nllm:\n  endpoints: [" + String(repeating: "a,", count: 60_000) + "]\n"
        #expect(
            ConfigTestSupport.problems(flow) == ["world.yaml:3:100005: more than 50000 values; a world file needs far fewer"])
        let block = "name: x\nllm:\n  endpoints:\n" + String(repeating: "  - a\n", count: 60_000)
        #expect(ConfigTestSupport.problems(block) == ["world.yaml:50000:5: more than 50000 values; a world file needs far fewer"])
    }

    @Test func duplicateKeysNameBothLines() {
        #expect(
            ConfigTestSupport.problems("name: x\npopulation:\n  size: 1000\n  topics: 4\n  size: 2000\n") == [
                "world.yaml:5:3: duplicate key 'size': it appears on line 3 and again on line 5; a key may appear once per section"
            ])
        #expect(
            ConfigTestSupport.problems("name: x\ngraph: {m: 3, kind: barabasi_albert, m: 4}\n") == [
                "world.yaml:2:38: duplicate key 'm': it appears on line 2 and again on line 2; a key may appear once per section"
            ])
    }

    @Test func numbersThatOverflowAreRefused() {
        #expect(
            ConfigTestSupport.problems("name: x\nseed: 99999999999999999999999\n") == [
                "world.yaml:2:7: seed: expected a whole number between 0 and 18446744073709551615, found 99999999999999999999999"
            ])
        #expect(
            ConfigTestSupport.problems("name: x\npopulation:\n  size: 99999999999999999999\n") == [
                "world.yaml:3:9: population.size: expected a whole number between 1 and 50000000, found 99999999999999999999"
            ])
        #expect(
            ConfigTestSupport.problems("name: x\npopulation:\n  types:\n    - name: a\n      fraction: 1e400\n") == [
                "world.yaml:5:17: population.types[0].fraction: expected a number between 0 and 1, found 1e400"
            ])
        #expect(
            ConfigTestSupport.problems("name: x\nhorizon: 99999999999999999999d\n") == [
                "world.yaml:2:10: horizon: expected a duration greater than 0 and at most 3650d (like 250ms, 90s, 15m, 6h, 7d), found '99999999999999999999d'"
            ])
    }

    @Test func nonUTF8BytesAreRefusedWithTheirOffset() throws {
        let directory = try ConfigTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("latin1.yaml")
        var bytes = Array("name: caf".utf8)
        bytes.append(0xE9)
        bytes += Array("\n".utf8)
        try Data(bytes).write(to: file)
        #expect(throws: ConfigError.self) { try ConfigTestSupport.loader.load(path: file.path) }
        do {
            _ = try ConfigTestSupport.loader.load(path: file.path)
        } catch {
            #expect(
                error.description
                    == "latin1.yaml:1:10: the file is not valid UTF-8: byte 0xE9 at byte offset 9 (line 1); save it as UTF-8")
        }
        #expect(
            YAMLSafetyCheck.firstInvalidUTF8([0x61, 0xED, 0xA0, 0x80])?.message
                == "the file is not valid UTF-8: byte 0xED at byte offset 1 (line 1); save it as UTF-8")
        #expect(
            YAMLSafetyCheck.firstInvalidUTF8([0x61, 0xC3])?.message
                == "the file is not valid UTF-8: it ends inside a multi-byte character at byte offset 1")
        #expect(YAMLSafetyCheck.firstInvalidUTF8(Array("héllo → 世界 🎉".utf8)) == nil)
    }

    @Test func filesOverEightMiBAreRefusedBeforeReading() throws {
        let directory = try ConfigTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("huge.yaml")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 9 * 1024 * 1024)  // sparse: the size is checked, not the content
        try handle.close()
        do {
            _ = try ConfigTestSupport.loader.load(path: file.path)
            Issue.record("a 9 MiB file was accepted")
        } catch {
            #expect(error.description == "\(file.path): the file is 9437184 bytes; world files are limited to 8 MiB (8388608 bytes)")
        }
        let text = "name: x\n" + String(repeating: "#", count: 8 * 1024 * 1024)
        #expect(
            ConfigTestSupport.problems(text) == [
                "world.yaml: the file is 8388616 bytes; world files are limited to 8 MiB (8388608 bytes)"
            ])
    }

    @Test func endlessDevicesAreCutOffAtTheLimit() {
        guard FileManager.default.fileExists(atPath: "/dev/zero") else { return }
        do {
            _ = try ConfigTestSupport.loader.load(path: "/dev/zero")
            Issue.record("/dev/zero was accepted")
        } catch {
            #expect(error.description == "/dev/zero: the file holds more than 8388608 bytes; world files are limited to 8 MiB (8388608 bytes)")
        }
    }
}
