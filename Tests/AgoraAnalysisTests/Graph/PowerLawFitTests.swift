import Foundation
import Testing
@testable import AgoraAnalysis

@Test func hurwitzZetaMatchesKnownValues() {
    let pi2over6 = Double.pi * Double.pi / 6
    #expect(abs(HurwitzZeta.value(s: 2, q: 1) - pi2over6) < 1e-13)
    #expect(abs(HurwitzZeta.value(s: 3, q: 1) - 1.2020569031595942) < 1e-13)
    #expect(abs(HurwitzZeta.value(s: 2, q: 5) - (pi2over6 - 1 - 0.25 - 1.0 / 9 - 1.0 / 16)) < 1e-13)
    // −ζ'(2) = 0.93754825431584375…
    #expect(abs(HurwitzZeta.valueAndLogMoment(s: 2, q: 1).logMoment - 0.9375482543158437) < 1e-12)
}

@Test func fitRecoversTheExponentOfAnExactPowerLaw() {
    // Counts proportional to k^(−2.5) for k = 1…2000 (one million values in all).
    let zeta = HurwitzZeta.value(s: 2.5, q: 1)
    var values: [Int] = []
    for k in 1...2000 {
        let count = Int((1_000_000 * pow(Double(k), -2.5) / zeta).rounded())
        values += [Int](repeating: k, count: count)
    }
    let fit = PowerLawFit.fit(values)
    #expect(fit != nil)
    #expect(abs(fit!.alpha - 2.5) < 0.02)
    #expect(fit!.ks < 0.01)
    #expect(fit!.tailSize >= PowerLawFit.minimumTail)
}

@Test func fitNeedsATailOfTenAndMoreThanOneValue() {
    #expect(PowerLawFit.fit([1, 2, 3, 4, 5]) == nil)
    #expect(PowerLawFit.fit([Int](repeating: 3, count: 50)) == nil)
    #expect(PowerLawFit.fit([0, 0, 0]) == nil)
}

@Test func alphaSolvesTheLikelihoodEquation() {
    let meanLog = 1.3
    let alpha = PowerLawFit.solveAlpha(xmin: 2, meanLog: meanLog)!
    let (zeta, moment) = HurwitzZeta.valueAndLogMoment(s: alpha, q: 2)
    #expect(abs(moment / zeta - meanLog) < 1e-12)
}
