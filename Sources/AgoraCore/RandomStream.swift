/// A counter-based random stream keyed by (run seed, purpose, agent, sequence).
///
/// Output `i` of a stream is `mix(key &+ (i + 1) · γ)` with the SplitMix64 finalizer as `mix`,
/// where the key itself is a mix of the four key parts. Two streams with different keys are
/// statistically independent, and a stream's values never depend on how many draws other
/// streams made, on thread timing, or on scheduling: an agent's session `s` in a run with seed
/// `r` always sees the same numbers. This is what makes traces byte-identical across thread
/// counts (docs/architecture.md, "A window, phase by phase").
///
/// A stream is a small value (two words); making one costs a few multiplications and never
/// allocates. Complexity: O(1) per draw.
public struct RandomStream: RandomNumberGenerator, Sendable {
    /// The mixed key this stream was built from.
    public let key: UInt64
    /// How many 64-bit values have been drawn so far.
    public var counter: UInt64

    /// The Weyl increment of SplitMix64 (2⁶⁴ / φ, odd).
    @usableFromInline static let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// Creates the stream for one (seed, purpose, agent, sequence) key.
    ///
    /// - Parameters:
    ///   - seed: the run seed from the world config.
    ///   - purpose: what the numbers are for, so that e.g. graph generation and sessions of the
    ///     same agent never share numbers.
    ///   - agent: the agent index (or any other entity index for non-agent purposes).
    ///   - sequence: the event sequence number within that agent (e.g. its session count).
    @inlinable
    public init(seed: UInt64, purpose: StreamPurpose, agent: UInt32 = 0, sequence: UInt64 = 0) {
        var k = RandomStream.mix(seed &+ RandomStream.gamma)
        k = RandomStream.mix(k ^ (UInt64(purpose.rawValue) &* 0xD1B5_4A32_D192_ED03))
        k = RandomStream.mix(k ^ (UInt64(agent) &* 0xAEF1_7502_108E_F2D9))
        k = RandomStream.mix(k ^ (sequence &* 0x9FB2_1C65_1E98_DF25))
        self.key = k
        self.counter = 0
    }

    /// The SplitMix64 output finalizer: a bijective 64-bit mixer with full avalanche.
    @inlinable @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next 64 random bits.
    @inlinable @inline(__always)
    public mutating func next() -> UInt64 {
        counter &+= 1
        return RandomStream.mix(key &+ counter &* RandomStream.gamma)
    }

    /// A uniform double in `[0, 1)` with 53 random bits.
    @inlinable @inline(__always)
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform double in `(0, 1]`, safe to take the logarithm of.
    @inlinable @inline(__always)
    public mutating func nextOpenUnit() -> Double {
        Double((next() >> 11) + 1) * 0x1.0p-53
    }

    /// A uniform integer in `0..<bound` without modulo bias (Lemire's method). `bound` must be > 0.
    @inlinable
    public mutating func nextIndex(below bound: Int) -> Int {
        precondition(bound > 0, "nextIndex(below:) needs a positive bound")
        let b = UInt64(bound)
        var product = next().multipliedFullWidth(by: b)
        if product.low < b {
            let threshold = (0 &- b) % b
            while product.low < threshold { product = next().multipliedFullWidth(by: b) }
        }
        return Int(product.high)
    }

    /// `true` with probability `p` (values outside `[0, 1]` are clamped).
    @inlinable @inline(__always)
    public mutating func bernoulli(_ p: Double) -> Bool { nextUnit() < p }
}

/// What a random stream is used for; part of every stream key, so different purposes never share
/// numbers even for the same agent and sequence.
public enum StreamPurpose: UInt32, Sendable, CaseIterable {
    /// Initial social graph generation.
    case graph = 1
    /// Drawing agent attributes (type, activity, interests, opinion) at population set-up.
    case population = 2
    /// One session of one agent: feed sampling and every behaviour draw of that session.
    case session = 3
    /// The gap before an agent's next session.
    case wake = 4
    /// Arrivals of new users.
    case arrival = 5
    /// Recommender randomness (exploration, random feeds), keyed by agent and session.
    case recommender = 6
    /// Recommender retraining.
    case retrain = 7
    /// Sampling in analysis (e.g. sampled BFS for diameters).
    case analysis = 8
    /// LLM-driven decisions (prompt sampling, fallbacks).
    case llm = 9
}
