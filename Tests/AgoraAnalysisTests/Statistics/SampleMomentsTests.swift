import Testing
@testable import AgoraAnalysis

@Suite struct SampleMomentsTests {
    /// Reference values computed with the formula of Pfister et al. (2013) by hand (scipy's
    /// bias-corrected skew and kurtosis give the same G₁ and G₂).
    @Test func bimodalityCoefficientMatchesTheCorrectedFormula() throws {
        let values: [Double] = (0..<40).map { (i: Int) -> Double in
            let magnitude: Double = 0.8 + 0.005 * Double(i)
            return i % 2 == 0 ? -magnitude : magnitude
        }
        let bc = try #require(SampleMoments.bimodalityCoefficient(values))
        let n = 40.0
        let mean = values.reduce(0, +) / n
        let m2 = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / n
        let m3 = values.map { pow3($0 - mean) }.reduce(0, +) / n
        let m4 = values.map { ($0 - mean) * ($0 - mean) * ($0 - mean) * ($0 - mean) }.reduce(0, +) / n
        let g1 = m3 / (m2 * m2.squareRoot()) * (n * (n - 1)).squareRoot() / (n - 2)
        let g2 = ((n + 1) * (m4 / (m2 * m2) - 3) + 6) * (n - 1) / ((n - 2) * (n - 3))
        #expect(abs(bc - (g1 * g1 + 1) / (g2 + 3 * (n - 1) * (n - 1) / ((n - 2) * (n - 3)))) < 1e-12)
        #expect(bc > 5.0 / 9)
    }

    @Test func aUnimodalSampleStaysBelowTheUniformValue() throws {
        let values: [Double] = [-0.1, 0, 0, 0.05, 0.1, 0, -0.05, 0.02, 0.01, -0.02, 0.6, -0.6]
        #expect(try #require(SampleMoments.bimodalityCoefficient(values)) < 5.0 / 9)
    }

    @Test func degenerateSamplesHaveNoCoefficient() {
        #expect(SampleMoments.bimodalityCoefficient([1, 2, 3]) == nil)
        #expect(SampleMoments.bimodalityCoefficient([1, 1, 1, 1]) == nil)
        #expect(SampleMoments.pearson([1, 2], [3, 3]) == nil)
        #expect(SampleMoments.variance([]) == nil)
    }

    @Test func pearsonOfALinearRelationIsOne() throws {
        #expect(abs(try #require(SampleMoments.pearson([1, 2, 3, 4], [2, 4, 6, 8])) - 1) < 1e-12)
        #expect(abs(try #require(SampleMoments.pearson([1, 2, 3, 4], [8, 6, 4, 2])) + 1) < 1e-12)
    }

    private func pow3(_ x: Double) -> Double { x * x * x }
}
