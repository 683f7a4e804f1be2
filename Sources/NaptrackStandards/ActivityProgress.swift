import Foundation
import NaptrackCore

/// Where an activity stands on the evaluation date, as a progress evaluation reports it.
///
/// The compliance engine reads plans, not progress files, so it never fills this in. A progress
/// evaluation attaches it with `PlanCompliance.attachingProgress(_:)`, and reports then show, for
/// each requirement, how the work addressing it is going.
public struct ActivityProgress: Sendable, Hashable {
    public var status: ActivityStatus?
    /// Share of the work done, 0 to 100.
    public var percent: Decimal?
    /// Cumulative spend, in the activity's currency.
    public var spent: Decimal?
    /// Derived schedule flags such as `overdue`, `late` or `behind`; empty when on track.
    public var health: [String]
    /// The reporting date the figures come from.
    public var reportedAsOf: CalendarDate?

    public init(
        status: ActivityStatus?, percent: Decimal? = nil, spent: Decimal? = nil, health: [String] = [],
        reportedAsOf: CalendarDate? = nil
    ) {
        self.status = status
        self.percent = percent
        self.spent = spent
        self.health = health
        self.reportedAsOf = reportedAsOf
    }
}

extension PlanCompliance {
    /// The same verdicts with each cited activity's progress looked up by activity id; activities
    /// the lookup knows nothing about keep no progress.
    public func attachingProgress(_ progress: (_ activityID: String) -> ActivityProgress?) -> PlanCompliance {
        var copy = self
        for standard in copy.standards.indices {
            for result in copy.standards[standard].results.indices {
                for activity in copy.standards[standard].results[result].activities.indices {
                    let id = copy.standards[standard].results[result].activities[activity].id
                    copy.standards[standard].results[result].activities[activity].progress = progress(id)
                }
            }
        }
        return copy
    }
}
