import Foundation
import Testing

/// `agora compare --runs-a … --runs-b …`: two sets of completed runs, paired by seed.
@Suite struct CompareRunsTests {
    private func run(_ dir: URL, seed: Int, extra: [String]) throws -> String {
        let world = AgoraProcess.packageRoot.appendingPathComponent("Worlds/quickstart.yaml").path
        let result = try AgoraProcess.run(["run", world, "--set", "population.size=200", "--set", "horizon=6h",
                                           "--seed", "\(seed)", "--out", "out", "--quiet"] + extra, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func runSetsArePairedBySeedAndCompared() throws {
        let dir = try AgoraProcess.temporaryDirectory()
        let a = try [1, 2].map { try run(dir, seed: $0, extra: []) }
        let b = try [2, 1].map { try run(dir, seed: $0, extra: ["--set", "recommender.kind=popular"]) }
        let compared = try AgoraProcess.run(["compare", "--runs-a"] + a + ["--runs-b"] + b +
                                            ["--out", "out", "--metric", "exposure.in_network_share"], in: dir)
        #expect(compared.status == 0, "\(compared.stderr)")
        #expect(compared.stdout.contains("2 paired replicates"))
        #expect(compared.stdout.contains("exposure.in_network_share"))
        let unpaired = try AgoraProcess.run(["compare", "--runs-a", a[0], a[1], "--runs-b", b[0], "--out", "out"], in: dir)
        #expect(unpaired.status == 2)
        #expect(unpaired.stderr.contains("paired by seed"))
        let unknown = try AgoraProcess.run(["compare", "--runs-a", "nope", "--runs-b", b[0], "--out", "out"], in: dir)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no run 'nope'"))
    }
}
