/// The behaviour section's rule across entries: a weekly profile that is not all zero.
extension WorldRules {
    /// Reports a `behaviour.weekly` profile of seven zeros.
    mutating func checkWeekly(_ world: ResolvedValue) {
        if let weekly = world["behaviour"]?["weekly"], weekly.elements.allSatisfy({ ($0.number ?? 0) == 0 }) {
            report(weekly, fallback: weekly, "behaviour.weekly", "expected at least one day with activity above 0, found all zeros")
        }
    }
}
