import Foundation

/// Mean, sample standard deviation and the 95% confidence interval of the mean of a few values
/// (the replicates of a sweep point, the paired differences of a comparison).
///
/// The interval is the t interval `mean ± t(0.975, n−1) · sd / √n` (Student t with n − 1 degrees
/// of freedom); it needs n ≥ 2, and is `nil` below that.
public struct SummaryStatistics: Sendable, Equatable, Codable {
    /// Number of values.
    public var count: Int
    /// Arithmetic mean (0 for no values).
    public var mean: Double
    /// Sample standard deviation (n − 1 in the denominator); 0 for fewer than 2 values.
    public var standardDeviation: Double
    /// Half-width of the 95% t confidence interval of the mean; nil for fewer than 2 values.
    public var halfWidth: Double?

    /// Lower end of the 95% interval (nil for fewer than 2 values).
    public var lower: Double? { halfWidth.map { mean - $0 } }
    /// Upper end of the 95% interval (nil for fewer than 2 values).
    public var upper: Double? { halfWidth.map { mean + $0 } }
    /// The 95% interval as a range (nil for fewer than 2 values, or when a value was not a number).
    public var interval: ClosedRange<Double>? {
        guard let lower, let upper, lower <= upper else { return nil }
        return lower...upper
    }

    /// The statistics of `values`. O(n).
    public init(_ values: [Double]) {
        count = values.count
        mean = SampleMoments.mean(values) ?? 0
        guard values.count >= 2 else {
            standardDeviation = 0
            halfWidth = nil
            return
        }
        let squares = SampleMoments.squaredDeviations(values, from: mean)
        standardDeviation = (squares / Double(values.count - 1)).squareRoot()
        halfWidth = StudentT.quantile(0.975, degreesOfFreedom: Double(values.count - 1))
            * standardDeviation / Double(values.count).squareRoot()
    }

    enum CodingKeys: String, CodingKey {
        case count = "n", mean, standardDeviation = "sd", halfWidth = "ci95_half_width"
    }
}
