import Testing

@testable import AgoraEngine

/// Confidence intervals and t quantiles against published values (R: `qt`, `t.test`).
@Suite struct SummaryStatisticsTests {
    @Test func studentTQuantilesMatchTables() {
        // qt(0.975, df) in R.
        let expected: [(Double, Double)] = [(1, 12.706204736), (2, 4.302652730), (4, 2.776445105), (9, 2.262157163),
                                            (30, 2.042272456), (1000, 1.962339081)]
        for (df, value) in expected {
            #expect(abs(StudentT.quantile(0.975, degreesOfFreedom: df) - value) < 1e-7, "df \(df)")
        }
        #expect(abs(StudentT.quantile(0.025, degreesOfFreedom: 9) + 2.262157163) < 1e-7)
        #expect(StudentT.quantile(0.5, degreesOfFreedom: 3) == 0)
        #expect(abs(StudentT.cdf(2.0, degreesOfFreedom: 5) - 0.9490302606) < 1e-9)
    }

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

    @Test func signTestIsTheExactBinomialTest() {
        // binom.test(9, 10)$p.value = 0.02148438; binom.test(5, 10) = 1; binom.test(0, 6) = 0.03125
        #expect(abs(SignTest(differences: [1, 2, 3, 4, 5, 6, 7, 8, 9, -1]).pValue - 0.021484375) < 1e-12)
        #expect(SignTest(differences: [1, 1, 1, 1, 1, -1, -1, -1, -1, -1]).pValue == 1)
        let allNegative = SignTest(differences: [-1, -2, -3, -4, -5, -6, 0, 0])
        #expect(allNegative.pValue == 0.03125)
        #expect(allNegative.ties == 2 && allNegative.negatives == 6 && allNegative.positives == 0)
        #expect(SignTest(differences: [0, 0]).pValue == 1)
    }
}
