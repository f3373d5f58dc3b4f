import Testing

@testable import AgoraAnalysis

/// The t distribution's quantiles and CDF against published values (R: `qt`, `pt`).
@Suite struct StudentTTests {
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
}
