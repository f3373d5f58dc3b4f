import AgoraCore
import Foundation
import Testing
@testable import AgoraAgents

struct PersonaTests {
    @Test func csvPersonasKeepQuotedCommasAndDefaults() throws {
        let csv = "id,openness,interests,backstory\r\nada,0.9,science;music,\"Reads, a lot; \"\"always\"\"\"\nben,,sports,\n"
        let personas = try PersonaFileReader.parseCSV(csv, file: "p.csv")
        #expect(personas.map(\.name) == ["ada", "ben"])
        #expect(personas[0].openness == 0.9 && personas[0].interests == ["science", "music"])
        #expect(personas[0].backstory == "Reads, a lot; \"always\"")
        #expect(personas[1].openness == 0.5 && personas[1].neuroticism == 0.5)
    }

    @Test func jsonlPersonasAndTheirErrorsNameTheLine() throws {
        let jsonl = "{\"id\": \"ada\", \"extraversion\": 0.1, \"interests\": [\"chess\"]}\n\n{\"id\": \"ben\", \"openness\": 2}\n"
        do {
            _ = try PersonaFileReader.parseJSONL(jsonl, file: "p.jsonl")
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "p.jsonl:3: openness: expected a number between 0 and 1, found 2")
        }
        let good = try PersonaFileReader.parseJSONL(String(jsonl.prefix(while: { $0 != "\n" })), file: "p.jsonl")
        #expect(good.count == 1 && good[0].extraversion == 0.1 && good[0].interests == ["chess"])
        #expect(throws: LLMPolicyError.self) { try PersonaFileReader.parseCSV("name\nx\n", file: "p.csv") }
    }

    @Test func personaFilesAreReadByExtension() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("personas-\(UUID().uuidString).csv").path
        try "id\nzoe\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try PersonaFileReader.read(path: path).map(\.name) == ["zoe"])
        #expect(throws: LLMPolicyError.self) { try PersonaFileReader.read(path: path + ".missing") }
    }

    @Test func listedPersonasAreHandedOutInTurn() throws {
        let listed = ["a", "b", "c"].map {
            Persona(name: $0, openness: 0.5, conscientiousness: 0.5, extraversion: 0.5, agreeableness: 0.5, neuroticism: 0.5,
                    interests: [], backstory: "")
        }
        let library = try PersonaLibrary(listed: listed, topicLabels: [], seed: 1, backstoryTemplate: nil)
        #expect((0..<5).map { library.personaID(agent: AgentID(UInt32(100 + $0)), ordinal: $0) } == [0, 1, 2, 0, 1])
        #expect(library.persona(id: 2, agent: AgentID(0), interests: [1, 0]).name == "c")
    }

    @Test func generatedPersonasAreSeededAndUseTheStrongestInterests() throws {
        let library = try PersonaLibrary(listed: [], topicLabels: ["sports", "music", "science"], seed: 9,
                                         backstoryTemplate: "{{name}} likes {{interests}} ({{openness_level}} openness)")
        let interests: [Float] = [0.1, 0.3, 0.6]
        let persona = library.persona(id: 42, agent: AgentID(42), interests: interests[...])
        #expect(library.personaID(agent: AgentID(42), ordinal: 0) == 42)
        #expect(persona == library.persona(id: 42, agent: AgentID(42), interests: interests[...]))
        #expect(persona.interests == ["science", "music"] && persona.name == "user-42")
        #expect(persona.backstory == "user-42 likes science, music (\(Persona.level(persona.openness)) openness)")
        #expect(persona.traits.allSatisfy { (0...1).contains($0.value) })
        let other = library.persona(id: 43, agent: AgentID(43), interests: interests[...])
        #expect(other.traits.map(\.value) != persona.traits.map(\.value))
        #expect(throws: LLMPolicyError.self) { try PersonaLibrary(listed: [], topicLabels: [], seed: 1, backstoryTemplate: "{{#x}}") }
    }
}
