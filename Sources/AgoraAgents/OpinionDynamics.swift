import Foundation

/// Bounded-confidence opinion dynamics (Deffuant, Neau, Amblard & Weisbuch 2000), one-sided: the
/// reader moves, the post does not. With repulsion beyond a second threshold (Jager & Amblard
/// 2005) polarization can emerge.
public enum OpinionDynamics {
    /// The opinion after reading a post with `stance`:
    /// - `|s − o| < ε`: `o ← o + μ (s − o)` (assimilation);
    /// - `|s − o| > ε_r`: `o ← o − μ_r (s − o)` (repulsion), clipped to `[−1, 1]`;
    /// - otherwise unchanged.
    @inlinable
    public static func update(opinion: Double, stance: Double, parameters: BehaviourModelParameters) -> Double {
        let difference = stance - opinion
        let distance = abs(difference)
        if distance < parameters.confidenceBound {
            return opinion + parameters.convergenceRate * difference
        }
        if distance > parameters.repulsionThreshold {
            return max(-1, min(1, opinion - parameters.repulsionRate * difference))
        }
        return opinion
    }
}
