import Foundation
import NaptrackCore
import NaptrackProgress
import NaptrackStandards

/// Everything a report says about one plan, assembled once from the progress evaluation and the
/// compliance verdicts so that the HTML dashboard, the Markdown brief, the CSV exports and the
/// terminal dashboard all tell the same story.
public struct PlanReport: Sendable {
    /// The first figures a reader looks for.
    public struct Headline: Sendable, Equatable {
        public var asOf: CalendarDate
        /// The share (0 to 1) of the plan period elapsed by the report date; `nil` without a period.
        public var periodElapsed: Decimal?
        public var counts: ActivityCounts
        /// Activities overdue or not started on time.
        public var late: Int
        /// Activities behind schedule that are neither late nor overdue.
        public var atRisk: Int
        /// The rolled-up percent complete; `nil` when no activity carries weight.
        public var percentComplete: Decimal?
        /// The plan's money in its currency: planned, committed, spent and the funding gap.
        public var money: MoneyLine
        public var currency: String

        /// The headline of `progress` on `asOf`.
        public init(_ progress: PlanProgress, asOf: CalendarDate) {
            self.asOf = asOf
            periodElapsed = progress.period.flatMap { Schedule.elapsedShare(start: $0.start, due: $0.end, asOf: asOf) }
            counts = progress.counts
            late = progress.lateActivities.count
            atRisk = progress.atRiskActivities.count
            percentComplete = progress.rollup.plan.percent
            money = progress.ledger.total
            currency = progress.currency
        }
    }

    /// An activity or milestone that needs attention: overdue, not started on time, or a missed
    /// milestone. The list a round-table goes through first.
    public struct AttentionItem: Sendable, Equatable {
        /// What needs attention.
        public enum Kind: String, Sendable {
            case activity, milestone
        }

        public var kind: Kind
        public var id: String
        public var title: String
        /// The activity (for an activity, its own id).
        public var activity: String
        public var lead: String?
        public var due: CalendarDate?
        /// `overdue`, `late` (activities) or `missed` (milestones), in that order.
        public var reasons: [String]
        /// Days past due on the report date; `nil` when not yet due.
        public var daysOverdue: Int?
    }

    /// A waiver that concerns the plan, with whether it is in force on the report date.
    public struct WaiverEntry: Sendable {
        public var waiver: Waiver
        public var inForce: Bool
    }

    public var id: String
    public var title: String
    public var file: String
    public var currency: String
    public var period: DateRange?
    public var asOf: CalendarDate
    public var headline: Headline
    /// The progress evaluation: activities, milestones, roll-ups and the ledger.
    public var progress: PlanProgress
    /// The verdicts per standard, each cited activity carrying its progress.
    public var standards: [StandardResult]
    /// The standards' findings and the problems found in the plan's files, sorted by location.
    public var findings: [Diagnostic]
    /// Findings suppressed by a waiver in force, with the waiver.
    public var waivedFindings: [(finding: Diagnostic, waiver: Waiver)]
    /// The waivers of the configuration that name this plan or all plans, in file order.
    public var waivers: [WaiverEntry]
    /// Overdue and late activities and missed milestones, most overdue first.
    public var attention: [AttentionItem]
    /// The agency names of the plan by id, for labels.
    public var agencyNames: [String: String]

    /// Assembles the report of one plan from its progress and its compliance entry (`nil` when
    /// the plan was not checked).
    public init(
        progress: PlanProgress, compliance: ComplianceReport.PlanEntry?, waivers: [Waiver], agencyNames: [String: String],
        asOf: CalendarDate
    ) {
        id = progress.id
        title = progress.title
        file = progress.file
        currency = progress.currency
        period = progress.period
        self.asOf = asOf
        self.progress = progress
        self.agencyNames = agencyNames
        let byActivity = Dictionary(progress.activities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        standards = (compliance?.compliance.attachingProgress { id in
            byActivity[id].map { activity in
                NaptrackStandards.ActivityProgress(
                    status: activity.status, percent: activity.percent, spent: activity.money.spent,
                    health: activity.health.map(\.rawValue), reportedAsOf: activity.lastReported)
            }
        }.standards) ?? []
        findings = compliance?.findings ?? []
        waivedFindings = compliance?.suppressedFindings ?? []
        self.waivers = waivers.filter { $0.plan == nil || $0.plan == progress.id }
            .map { WaiverEntry(waiver: $0, inForce: $0.isInForce(on: asOf)) }
        headline = Headline(progress, asOf: asOf)
        attention = Self.attention(in: progress, asOf: asOf)
    }

    /// The title, or the id when the plan has none.
    public var displayTitle: String { title.isEmpty ? id : title }

    /// The findings of `severity`, in location order.
    public func findings(_ severity: Severity) -> [Diagnostic] { findings.filter { $0.severity == severity } }

    /// The agency's name, or its id when the plan does not name it; "no lead" for an empty id.
    public func agencyName(_ id: String?) -> String {
        guard let id, !id.isEmpty else { return "no lead" }
        return agencyNames[id].flatMap { $0.isEmpty ? nil : $0 } ?? id
    }

    private static func attention(in progress: PlanProgress, asOf: CalendarDate) -> [AttentionItem] {
        var items: [AttentionItem] = []
        for activity in progress.activities {
            let reasons = activity.health.filter { $0 != .behind }.map(\.rawValue)
            if !reasons.isEmpty {
                items.append(AttentionItem(
                    kind: .activity, id: activity.id, title: activity.title, activity: activity.id, lead: activity.lead,
                    due: activity.due, reasons: reasons, daysOverdue: overdueDays(activity.due, asOf: asOf)))
            }
            for milestone in activity.milestones where milestone.state == .missed {
                items.append(AttentionItem(
                    kind: .milestone, id: milestone.id, title: milestone.title, activity: activity.id,
                    lead: activity.lead, due: milestone.due, reasons: ["missed"],
                    daysOverdue: overdueDays(milestone.due, asOf: asOf)))
            }
        }
        return items.enumerated().sorted { left, right in
            let (a, b) = (left.element.daysOverdue ?? -1, right.element.daysOverdue ?? -1)
            return a != b ? a > b : left.offset < right.offset
        }.map(\.element)
    }

    private static func overdueDays(_ due: CalendarDate?, asOf: CalendarDate) -> Int? {
        guard let due, due < asOf else { return nil }
        return due.days(until: asOf)
    }
}
