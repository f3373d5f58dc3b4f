import Testing

@testable import AgoraAnalysis

/// Means, standard deviations and t confidence intervals against published values (R: `t.test`).
@Suite struct SummaryStatisticsTests {
    @Test func meanSdAndIntervalMatchATTest() {
        // t.test(c(2, 4, 4, 4, 5, 5, 7, 9))$conf.int = 3.212512 6.787488; sd = 2.138090 (also scipy.stats.t.interval)
        let stats = SummaryStatistics([2, 4, 4, 4, 5, 5, 7, 9])
        #expect(stats.count == 8)
        #expect(stats.mean == 5)
        #expect(abs(stats.standardDeviation - 2.138089935) < 1e-8)
        #expect(abs((stats.lower ?? 0) - 3.212512082) < 1e-8)
        #expect(abs((stats.upper ?? 0) - 6.787487918) < 1e-8)
    }

    @Test func oneValueHasNoInterval() {
        let one = SummaryStatistics([3.5])
        #expect(one.mean == 3.5 && one.standardDeviation == 0 && one.halfWidth == nil)
        let none = SummaryStatistics([])
        #expect(none.count == 0 && none.lower == nil)
    }

    @Test func identicalValuesHaveAZeroWidthInterval() {
        let stats = SummaryStatistics([4, 4, 4])
        #expect(stats.halfWidth == 0)
    }

    @Test func sampleVarianceIsThePopulationVarianceRescaled() throws {
        let values: [Double] = [0.5, 1.5, 2, 8, -3]
        let stats = SummaryStatistics(values)
        let population = try #require(SampleMoments.variance(values))
        #expect(stats.mean == SampleMoments.mean(values))
        #expect(abs(stats.standardDeviation * stats.standardDeviation - population * 5 / 4) < 1e-12)
    }
}
