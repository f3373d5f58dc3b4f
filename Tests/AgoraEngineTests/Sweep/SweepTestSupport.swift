import AgoraConfig
import AgoraStore
import Foundation

@testable import AgoraEngine

/// Tiny sweeps for engine tests: an inline 120-agent, 1-day world, and temporary output folders.
enum SweepTestSupport {
    static let world = """
        name: sweep-test
        horizon: 1d
        population: {size: 120}
        graph: {m: 2}
        trace: {block_events: 1024}
        """

    /// A plan of `values.count` points × `replicates` over `population.types[0].post_probability`.
    static func plan(values: [String] = ["0.1", "0.5", "0.9"], replicates: Int = 2) throws -> SweepPlan {
        let axis = SweepAxis(key: try ConfigKeyPath(parsing: "population.types[0].post_probability"), domain: .values(values))
        let spec = SweepSpec(name: "engine-test", world: .inline(world), axes: [axis], replicates: replicates, seed: 3,
                             metrics: ["activity.posts", "activity.likes"])
        return try SweepPlan.make(spec: spec, specText: "test")
    }

    /// A fresh temporary folder.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("agora-sweep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// (config hash, seed) → trace checksum of every completed replicate.
    static func checksums(_ results: SweepResults) -> [String: String] {
        var map: [String: String] = [:]
        for point in results.points {
            for replicate in point.replicates {
                map["\(replicate.configHash) \(replicate.seed)"] = replicate.traceChecksum
            }
        }
        return map
    }
}

extension SweepTestSupport {
    /// Every scalar metric name stored for any run in the catalog of `out`, sorted.
    static func allMetricNames(in out: URL) throws -> [String] {
        let catalog = try Catalog(path: out.appendingPathComponent("agora.sqlite").path)
        var names = Set<String>()
        for run in try catalog.runs() { names.formUnion(try catalog.metrics(runID: run.id).map(\.name)) }
        return names.sorted()
    }
}
