import AgoraCore

/// The `recommender` section's rule across keys that the per-key schema cannot state: the shares
/// of a `mix` feed's sources add up to 1 (within 0.001). The schema already bounds each key, keeps
/// `mix` and `reference` out of the sources and requires 1–16 of them; the recommenders are then
/// built from the resolved config without checking it again.
extension WorldRules {
    /// Checks `recommender.mix` when `recommender.kind` is `mix`.
    mutating func checkRecommender(_ world: ResolvedValue) {
        guard let recommender = world["recommender"], recommender["kind"]?.text == "mix",
              let mix = recommender["mix"] else { return }
        let sum = mix.elements.reduce(0.0) { $0 + ($1["fraction"]?.number ?? 0) }
        guard !mix.elements.isEmpty, abs(sum - 1) > 0.001 else { return }
        report(mix, fallback: recommender, "recommender.mix",
               "expected source fractions adding up to 1 (±0.001), found \(Self.format(sum)); adjust them so they sum to 1")
    }
}
