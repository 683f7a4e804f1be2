import Foundation
import NaptrackCore
import NaptrackProgress

/// Renders progress as of a date: text for a round-table, JSON for dashboards (the shape in the
/// output contract), Markdown for minutes and CSV for spreadsheets. Every format states how
/// percent complete was rolled up.
public enum ProgressRenderer {
    /// The JSON document defined by the output contract for `progress`.
    public static func json(_ progress: WorkspaceProgress) throws -> String {
        try JSONOutput.encode(ProgressReportJSON.Document(progress))
    }

    /// The sentence a round-table chair reads out first: activities done, late and at risk, the
    /// budget executed and the funding gap.
    public static func headline(_ plan: PlanProgress, asOf: CalendarDate) -> String {
        let counts = plan.counts, total = plan.ledger.total, currency = plan.currency
        let executed = total.executed.map { Percent.format(share: $0) } ?? "n/a"
        return "As of \(asOf): \(counts.completed) of \(activities(counts.total)) completed, "
            + "\(plan.lateActivities.count) late (overdue or not started on time), "
            + "\(plan.atRiskActivities.count) at risk (behind schedule); budget \(executed) executed "
            + "(\(currency) \(Money.format(total.spent)) of \(Money.format(total.planned))); "
            + "funding gap \(currency) \(Money.format(total.gap))."
    }

    /// The report as text: the headline of each plan, then the detail.
    public static func text(_ progress: WorkspaceProgress) -> String {
        document("Progress as of \(progress.asOf)", progress) {
            ProgressTextRenderer(plan: $0, settings: progress.settings).render()
        }
    }

    /// The report as Markdown, with the headline first and tables for the detail.
    public static func markdown(_ progress: WorkspaceProgress) -> String {
        document("# Progress as of \(progress.asOf)", progress) {
            ProgressMarkdownRenderer(plan: $0, settings: progress.settings).render()
        }
    }

    private static func document(
        _ heading: String, _ progress: WorkspaceProgress, _ render: (PlanProgress) -> String
    ) -> String {
        var output = heading + "\n"
        if progress.plans.isEmpty { output += "\nNo plans found.\n" }
        for plan in progress.plans { output += "\n" + render(plan) }
        return output
    }

    /// How many activities are in each status, as a sentence.
    static func statusSentence(_ counts: ActivityCounts) -> String {
        "Activities: \(counts.total) in all: \(counts.notStarted) not started, \(counts.inProgress) in progress, "
            + "\(counts.completed) completed, \(counts.suspended) suspended, \(counts.cancelled) cancelled; "
            + "\(counts.notReported) never reported."
    }

    /// How many activities carry each health flag, and what `behind` means, as a sentence.
    static func healthSentence(_ counts: ActivityCounts, settings: ProgressSettings) -> String {
        "Health: \(counts.overdue) overdue, \(counts.late) late, \(counts.behind) behind "
            + "(behind: more than \(settings.behindPoints) points below the share of time elapsed)."
    }

    /// The report as one CSV table (RFC 4180): a row for each plan, objective, lead agency and
    /// activity. Roll-up rows name the roll-up method; the plan row also explains it.
    public static func csv(_ progress: WorkspaceProgress) -> String {
        var output = CSV.record(csvHeader)
        for plan in progress.plans {
            let rollup = plan.rollup
            let method = rollup.method.rawValue
            func groupRow(_ level: String, _ group: RollupGroup, money: MoneyLine?, note: String = "") -> [String] {
                [plan.id, "\(progress.asOf)", level, group.id, group.name, "", "", "", "",
                 group.percent.map { "\($0)" } ?? "",
                 money.map { "\($0.planned)" } ?? "", money.map { "\($0.committed)" } ?? "",
                 money.map { "\($0.pledged)" } ?? "", money.map { "\($0.requested)" } ?? "",
                 money.map { "\($0.gap)" } ?? "", money.map { "\($0.spent)" } ?? "", plan.currency, "", "", "",
                 method, note]
            }
            output += CSV.record(groupRow("plan", rollup.plan, money: plan.ledger.total, note: rollup.explanation))
            let objectiveMoney = Dictionary(plan.ledger.byObjective.map { ($0.id, $0.money) }, uniquingKeysWith: { a, _ in a })
            for group in rollup.objectives {
                output += CSV.record(groupRow("objective", group, money: objectiveMoney[group.id]))
            }
            let leadMoney = Dictionary(plan.ledger.byLead.map { ($0.id, $0.money) }, uniquingKeysWith: { a, _ in a })
            for group in rollup.leads {
                output += CSV.record(groupRow("lead", group, money: leadMoney[group.id] ?? MoneyLine()))
            }
            for activity in plan.activities {
                let money = activity.money
                output += CSV.record([
                    plan.id, "\(progress.asOf)", "activity", activity.id, activity.title, activity.objective,
                    activity.lead ?? "", activity.status.rawValue, activity.health.map(\.rawValue).joined(separator: " "),
                    "\(activity.percent)", activity.budgeted ? "\(money.planned)" : "", "\(money.committed)",
                    "\(money.pledged)", "\(money.requested)", "\(money.gap)", "\(money.spent)", activity.currency,
                    activity.start.map { "\($0)" } ?? "", activity.due.map { "\($0)" } ?? "",
                    activity.lastReported.map { "\($0)" } ?? "", "", activity.note ?? "",
                ])
            }
        }
        return output
    }

    static let csvHeader = [
        "plan", "as_of", "level", "id", "title", "objective", "lead", "status", "health", "percent", "planned",
        "committed", "pledged", "requested", "gap", "spent", "currency", "start", "due", "last_reported", "rollup",
        "note",
    ]

    static func activities(_ count: Int) -> String { count == 1 ? "1 activity" : "\(count) activities" }
}
