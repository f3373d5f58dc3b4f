import AgoraConfig
import AgoraCore

/// Chooses the points of a sweep: the full grid, independent random draws, or a Latin hypercube.
///
/// Random and Latin hypercube draws come from `RandomStream`s keyed by the spec's
/// `sampling_seed` and the axis index, so the same spec always yields the same points.
public enum SweepPointGenerator {
    /// The sequence number that keys the sampling streams (distinct from any engine stream).
    static let streamSequence: UInt64 = 0x5357_4545_5000

    /// The points of `spec`, each as one value text per axis.
    ///
    /// - Complexity: O(points × axes).
    public static func points(for spec: SweepSpec) -> [[String]] {
        switch spec.strategy {
        case .grid: return grid(spec.axes)
        case .random: return random(spec.axes, samples: spec.samples, seed: spec.samplingSeed)
        case .latinHypercube: return latinHypercube(spec.axes, samples: spec.samples, seed: spec.samplingSeed)
        }
    }

    /// Every combination, the first axis varying slowest.
    static func grid(_ axes: [SweepAxis]) -> [[String]] {
        var points: [[String]] = [[]]
        for axis in axes {
            guard case let .values(values) = axis.domain else { continue }
            points = points.flatMap { prefix in values.map { prefix + [$0] } }
        }
        return points
    }

    /// `samples` points, every axis drawn independently and uniformly from its domain.
    static func random(_ axes: [SweepAxis], samples: Int, seed: UInt64) -> [[String]] {
        var columns: [[String]] = []
        for (index, axis) in axes.enumerated() {
            var stream = RandomStream(seed: seed, purpose: .analysis, agent: UInt32(index), sequence: streamSequence)
            columns.append((0..<samples).map { _ in axis.value(at: stream.nextUnit()) })
        }
        return (0..<samples).map { row in columns.map { $0[row] } }
    }

    /// `samples` points; each axis's unit interval is cut into `samples` equal slices and every
    /// slice is used exactly once (a random permutation per axis, a uniform position in the slice).
    static func latinHypercube(_ axes: [SweepAxis], samples: Int, seed: UInt64) -> [[String]] {
        var columns: [[String]] = []
        for (index, axis) in axes.enumerated() {
            var stream = RandomStream(seed: seed, purpose: .analysis, agent: UInt32(index), sequence: streamSequence &+ 1)
            var slices = Array(0..<samples)
            if samples > 1 {
                for i in stride(from: samples - 1, to: 0, by: -1) {
                    slices.swapAt(i, stream.nextIndex(below: i + 1))
                }
            }
            columns.append(slices.map { slice in axis.value(at: (Double(slice) + stream.nextUnit()) / Double(samples)) })
        }
        return (0..<samples).map { row in columns.map { $0[row] } }
    }
}
