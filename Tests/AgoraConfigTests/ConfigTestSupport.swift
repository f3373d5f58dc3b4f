import Foundation
import Testing

@testable import AgoraConfig

/// Shared helpers for the config tests: a loader with a fixed memory size (so the memory rule does
/// not depend on the test machine) and the rendered diagnostics of a failing load.
enum ConfigTestSupport {
    /// A loader that believes the machine has 16 GiB.
    static let loader = WorldConfigLoader(physicalMemoryBytes: 16 * 1_073_741_824)

    /// The package root, found from this file's path.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Path of a file in the package.
    static func packagePath(_ relative: String) -> String { packageRoot.appendingPathComponent(relative).path }

    /// The diagnostics (one rendered line each) of loading `text`; empty when it loads.
    static func problems(_ text: String, overrides: [String] = [], seed: UInt64? = nil, loader: WorldConfigLoader = loader) -> [String] {
        do {
            _ = try loader.load(text: text, fileName: "world.yaml", overrides: overrides, seed: seed)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    /// Loads `text`, which must be valid.
    static func load(_ text: String, overrides: [String] = [], seed: UInt64? = nil) throws -> LoadedWorld {
        try loader.load(text: text, fileName: "world.yaml", overrides: overrides, seed: seed)
    }

    /// A scratch directory unique to one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("agora-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
