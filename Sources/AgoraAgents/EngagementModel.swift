import AgoraCore
import Foundation

/// The multinomial-logit engagement choice (McFadden 1974) among skip, like, repost, quote,
/// comment, follow and mute, for one impression.
///
/// The appeal of an impression is
/// `A = β_m·match − β_d·distance + β_p·proof + β_t·tie + β_n·novelty − β_f·fatigue`
/// and the utilities are (skip is the reference, `U_skip = 0`):
/// - like, follow: `c_x + A`
/// - repost: `c_repost + A − β_d·distance` (sharing needs agreement)
/// - quote: `c_quote + A + β_q·distance`, comment: `c_comment + A + β_c·distance`
///   (disagreement draws quotes and replies)
/// - mute: `c_mute − A + β_μ·distance`.
/// `P(x) = exp(U_x) / Σ_y exp(U_y)`. Follow and mute are unavailable for one's own posts, follow
/// also when already following; repost and quote when the cascade is not `shareable` (already
/// shared, or already seen in this session). The alternative-specific constants `c_x` are calibrated per type
/// so that the reference impression of `RuleParameters` gets exactly the configured probabilities.
/// O(1) per impression (five `exp` calls, using `exp(c + A) = e^c · e^A`), no allocation.
public struct EngagementModel: Sendable {
    /// Per-type alternative-specific constants, indexed by `EngagementAction.rawValue` (skip = 0).
    public let constants: [[Double]]
    /// `exp` of `constants`, flat: type `t`'s seven values at `t*7 ..< t*7+7`.
    @usableFromInline let expConstants: [Double]
    /// The utility weights.
    public let parameters: BehaviourModelParameters

    /// Calibrates the constants of every type.
    public init(parametersByType: [RuleParameters], parameters: BehaviourModelParameters) {
        self.parameters = parameters
        constants = parametersByType.map { type in
            let p = type.referenceProbabilities
            let skip = 1 - (p.like + p.repost + p.quote + p.comment + p.follow)
            let reference = parameters.interestWeight      // appeal of the reference impression
            let mute = min(max(type.muteProbability, 1e-6), 0.5)
            return [0,
                    log(p.like / skip) - reference,
                    log(p.repost / skip) - reference,
                    log(p.quote / skip) - reference,
                    log(p.comment / skip) - reference,
                    log(p.follow / skip) - reference,
                    log(mute / (1 - mute)) - parameters.opinionDistanceWeight - parameters.muteDisagreementWeight]
        }
        expConstants = constants.flatMap { $0.map { exp($0) } }
    }

    /// The appeal `A` of an impression.
    @inlinable
    public func appeal(_ f: ImpressionFeatures) -> Double {
        parameters.interestWeight * f.match - parameters.opinionDistanceWeight * f.distance
            + parameters.socialProofWeight * f.proof + (f.followsAuthor ? parameters.tieWeight : 0)
            + parameters.noveltyWeight * f.novelty - parameters.fatigueWeight * f.fatigue
    }

    /// Draws one action for an impression with appeal `a` (from `appeal(_:)`) for an agent of
    /// type `type`; `expAppeal` must be `exp(a)`. Uses exactly one uniform draw.
    @inlinable
    public func choose(type: Int, features f: ImpressionFeatures, expAppeal ea: Double,
                       stream: inout RandomStream) -> EngagementAction {
        let base = type &* 7
        let d = f.distance
        let like = expConstants[base + 1] * ea
        let repost = f.shareable ? expConstants[base + 2] * ea * exp(-parameters.opinionDistanceWeight * d) : 0
        let quote = f.shareable ? expConstants[base + 3] * ea * exp(parameters.quoteDisagreementWeight * d) : 0
        let comment = expConstants[base + 4] * ea * exp(parameters.commentDisagreementWeight * d)
        let follow = f.authorIsOther && !f.followsAuthor ? expConstants[base + 5] * ea : 0
        let mute = f.authorIsOther ? expConstants[base + 6] / ea * exp(parameters.muteDisagreementWeight * d) : 0
        let total = 1 + like + repost + quote + comment + follow + mute
        var u = stream.nextUnit() * total - 1
        if u < 0 { return .skip }
        u -= like
        if u < 0 { return .like }
        u -= repost
        if u < 0 { return .repost }
        u -= quote
        if u < 0 { return .quote }
        u -= comment
        if u < 0 { return .comment }
        u -= follow
        if u < 0 { return .follow }
        return mute > 0 ? .mute : (follow > 0 ? .follow : .comment)
    }
}
