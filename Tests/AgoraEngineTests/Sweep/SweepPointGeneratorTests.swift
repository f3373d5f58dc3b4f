import AgoraConfig
import Testing

@testable import AgoraEngine

/// Grid, random and Latin hypercube points: complete, deterministic per sampling seed, inside
/// their domains, and (Latin hypercube) one point per slice of every axis.
@Suite struct SweepPointGeneratorTests {
    static func spec(_ axes: [SweepAxis], strategy: SweepSpec.Strategy, samples: Int = 0, seed: UInt64 = 1) -> SweepSpec {
        SweepSpec(name: "t", world: .inline("name: t"), axes: axes, strategy: strategy, samples: samples, samplingSeed: seed)
    }

    static let m = SweepAxis(key: try! ConfigKeyPath(parsing: "graph.m"), domain: .values(["2", "4", "6"]), isInteger: true)
    static let share = SweepAxis(key: try! ConfigKeyPath(parsing: "population.types[0].post_probability"),
                                 domain: .uniform(min: 0.1, max: 0.9))

    @Test func gridIsEveryCombinationFirstAxisSlowest() {
        let kind = SweepAxis(key: try! ConfigKeyPath(parsing: "population.types[0].policy"), domain: .values(["rules", "llm"]))
        let points = SweepPointGenerator.points(for: Self.spec([Self.m, kind], strategy: .grid))
        #expect(points == [["2", "rules"], ["2", "llm"], ["4", "rules"], ["4", "llm"], ["6", "rules"], ["6", "llm"]])
    }

    @Test func randomPointsAreDeterministicPerSamplingSeedAndInsideTheDomain() {
        let first = SweepPointGenerator.points(for: Self.spec([Self.m, Self.share], strategy: .random, samples: 20, seed: 7))
        let again = SweepPointGenerator.points(for: Self.spec([Self.m, Self.share], strategy: .random, samples: 20, seed: 7))
        let other = SweepPointGenerator.points(for: Self.spec([Self.m, Self.share], strategy: .random, samples: 20, seed: 8))
        #expect(first == again)
        #expect(first != other)
        #expect(first.count == 20)
        for point in first {
            #expect(["2", "4", "6"].contains(point[0]))
            let value = Double(point[1]) ?? -1
            #expect(value >= 0.1 && value <= 0.9)
        }
    }

    @Test func latinHypercubeUsesEverySliceOfEveryAxisOnce() {
        for seed: UInt64 in 1...10 {
            let points = SweepPointGenerator.points(for: Self.spec([Self.share, Self.share], strategy: .latinHypercube,
                                                                   samples: 8, seed: seed))
            #expect(points == SweepPointGenerator.points(for: Self.spec([Self.share, Self.share], strategy: .latinHypercube,
                                                                          samples: 8, seed: seed)))
            for axis in 0..<2 {
                let slices = points.map { Int(((Double($0[axis])! - 0.1) / 0.8 * 8).rounded(.down)) }
                #expect(slices.sorted() == Array(0..<8), "seed \(seed) axis \(axis): \(slices)")
            }
        }
    }

    @Test func integerAxesSampleWholeNumbersOverTheWholeRange() {
        let axis = SweepAxis(key: try! ConfigKeyPath(parsing: "graph.m"), domain: .uniform(min: 2, max: 5), isInteger: true)
        let values = Set(SweepPointGenerator.points(for: Self.spec([axis], strategy: .latinHypercube, samples: 40)).map { $0[0] })
        #expect(values == ["2", "3", "4", "5"])
    }
}
