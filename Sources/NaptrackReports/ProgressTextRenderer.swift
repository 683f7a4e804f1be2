import Foundation
import NaptrackCore
import NaptrackProgress

/// The text report of one plan: headline first, then counts, roll-ups, money, milestones,
/// indicators and the activities.
struct ProgressTextRenderer {
    let plan: PlanProgress
    let settings: ProgressSettings

    func render() -> String {
        let counts = plan.counts
        var output = "\(plan.title.isEmpty ? plan.id : plan.title) (\(plan.id))\n"
        output += "  " + ProgressRenderer.headline(plan, asOf: settings.asOf) + "\n\n"
        output += "  " + ProgressRenderer.statusSentence(counts) + "\n"
        output += "  " + ProgressRenderer.healthSentence(counts, settings: settings) + "\n"
        output += "  Percent complete: \(plan.rollup.plan.percent.map { Percent.format($0) } ?? "n/a")\n"
        output += "  Roll-up: \(plan.rollup.explanation)\n"
        output += "  Progress files counted: \(plan.progressFiles.isEmpty ? "none" : plan.progressFiles.joined(separator: ", "))\n"
        output += section("By objective", groups(plan.rollup.objectives, indented: true))
        output += section("By lead agency", groups(plan.rollup.leads, indented: false))
        output += money()
        output += milestones()
        output += indicators()
        output += activities()
        return output
    }

    private func section(_ title: String, _ body: String) -> String {
        body.isEmpty ? "" : "\n  \(title)\n" + body
    }

    private func groups(_ groups: [RollupGroup], indented: Bool) -> String {
        guard !groups.isEmpty else { return "" }
        var rows = [["", "percent", "activities", "completed", "overdue", "late", "behind"]]
        for group in groups {
            let label = (indented ? String(repeating: "  ", count: group.depth) : "")
                + (group.id.isEmpty ? "(no lead)" : group.id)
            rows.append([label, group.percent.map { Percent.format($0) } ?? "n/a", "\(group.counts.total)",
                "\(group.counts.completed)", "\(group.counts.overdue)", "\(group.counts.late)", "\(group.counts.behind)"])
        }
        return TextTable.render(rows, rightAligned: [1, 2, 3, 4, 5, 6], indent: "    ")
    }

    private func money() -> String {
        let ledger = plan.ledger
        var output = "\n  Money (\(ledger.currency)); gap = planned minus committed, never below zero\n"
        var rows = [["", "planned", "committed", "pledged", "requested", "gap", "spent", "executed"]]
        func row(_ label: String, _ money: MoneyLine) -> [String] {
            [label, Money.format(money.planned), Money.format(money.committed), Money.format(money.pledged),
             Money.format(money.requested), Money.format(money.gap), Money.format(money.spent),
             money.executed.map { Percent.format(share: $0) } ?? "n/a"]
        }
        rows.append(row("whole plan", ledger.total))
        for objective in ledger.byObjective {
            rows.append(row(String(repeating: "  ", count: objective.depth) + objective.id, objective.money))
        }
        for lead in ledger.byLead { rows.append(row(lead.id.isEmpty ? "(no lead)" : lead.id, lead.money)) }
        output += TextTable.render(rows, rightAligned: Set(1...7), indent: "    ")
        if ledger.cancelledPlanned > 0 {
            output += "    of the planned total, \(Money.format(ledger.cancelledPlanned)) belongs to cancelled activities\n"
        }
        if !ledger.byFunder.isEmpty {
            var funders = [["funder", "committed", "pledged", "requested", "no status", "activities"]]
            for funder in ledger.byFunder {
                funders.append([funder.funder, Money.format(funder.money.committed), Money.format(funder.money.pledged),
                    Money.format(funder.money.requested), Money.format(funder.money.unspecified), "\(funder.activities)"])
            }
            output += "\n  Funding by funder (\(ledger.currency))\n"
            output += TextTable.render(funders, rightAligned: Set(1...5), indent: "    ")
        }
        if !ledger.byYear.isEmpty {
            var years = [["year", "planned", "spent"]]
            for year in ledger.byYear {
                years.append(["\(year.year)", Money.format(year.planned), Money.format(year.spent)])
            }
            if ledger.unscheduledPlanned > 0 { years.append(["no dates", Money.format(ledger.unscheduledPlanned), ""]) }
            output += "\n  By calendar year (\(ledger.currency)): budgets spread by days, the remainder of rounding in "
                + "the last year; spent = growth of reported spend in reports dated that year\n"
            output += TextTable.render(years, rightAligned: [1, 2], indent: "    ")
        }
        for other in ledger.otherCurrencies {
            output += "\n  Kept apart, in \(other.currency) (not added to the \(ledger.currency) totals): "
                + "planned \(Money.format(other.money.planned)), committed \(Money.format(other.money.committed)), "
                + "pledged \(Money.format(other.money.pledged)), requested \(Money.format(other.money.requested)), "
                + "spent \(Money.format(other.money.spent))\n"
            for amount in other.amounts {
                let who = amount.funder.map { " from \($0)" } ?? ""
                let status = amount.status.map { " (\($0.rawValue))" } ?? ""
                output += "    \(amount.activity): \(amount.kind.rawValue) \(Money.format(amount.amount))\(who)\(status)\n"
            }
        }
        if !ledger.overBudget.isEmpty {
            output += "\n  Spending above budget\n"
            for item in ledger.overBudget {
                output += "    \(item.activity): spent \(item.currency) \(Money.format(item.spent)) against a budget of "
                    + "\(item.planned.map(Money.format) ?? "none"), \(Money.format(item.excess)) over\n"
            }
        }
        return output
    }

