import Foundation

@testable import AgoraStore

/// A fresh folder under the system temporary directory, removed when the value is released.
final class TemporaryFolder {
    /// The folder's path.
    let path: String

    init() throws {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("agora-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        path = url.path
    }

    /// The path of `name` inside the folder.
    func file(_ name: String) -> String { path + "/" + name }

    /// The conventional catalog path inside the folder.
    var catalogPath: String { file("agora.sqlite") }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// A run description with fixed, whole-second timestamps so comparisons are exact.
func sampleRun(
    id: String, seed: UInt64 = 7, startedAt: Date = Date(timeIntervalSince1970: 1_800_000_000)
) -> NewRun {
    NewRun(
        id: id, worldName: "quickstart", resolvedConfig: "name: quickstart\nseed: \(seed)\n",
        configHash: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", seed: seed,
        engineVersion: "0.1.0-test", tracePath: "\(id)/trace.agtrace", startedAt: startedAt)
}
