import Testing

@testable import AgoraAnalysis

/// The exact sign test against R's `binom.test`.
@Suite struct SignTestTests {
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
