import Foundation
import NaptrackCore

/// What a check sees: the plan, the report date and the configuration's thresholds.
public struct EvaluationContext: Sendable {
    public var plan: Plan
    /// The date the evaluation is made for; checks that depend on time use it, never the clock.
    public var asOf: CalendarDate
    public var configuration: Configuration?
    /// Every activity with the pillar of the objective it sits under.
    public let activities: [(activity: Activity, area: ThematicArea?)]

    public init(plan: Plan, asOf: CalendarDate, configuration: Configuration? = nil) {
        self.plan = plan
        self.asOf = asOf
        self.configuration = configuration
        var result: [(Activity, ThematicArea?)] = []
        func collect(_ objectives: [Objective], inherited: ThematicArea?) {
            for objective in objectives {
                let area = objective.area ?? inherited
                for activity in objective.activities { result.append((activity, area)) }
                collect(objective.objectives, inherited: area)
            }
        }
        collect(plan.objectives, inherited: nil)
        activities = result
    }

    /// The configured threshold `key`, or `fallback` when none is configured.
    public func threshold(_ key: String, default fallback: Decimal) -> Decimal {
        configuration?.threshold(key) ?? fallback
    }

    /// The activities whose `addresses:` names `requirement`, in plan order.
    public func activities(addressing requirement: String) -> [Activity] {
        activities.map(\.activity).filter { activity in activity.addresses.contains { $0.value == requirement } }
    }

    /// The activities matching `filter`, in plan order.
    public func activities(matching filter: ActivityFilter) -> [Activity] {
        activities.filter { entry in
            let activity = entry.activity
            if let area = filter.area, entry.area != area { return false }
            if let tag = filter.tag, !activity.tags.contains(where: { $0.value == tag }) { return false }
            if let form = filter.form, !activity.forms.contains(where: { $0.value == form }) { return false }
            if let group = filter.targetGroup, !activity.targetGroups.contains(where: { $0.value == group }) {
                return false
            }
            if let requirement = filter.addresses, !activity.addresses.contains(where: { $0.value == requirement }) {
                return false
            }
            if filter.withBudget, activity.budget?.amount == nil { return false }
            if let dueBy = filter.dueBy {
                guard let due = activity.due, due <= dueBy else { return false }
            }
            return true
        }.map(\.activity)
    }
}
