import Foundation
import Testing

/// Every world shipped in `Worlds/` validates, and accepts the two overrides docs/architecture.md promises
/// for all of them (`--set population.size=N`, `--set horizon=D`). Sweep and comparison files
/// (`sweep-*.yaml`, `ab-*.yaml` with a `sweep`/`compare` layout) are checked by their own tests.
@Suite struct ShippedWorldsTests {
    static var worlds: [String] {
        let folder = AgoraProcess.packageRoot.appendingPathComponent("Worlds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix("sweep-") }.sorted()
    }

    @Test func thereAreShippedWorlds() {
        #expect(Self.worlds.contains("quickstart.yaml"))
        #expect(Self.worlds.contains("ego-facebook.yaml"))
        #expect(Self.worlds.count >= 6)
    }

    @Test(arguments: worlds)
    func shippedWorldValidatesAndTakesSizeAndHorizonOverrides(world: String) throws {
        let dir = try AgoraProcess.temporaryDirectory()
        let path = AgoraProcess.packageRoot.appendingPathComponent("Worlds/\(world)").path
        let plain = try AgoraProcess.run(["validate", path], in: dir)
        #expect(plain.status == 0, "\(world): \(plain.stderr)")
        let overridden = try AgoraProcess.run(["validate", path, "--set", "population.size=5000", "--set", "horizon=2d"], in: dir)
        #expect(overridden.status == 0, "\(world): \(overridden.stderr)")
        #expect(overridden.stdout.contains("5000 agents") && overridden.stdout.contains("horizon 2d"), "\(overridden.stdout)")
    }
}
