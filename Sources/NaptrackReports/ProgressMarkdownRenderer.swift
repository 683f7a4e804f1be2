import Foundation
import NaptrackCore
import NaptrackProgress

/// The Markdown report of one plan, for round-table minutes: the headline, then tables.
struct ProgressMarkdownRenderer {
    let plan: PlanProgress
    let settings: ProgressSettings

    func render() -> String {
        let counts = plan.counts
        var output = "## \(Markdown.escape(plan.title.isEmpty ? plan.id : plan.title)) (`\(plan.id)`)\n\n"
        output += "**" + Markdown.escape(ProgressRenderer.headline(plan, asOf: settings.asOf)) + "**\n\n"
        output += "- " + ProgressRenderer.statusSentence(counts) + "\n"
        output += "- " + ProgressRenderer.healthSentence(counts, settings: settings) + "\n"
        output += "- Percent complete: \(plan.rollup.plan.percent.map { Percent.format($0) } ?? "n/a").\n"
        output += "- Roll-up: \(Markdown.escape(plan.rollup.explanation))\n"
        output += "- Funding gap is planned minus committed, never below zero.\n"

        output += "\n### By objective\n\n" + groupTable(plan.rollup.objectives, money: plan.ledger.byObjective, nested: true)
        output += "\n### By lead agency\n\n" + groupTable(plan.rollup.leads, money: plan.ledger.byLead, nested: false)
        output += funding()
        output += milestones()
        output += indicators()
        output += activities()
        return output
    }

    private func groupTable(_ groups: [RollupGroup], money: [Ledger.Row], nested: Bool) -> String {
        let byID = Dictionary(money.map { ($0.id, $0.money) }, uniquingKeysWith: { first, _ in first })
        let rows = groups.map { group -> [String] in
            let line = byID[group.id] ?? MoneyLine()
            let label = (nested ? String(repeating: "↳ ", count: group.depth) : "")
                + (group.id.isEmpty ? "(no lead)" : group.id)
            return [label, group.name, group.percent.map { Percent.format($0) } ?? "n/a", "\(group.counts.total)",
                "\(group.counts.overdue)", "\(group.counts.late)", "\(group.counts.behind)",
                Money.format(line.planned), Money.format(line.committed), Money.format(line.gap), Money.format(line.spent)]
        }
        return Markdown.table(
            ["", "name", "percent", "activities", "overdue", "late", "behind", "planned", "committed", "gap", "spent"],
            rows, rightAligned: Set(2...10))
    }

    private func funding() -> String {
        let ledger = plan.ledger
        var output = "\n### Money (\(ledger.currency))\n\n"
        let total = ledger.total
        output += Markdown.table(
            ["planned", "committed", "pledged", "requested", "gap", "spent", "executed"],
            [[Money.format(total.planned), Money.format(total.committed), Money.format(total.pledged),
              Money.format(total.requested), Money.format(total.gap), Money.format(total.spent),
              total.executed.map { Percent.format(share: $0) } ?? "n/a"]],
            rightAligned: Set(0...6))
        if ledger.cancelledPlanned > 0 {
            output += "\nOf the planned total, \(Money.format(ledger.cancelledPlanned)) belongs to cancelled activities.\n"
        }
        if !ledger.byFunder.isEmpty {
            output += "\n#### By funder\n\n" + Markdown.table(
                ["funder", "committed", "pledged", "requested", "no status", "activities"],
                ledger.byFunder.map {
                    [$0.funder, Money.format($0.money.committed), Money.format($0.money.pledged),
                     Money.format($0.money.requested), Money.format($0.money.unspecified), "\($0.activities)"]
                }, rightAligned: Set(1...5))
        }
        if !ledger.byYear.isEmpty {
            var rows = ledger.byYear.map { ["\($0.year)", Money.format($0.planned), Money.format($0.spent)] }
            if ledger.unscheduledPlanned > 0 { rows.append(["no dates", Money.format(ledger.unscheduledPlanned), ""]) }
            output += "\n#### By calendar year\n\nBudgets are spread over the years by days, the remainder of rounding "
                + "in the last year; spent is the growth of reported spend in reports dated that year.\n\n"
                + Markdown.table(["year", "planned", "spent"], rows, rightAligned: [1, 2])
        }
        for other in ledger.otherCurrencies {
            output += "\n#### Kept apart: \(other.currency)\n\nNot added to the \(ledger.currency) totals.\n\n"
                + Markdown.table(
                    ["activity", "kind", "amount", "funder", "status"],
                    other.amounts.map {
                        [$0.activity, $0.kind.rawValue, Money.format($0.amount), $0.funder ?? "", $0.status?.rawValue ?? ""]
                    }, rightAligned: [2])
        }
        if !ledger.overBudget.isEmpty {
            output += "\n#### Spending above budget\n\n" + Markdown.table(
                ["activity", "currency", "budget", "spent", "over by"],
                ledger.overBudget.map {
                    [$0.activity, $0.currency, $0.planned.map(Money.format) ?? "none", Money.format($0.spent),
                     Money.format($0.excess)]
                }, rightAligned: [2, 3, 4])
        }
        return output
    }

    private func milestones() -> String {
        let all = plan.milestones
        guard !all.isEmpty else { return "" }
        return "\n### Milestones\n\n" + Markdown.table(
            ["milestone", "activity", "lead", "due", "state", "achieved"],
            all.map {
                [$0.id + " " + $0.title, $0.activity, $0.lead ?? "", $0.due.map { "\($0)" } ?? "", $0.state.rawValue,
                 $0.achieved.map { "\($0)" } ?? ""]
            })
    }

    private func indicators() -> String {
        let all = plan.indicators
        guard !all.isEmpty else { return "" }
        return "\n### Indicators\n\nToward target = (actual - baseline) / (target - baseline).\n\n" + Markdown.table(
            ["indicator", "activity", "baseline", "target", "actual", "toward target", "direction"],
            all.map {
                [$0.id + " " + $0.name, $0.activity, $0.baseline.map { "\($0)" } ?? "-", $0.target.map { "\($0)" } ?? "-",
                 $0.actual.map { "\($0)" } ?? "-", $0.share.map { Percent.format(share: $0) } ?? "n/a",
                 $0.direction?.rawValue ?? "unknown"]
            }, rightAligned: [2, 3, 4, 5])
    }

    private func activities() -> String {
        "\n### Activities\n\n" + Markdown.table(
            ["activity", "lead", "status", "percent", "planned", "spent", "due", "health"],
            plan.activities.map { activity in
                var health = activity.health.map(\.rawValue)
                if activity.overBudget { health.append("over budget") }
                return [activity.id + " " + activity.title, activity.lead ?? "", activity.status.rawValue,
                    Percent.format(activity.percent), activity.budgeted ? Money.format(activity.money.planned) : "-",
                    Money.format(activity.money.spent), activity.due.map { "\($0)" } ?? "", health.joined(separator: ", ")]
            }, rightAligned: [3, 4, 5])
    }
}
