import Foundation
import NaptrackCore
import NaptrackProgress
import NaptrackStandards

/// The tables `naptrack export` writes for spreadsheets: RFC 4180 CSV with one header row, a
/// stable column order, ISO dates and amounts as plain decimals (no thousands separators, no
/// currency signs), so that a ministry analyst can open them as they are.
public enum CSVExport {
    /// The tables there are.
    public enum Table: String, Sendable, CaseIterable {
        /// One row per activity: dates, status, health, percent and money.
        case activities
        /// The money of each plan, objective, lead agency and funder.
        case budget
        /// Every finding, open or waived, with its place.
        case findings
        /// Every requirement's status per plan and standard, with activities and evidence.
        case requirements
    }

    /// `table` of every plan in `dashboard`.
    public static func render(_ dashboard: Dashboard, table: Table) -> String {
        let rows: [[String]]
        switch table {
        case .activities: rows = dashboard.plans.flatMap(activities)
        case .budget: rows = dashboard.plans.flatMap(budget)
        case .findings: rows = dashboard.plans.flatMap(findings) + dashboard.otherFindings.map { finding($0, plan: "") }
        case .requirements: rows = dashboard.plans.flatMap(requirements)
        }
        return ([header(table)] + rows).map(CSV.record).joined()
    }

    /// The header row of `table`.
    public static func header(_ table: Table) -> [String] {
        switch table {
        case .activities:
            ["plan", "objective", "activity", "title", "lead", "start", "due", "status", "health", "percent",
             "planned", "committed", "pledged", "requested", "spent", "currency", "last_reported", "note"]
        case .budget:
            ["plan", "level", "id", "name", "planned", "committed", "pledged", "requested", "unspecified", "gap",
             "spent", "currency"]
        case .findings:
            ["plan", "file", "line", "column", "severity", "rule", "message", "path", "waived_until", "waiver_reason"]
        case .requirements:
            ["plan", "standard", "standard_version", "requirement", "title", "reference", "status", "assessed_status",
             "severity", "activities", "evidence", "missing_facts", "waiver_expires"]
        }
    }

    // MARK: Rows

    static func activities(_ plan: PlanReport) -> [[String]] {
        plan.progress.activities.map { activity in
            let money = activity.money
            return [
                plan.id, activity.objective, activity.id, activity.title, activity.lead ?? "", date(activity.start),
                date(activity.due), activity.status.rawValue, activity.health.map(\.rawValue).joined(separator: " "),
                amount(activity.percent), activity.budgeted ? amount(money.planned) : "", amount(money.committed),
                amount(money.pledged), amount(money.requested), amount(money.spent), activity.currency,
                date(activity.lastReported), activity.note ?? "",
            ]
        }
    }

    static func budget(_ plan: PlanReport) -> [[String]] {
        let ledger = plan.progress.ledger
        func line(_ level: String, _ id: String, _ name: String, _ money: MoneyLine, spending: Bool = true) -> [String] {
            [plan.id, level, id, name, spending ? amount(money.planned) : "", amount(money.committed),
             amount(money.pledged), amount(money.requested), amount(money.unspecified),
             spending ? amount(money.gap) : "", spending ? amount(money.spent) : "", ledger.currency]
        }
        return [line("plan", plan.id, plan.title, ledger.total)]
            + ledger.byObjective.map { line("objective", $0.id, $0.name, $0.money) }
            + ledger.byLead.map { line("lead", $0.id, plan.agencyName($0.id), $0.money) }
            + ledger.byFunder.map { line("funder", $0.funder, $0.name ?? "", $0.money, spending: false) }
    }

    static func findings(_ plan: PlanReport) -> [[String]] {
        let open: [(Diagnostic, Waiver?)] = plan.findings.map { ($0, nil) }
        let all = (open + plan.waivedFindings.map { ($0.finding, $0.waiver) }).sorted { $0.0 < $1.0 }
        return all.map { finding($0.0, plan: plan.id, waiver: $0.1) }
    }

    static func finding(_ diagnostic: Diagnostic, plan: String, waiver: Waiver? = nil) -> [String] {
        let location = diagnostic.location
        return [
            plan, location.file, "\(location.line)", "\(location.column)", diagnostic.severity.rawValue,
            diagnostic.rule.rawValue, diagnostic.message, diagnostic.path, date(waiver?.expires), waiver?.reason ?? "",
        ]
    }

    static func requirements(_ plan: PlanReport) -> [[String]] {
        plan.standards.flatMap { standard in
            standard.results.map { result in
                [
                    plan.id, standard.standardID, standard.version, result.requirement.id, result.requirement.title,
                    result.requirement.reference, result.status.rawValue, result.assessedStatus.rawValue,
                    result.severity?.rawValue ?? "off", result.activities.map(\.id).joined(separator: "; "),
                    result.evidence.map { "\($0.location)" }.joined(separator: "; "),
                    result.missingFacts.joined(separator: "; "), date(result.waiver?.expires),
                ]
            }
        }
    }

    /// An ISO date, or empty.
    static func date(_ date: CalendarDate?) -> String { date.map { "\($0)" } ?? "" }

    /// A plain decimal: `1234567.5`, never `1,234,567.50` or `1.2345675E6`.
    static func amount(_ value: Decimal) -> String { "\(value)" }
}
