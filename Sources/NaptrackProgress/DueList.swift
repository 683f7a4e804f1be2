import Foundation
import NaptrackCore

/// Activities and milestones that fall due soon, or are overdue, grouped by responsible agency:
/// the list a coordinator sends reminders from.
public struct DueList: Sendable {
    /// One activity or milestone that needs attention.
    public struct Item: Sendable, Equatable {
        /// What is due.
        public enum Kind: String, Sendable, Codable {
            case activity, milestone
        }

        public var plan: String
        public var kind: Kind
        public var id: String
        public var title: String
        /// The activity (for an activity, its own id).
        public var activity: String
        /// The responsible agency: the lead of the activity; `""` when none is named.
        public var lead: String
        public var due: CalendarDate
        /// Days from the report date to the due date; negative when overdue.
        public var daysLeft: Int
        /// The activity's status on the report date.
        public var status: ActivityStatus

        /// Whether the due date has passed.
        public var isOverdue: Bool { daysLeft < 0 }
    }

    /// The agencies, by id, with their items by due date.
    public struct AgencyItems: Sendable {
        public var agency: String
        /// The agency's name, when a plan names it.
        public var name: String?
        public var items: [Item]
    }

    public var asOf: CalendarDate
    /// How many days ahead the list looks.
    public var within: Int
    /// Only this lead agency's items, when set.
    public var agency: String?
    public var agencies: [AgencyItems]

    /// Every item in the list.
    public var items: [Item] { agencies.flatMap(\.items) }

    /// What falls due from the report date to `within` days after it (both included), plus what
    /// is already overdue: activities that are not completed or cancelled, and milestones not
    /// achieved whose activity is not cancelled.
    public init(_ progress: WorkspaceProgress, plans: [Plan], within: Int, agency: String? = nil) {
        asOf = progress.asOf
        self.within = within
        self.agency = agency
        let horizon = progress.asOf.adding(days: within)
        var items: [Item] = []
        var names: [String: String] = [:]
        for plan in plans {
            for agency in plan.agencies where names[agency.id] == nil { names[agency.id] = agency.name }
        }
        for plan in progress.plans {
            for activity in plan.activities where activity.status != .completed && activity.status != .cancelled {
                let lead = activity.lead ?? ""
                guard agency == nil || agency == lead else { continue }
                if let due = activity.due, due <= horizon {
                    items.append(Item(plan: plan.id, kind: .activity, id: activity.id, title: activity.title,
                        activity: activity.id, lead: lead, due: due, daysLeft: progress.asOf.days(until: due),
                        status: activity.status))
                }
                for milestone in activity.milestones where milestone.state == .due || milestone.state == .missed {
                    guard let due = milestone.due, due <= horizon else { continue }
                    items.append(Item(plan: plan.id, kind: .milestone, id: milestone.id, title: milestone.title,
                        activity: activity.id, lead: lead, due: due, daysLeft: progress.asOf.days(until: due),
                        status: activity.status))
                }
            }
        }
        agencies = Dictionary(grouping: items, by: \.lead).sorted { $0.key < $1.key }.map { lead, items in
            AgencyItems(agency: lead, name: names[lead],
                items: items.sorted { ($0.due, $0.plan, $0.id) < ($1.due, $1.plan, $1.id) })
        }
    }
}
