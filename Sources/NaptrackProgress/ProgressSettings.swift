import Foundation
import NaptrackCore

/// What a progress evaluation depends on besides the files: the report date, the roll-up method
/// and how far behind schedule an activity may fall before it is flagged.
public struct ProgressSettings: Sendable, Equatable {
    /// The date the report is for; only updates on or before it count.
    public var asOf: CalendarDate
    public var rollup: RollupMethod
    /// An activity is `behind` when its percent is more than this many points below the share
    /// of its time that has elapsed.
    public var behindPoints: Decimal

    /// The configuration threshold that sets ``behindPoints``.
    public static let behindPointsThreshold = "plan-quality:behind_points"
    /// The points used when the configuration sets none.
    public static let standardBehindPoints: Decimal = 25

    public init(asOf: CalendarDate, rollup: RollupMethod = .standard, behindPoints: Decimal = standardBehindPoints) {
        self.asOf = asOf
        self.rollup = rollup
        self.behindPoints = behindPoints
    }

    /// Settings for `asOf` taken from the project configuration, with the defaults where it is
    /// silent (or absent).
    public init(asOf: CalendarDate, configuration: Configuration?) {
        self.init(
            asOf: asOf, rollup: configuration?.rollup?.value ?? .standard,
            behindPoints: configuration?.threshold(Self.behindPointsThreshold) ?? Self.standardBehindPoints)
    }
}
