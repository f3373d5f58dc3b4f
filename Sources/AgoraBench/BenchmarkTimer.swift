import Foundation

/// Times a closure over repeated runs and summarises them (median, min, max), so every number a
/// benchmark prints comes with its spread.
struct BenchmarkTimer {
    /// Seconds of each counted run.
    private(set) var samples: [Double] = []

    /// Runs `body` `warmups` times uncounted, then `runs` times counted.
    mutating func measure(runs: Int, warmups: Int = 1, _ body: () throws -> Void) rethrows {
        for _ in 0..<warmups { try body() }
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
    }

    /// The median of the counted runs.
    var median: Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// The fastest counted run.
    var min: Double { samples.min() ?? 0 }
    /// The slowest counted run.
    var max: Double { samples.max() ?? 0 }
}
