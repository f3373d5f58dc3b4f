import Testing
@testable import AgoraCore

@Suite struct SimTimeTests {
    @Test(arguments: [("90s", 90_000), ("15m", 900_000), ("6h", 21_600_000), ("30d", 2_592_000_000), ("250ms", 250), ("0s", 0)])
    func durationsParseToMilliseconds(text: String, milliseconds: Int64) throws {
        #expect(try SimTime.parse(duration: text).milliseconds == milliseconds)
    }

    @Test(arguments: ["", "10", "1.5h", "-3d", "3 days", "h", "3w", "99999999999999999d", "ms", "1e3s"])
    func malformedDurationsAreRejectedWithTheText(text: String) {
        #expect(throws: DurationParseError(text: text)) { try SimTime.parse(duration: text) }
    }

    @Test func durationErrorSaysWhatWasExpected() {
        #expect(DurationParseError(text: "3w").description
            == "'3w' is not a duration: expected a whole number followed by a unit, one of ms, s, m, h, d (for example 90s, 15m, 6h, 30d)")
    }

    @Test func durationTextRoundTripsThroughParse() throws {
        for ms: Int64 in [0, 1, 999, 1000, 60_000, 90_000, 3_600_000, 86_400_000, 2 * 86_400_000 + 1] {
            let time = SimTime(milliseconds: ms)
            #expect(try SimTime.parse(duration: time.durationText) == time)
        }
        #expect(SimTime.day.durationText == "1d")
        #expect(SimTime(milliseconds: 90_000).durationText == "90s")
    }

    @Test func dayIndexAndSecondOfDay() {
        let t = SimTime.day * 3 + SimTime.hour * 5
        #expect(t.dayIndex == 3)
        #expect(t.secondOfDay == 5 * 3600)
    }
}
