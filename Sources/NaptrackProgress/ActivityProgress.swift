import Foundation
import NaptrackCore

/// Where one activity stands on the report date: what was reported and what follows from it.
public struct ActivityProgress: Sendable {
    public var id: String
    public var title: String
    /// The objective the activity sits directly under.
    public var objective: String
    /// The responsible agency.
    public var lead: String?
    public var start: CalendarDate?
    public var due: CalendarDate?
    /// The status as reported; `nil` when no update gave one.
    public var reportedStatus: ActivityStatus?
    /// The status the report uses: the reported one, or, when none was given, `in-progress` for
    /// an activity reported above 0 percent and `not-started` otherwise (also when never reported).
    public var status: ActivityStatus
    /// The percent as reported; `nil` when no update gave one.
    public var reportedPercent: Decimal?
    /// The percent the report uses: 100 for a completed activity, otherwise the reported percent,
    /// or 0 when none was reported.
    public var percent: Decimal
    /// The date of the latest update on or before the report date; `nil` when never reported.
    public var lastReported: CalendarDate?
    public var note: String?
    /// The share of the activity's days elapsed by the report date (0 to 1).
    public var elapsed: Decimal?
    public var health: [HealthFlag]
    /// The activity's money in its own ``currency``: budget, funding by status, latest spend.
    public var money: MoneyLine
    /// The budget currency: the activity's own, or the plan's.
    public var currency: String
    /// Whether the budget is in the plan currency, and so counted in the plan's ledger.
    public var inPlanCurrency: Bool
    /// Whether the activity has a budget amount.
    public var budgeted: Bool
    /// Whether the latest spend exceeds the budget (or there is spend and no budget).
    public var overBudget: Bool
    /// Funding sources in a currency other than the budget's; reported apart, never added up.
    public var foreignSources: [SeparateAmount]
    public var indicators: [IndicatorProgress]
    public var milestones: [MilestoneProgress]

    /// Whether any health flag is raised.
    public var isOnTrack: Bool { health.isEmpty }
}

/// What became of a milestone by the report date.
public struct MilestoneProgress: Sendable, Equatable {
    /// The state of a milestone on the report date.
    public enum State: String, Sendable, Codable {
        /// Reported achieved on or before the report date.
        case achieved
        /// Not achieved yet and not due before the report date.
        case due
        /// Due before the report date and not achieved.
        case missed
        /// Not achieved, and its activity was cancelled.
        case cancelled
    }

    public var id: String
    public var title: String
    public var activity: String
    /// The lead agency of the activity.
    public var lead: String?
    public var due: CalendarDate?
    /// The date it was achieved, when reported by the report date.
    public var achieved: CalendarDate?
    public var state: State

    /// Whether it was achieved after its due date.
    public var achievedLate: Bool {
        guard let achieved, let due else { return false }
        return achieved > due
    }
}
