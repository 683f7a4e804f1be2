import Foundation
import NaptrackCore

/// How far an indicator has moved from its baseline towards its target.
public struct IndicatorProgress: Sendable, Equatable {
    /// Which way the indicator has to move to reach its target.
    public enum Direction: String, Sendable, Codable {
        /// The target is above the baseline (more calls answered).
        case increase
        /// The target is below the baseline (fewer days until referral).
        case decrease
        /// The target equals the baseline: the value is to be held.
        case maintain
    }

    /// A value the progress figure needs but nobody gave.
    public enum MissingValue: String, Sendable, Codable {
        case baseline, target, actual
    }

    public var id: String
    public var name: String
    public var unit: String?
    /// The activity the indicator belongs to.
    public var activity: String
    public var baseline: Decimal?
    public var target: Decimal?
    /// The latest reported value on or before the report date.
    public var actual: Decimal?
    /// The date of the report that gave ``actual``.
    public var actualAsOf: CalendarDate?
    /// `nil` when the baseline or the target is missing.
    public var direction: Direction?
    /// `(actual - baseline) / (target - baseline)`, rounded to four places: 0 at the baseline,
    /// 1 at the target, above 1 beyond it, below 0 when the value moved away from the target.
    /// The same formula serves targets below the baseline. `nil` when a value is missing or the
    /// target equals the baseline (there is no distance to cover).
    public var share: Decimal?
    /// The values that were not given, in the order baseline, target, actual.
    public var missing: [MissingValue]

    /// Whether the target has been reached: the value is at or beyond it in the indicator's
    /// direction (for a value to be held: equal to it). `nil` without a target or a value.
    public var isMet: Bool? {
        guard let target, let actual else { return nil }
        switch direction {
        case .increase?: return actual >= target
        case .decrease?: return actual <= target
        case .maintain?: return actual == target
        case nil: return nil
        }
    }

    /// Evaluates `indicator` of `activity` against the latest reported value.
    public init(_ indicator: Indicator, activity: String, actual: Decimal?, actualAsOf: CalendarDate?) {
        id = indicator.id
        name = indicator.name
        unit = indicator.unit
        self.activity = activity
        baseline = indicator.baseline
        target = indicator.target
        self.actual = actual
        self.actualAsOf = actualAsOf
        missing = []
        if baseline == nil { missing.append(.baseline) }
        if target == nil { missing.append(.target) }
        if actual == nil { missing.append(.actual) }
        if let baseline, let target {
            direction = target > baseline ? .increase : target < baseline ? .decrease : .maintain
            if let actual, target != baseline {
                share = ((actual - baseline) / (target - baseline)).rounded(places: 4)
            }
        }
    }
}
