import Testing

@testable import AgoraStore

@Suite struct CatalogValueRulesTests {
    @Test(arguments: [
        "activity.dau_mean", "exposure.gini", "retention.d7", "events.by_kind.session_start",
        "friendship_paradox.followees.followers.weak_fraction", "m",
    ])
    func dottedLowercaseNamesAreAccepted(name: String) {
        #expect(CatalogValueRules.isValidName(name))
    }

    @Test(arguments: [
        "", ".dau", "dau.", "activity..dau", "Activity.dau", "activity dau", "activity-dau", "activité",
        String(repeating: "a", count: 201),
    ])
    func otherNamesAreRefused(name: String) {
        #expect(!CatalogValueRules.isValidName(name))
    }

    @Test func nonFiniteValuesAndNegativeTimesAreRefused() {
        let rules = CatalogValueRules(path: "x.sqlite", operation: "testing")
        #expect(throws: CatalogError.self) { try rules.checkMetric(name: "a", value: .nan) }
        #expect(throws: CatalogError.self) { try rules.checkMetric(name: "a", value: -.infinity) }
        #expect(throws: CatalogError.self) { try rules.checkPoint(TimeseriesPoint(name: "a", t: -1, value: 1)) }
        #expect(throws: CatalogError.self) { try rules.checkPoint(TimeseriesPoint(name: "a", t: .nan, value: 1)) }
        #expect(throws: Never.self) { try rules.checkMetric(name: "a", value: -3.5) }
        #expect(throws: Never.self) { try rules.checkPoint(TimeseriesPoint(name: "a", t: 0.5, value: 0)) }
    }
}
