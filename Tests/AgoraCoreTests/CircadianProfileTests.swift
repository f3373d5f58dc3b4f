import Testing
@testable import AgoraCore

@Suite struct CircadianProfileTests {
    @Test func profileIsNormalizedToMeanOne() {
        let profile = CircadianProfile(hourlyWeights: (0..<24).map { Double($0) + 1 })
        #expect(abs(profile.hourly.reduce(0, +) / 24 - 1) < 1e-12)
        #expect(profile.peak == profile.hourly[23])
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func wakeUpsFollowTheRateAndTheProfile(seed: UInt64) {
        // Active only 12:00–18:00, 4 sessions a day: over 200 days about 800 wake-ups, all in the afternoon.
        let weights = (0..<24).map { (12..<18).contains($0) ? 1.0 : 0.0 }
        let profile = CircadianProfile(hourlyWeights: weights)
        var stream = RandomStream(seed: seed, purpose: .wake)
        var t = SimTime.zero
        var count = 0
        while let next = profile.nextWake(after: t, ratePerDay: 4, stream: &stream), next < .day * 200 {
            let hour = Int(next.secondOfDay / 3600)
            #expect((12..<18).contains(hour))
            t = next
            count += 1
        }
        #expect(abs(count - 800) < 4 * 28)
    }

    @Test func weeklyProfileShiftsSessionsBetweenDays() {
        // Weekends (days 5 and 6) three times as busy as weekdays; flat hours; 10 sessions a day
        // over 70 days: weekend days should hold 3·2/(5+3·2) = 6/11 of the wake-ups.
        let profile = CircadianProfile(hourlyWeights: Array(repeating: 1, count: 24), weeklyWeights: [1, 1, 1, 1, 1, 3, 3])
        #expect(abs(profile.weekly.reduce(0, +) / 7 - 1) < 1e-12)
        var stream = RandomStream(seed: 5, purpose: .wake)
        var t = SimTime.zero
        var weekend = 0, total = 0
        while let next = profile.nextWake(after: t, ratePerDay: 10, stream: &stream), next < .day * 70 {
            if (next.milliseconds / SimTime.day.milliseconds) % 7 >= 5 { weekend += 1 }
            total += 1
            t = next
        }
        // 700 wake-ups; binomial sd ≈ 0.019; tolerance 0.06.
        #expect(abs(Double(weekend) / Double(total) - 6.0 / 11.0) < 0.06)
    }
}
