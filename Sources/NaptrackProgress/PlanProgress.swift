import Foundation
import NaptrackCore

/// Where one plan stands on the report date.
public struct PlanProgress: Sendable {
    public var id: String
    public var title: String
    public var file: String
    public var currency: String
    public var period: DateRange?
    /// Every activity in plan order (depth first).
    public var activities: [ActivityProgress]
    public var rollup: Rollup
    public var ledger: Ledger
    /// The progress files that count for the report date, oldest first.
    public var progressFiles: [String]

    /// Activity counts for the whole plan.
    public var counts: ActivityCounts { rollup.plan.counts }

    /// Every milestone of the plan, in plan order.
    public var milestones: [MilestoneProgress] { activities.flatMap(\.milestones) }

    /// Every indicator of the plan, in plan order.
    public var indicators: [IndicatorProgress] { activities.flatMap(\.indicators) }

    /// The activities that are late or overdue: the first thing a round-table asks about.
    public var lateActivities: [ActivityProgress] {
        activities.filter { $0.health.contains(.overdue) || $0.health.contains(.late) }
    }

    /// The activities behind schedule that are neither late nor overdue yet.
    public var atRiskActivities: [ActivityProgress] {
        activities.filter { $0.health == [.behind] }
    }
}

/// The progress of every plan loaded, as of one date.
public struct WorkspaceProgress: Sendable {
    public var settings: ProgressSettings
    /// Plans ordered by file, then id.
    public var plans: [PlanProgress]

    public var asOf: CalendarDate { settings.asOf }
}