    private func milestones() -> String {
        let all = plan.milestones
        guard !all.isEmpty else { return "" }
        let achieved = all.filter { $0.state == .achieved }
        let missed = all.filter { $0.state == .missed }
        let due = all.filter { $0.state == .due }
        let cancelled = all.filter { $0.state == .cancelled }
        var output = "\n  Milestones: \(achieved.count) achieved (\(achieved.filter(\.achievedLate).count) after their due date), "
            + "\(missed.count) missed, \(due.count) still due, \(cancelled.count) dropped with their activity\n"
        for milestone in missed {
            output += "    missed: \(milestone.id) \(milestone.title), due \(milestone.due.map { "\($0)" } ?? "?") "
                + "(\(milestone.lead ?? "no lead"))\n"
        }
        return output
    }

    private func indicators() -> String {
        let all = plan.indicators
        guard !all.isEmpty else { return "" }
        var rows = [["indicator", "activity", "baseline", "target", "actual", "toward target", "note"]]
        for indicator in all {
            var note = indicator.missing.map { "no \($0.rawValue)" }
            if indicator.direction == .decrease { note.append("lower is better") }
            if indicator.direction == .maintain { note.append("target equals baseline") }
            if indicator.isMet == true { note.append("target met") }
            rows.append([indicator.id, indicator.activity, indicator.baseline.map { "\($0)" } ?? "-",
                indicator.target.map { "\($0)" } ?? "-", indicator.actual.map { "\($0)" } ?? "-",
                indicator.share.map { Percent.format(share: $0) } ?? "n/a", note.joined(separator: ", ")])
        }
        return "\n  Indicators (toward target = (actual - baseline) / (target - baseline))\n"
            + TextTable.render(rows, rightAligned: [2, 3, 4, 5], indent: "    ")
    }

    private func activities() -> String {
        var rows = [["activity", "status", "percent", "planned", "spent", "start", "due", "lead", "health"]]
        for activity in plan.activities {
            var health = activity.health.map(\.rawValue)
            if activity.overBudget { health.append("over budget") }
            if activity.lastReported == nil { health.append("never reported") }
            rows.append([activity.id, activity.status.rawValue, Percent.format(activity.percent),
                activity.budgeted ? Money.format(activity.money.planned) : "-", Money.format(activity.money.spent),
                activity.start.map { "\($0)" } ?? "-", activity.due.map { "\($0)" } ?? "-", activity.lead ?? "-",
                health.joined(separator: ", ")])
        }
        return "\n  Activities\n" + TextTable.render(rows, rightAligned: [2, 3, 4], indent: "    ")
    }
}
