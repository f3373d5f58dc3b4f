import Testing
@testable import AgoraAnalysis

@Suite struct KaplanMeierTests {
    /// A textbook example: durations 1, 2+, 3, 3, 4+ (+ = censored).
    @Test func survivalMatchesTheProductLimitByHand() {
        let km = KaplanMeier(durations: [1, 2, 3, 3, 4], observed: [true, false, true, true, false])
        // t=1: 5 at risk, 1 event → 0.8; t=3: 3 at risk, 2 events → 0.8 · 1/3.
        #expect(km.survival[0] == 1)
        #expect(km.survival[1] == 0.8)
        #expect(km.survival[2] == 0.8)
        #expect(abs(km.survival[3] - 0.8 / 3) < 1e-12)
        #expect(km.median == 3)
        #expect(km.events == 3)
        #expect(km.censored == 2)
    }

    @Test func aCurveThatStaysAboveHalfHasNoMedian() {
        let km = KaplanMeier(durations: [5, 5, 5, 2], observed: [false, false, false, true])
        #expect(km.median == nil)
        #expect(km.survival.last == 0.75)
    }
}
