import Foundation
import NaptrackCore

/// Evaluates plans against their progress files as of a date: status and health per activity,
/// milestones, indicators, roll-ups and the money ledger.
///
/// The result depends only on the files and the settings, never on the clock or the machine, so
/// a report for a past date can be reproduced exactly.
public struct ProgressEvaluator: Sendable {
    public var settings: ProgressSettings

    public init(settings: ProgressSettings) {
        self.settings = settings
    }

    /// The progress of every plan in `workspace`.
    public func evaluate(_ workspace: Workspace) -> WorkspaceProgress {
        var reportsByPlan: [String: [ProgressReport]] = [:]
        for report in workspace.progressReports { reportsByPlan[report.plan, default: []].append(report) }
        let plans = workspace.plans.sorted { ($0.file, $0.id) < ($1.file, $1.id) }.map { plan in
            evaluate(plan, reports: reportsByPlan[plan.id] ?? [])
        }
        return WorkspaceProgress(settings: settings, plans: plans)
    }

    /// The progress of `plan` from `reports` (reports on other plans are ignored).
    public func evaluate(_ plan: Plan, reports: [ProgressReport]) -> PlanProgress {
        let ownReports = reports.filter { $0.plan == plan.id }
        let histories = ActivityHistory.collect(from: ownReports, asOf: settings.asOf)
        let planActivities = plan.activities
        let activities = planActivities.map { activity in
            evaluate(activity, plan: plan, history: histories[activity.id] ?? ActivityHistory())
        }
        let progressFiles = ownReports.compactMap { report -> (CalendarDate, String)? in
            guard let date = report.asOf, date <= settings.asOf else { return nil }
            return (date, report.file)
        }.sorted { $0 < $1 }.map(\.1)
        return PlanProgress(
            id: plan.id, title: plan.title, file: plan.file, currency: plan.currency, period: plan.period,
            activities: activities, rollup: rollup(plan, activities),
            ledger: LedgerBuilder(plan: plan, planActivities: planActivities, activities: activities,
                histories: histories).ledger,
            progressFiles: progressFiles)
    }

    private func evaluate(_ activity: Activity, plan: Plan, history: ActivityHistory) -> ActivityProgress {
        let asOf = settings.asOf
        let reportedPercent = history.percent
        let reportedStatus = history.status
        let status = reportedStatus ?? ((reportedPercent ?? 0) > 0 ? .inProgress : .notStarted)
        let percent = status == .completed ? 100 : reportedPercent ?? 0
        let currency = activity.budget?.currency ?? plan.currency
        var money = MoneyLine(planned: activity.budget?.amount ?? 0, spent: history.spent ?? 0)
        var foreign: [SeparateAmount] = []
        for source in activity.budget?.sources ?? [] {
            guard let amount = source.amount else { continue }
            let sourceCurrency = source.currency ?? currency
            if sourceCurrency == currency {
                money.addFunding(amount, status: source.status)
            } else {
                foreign.append(SeparateAmount(activity: activity.id, kind: .funding, currency: sourceCurrency,
                    amount: amount, funder: source.funder, status: source.status))
            }
        }
        let values = history.indicatorValues
        let achieved = history.milestoneDates
        let indicators = activity.indicators.map { indicator in
            IndicatorProgress(indicator, activity: activity.id, actual: values[indicator.id]?.value,
                actualAsOf: values[indicator.id]?.asOf)
        }
        let milestones = activity.milestones.map { milestone -> MilestoneProgress in
            let date = achieved[milestone.id].flatMap { $0 <= asOf ? $0 : nil }
            let state: MilestoneProgress.State =
                if date != nil { .achieved }
                else if status == .cancelled { .cancelled }
                else if let due = milestone.due, due < asOf { .missed }
                else { .due }
            return MilestoneProgress(id: milestone.id, title: milestone.title, activity: activity.id,
                lead: activity.lead, due: milestone.due, achieved: date, state: state)
        }
        let budgeted = activity.budget?.amount != nil
        return ActivityProgress(
            id: activity.id, title: activity.title, objective: activity.objective, lead: activity.lead,
            start: activity.start, due: activity.due, reportedStatus: reportedStatus, status: status,
            reportedPercent: reportedPercent, percent: percent, lastReported: history.lastReported, note: history.note,
            elapsed: Schedule.elapsedShare(start: activity.start, due: activity.due, asOf: asOf),
            health: Schedule.flags(status: status, percent: percent, start: activity.start, due: activity.due,
                asOf: asOf, behindPoints: settings.behindPoints),
            money: money, currency: currency, inPlanCurrency: currency == plan.currency, budgeted: budgeted,
            overBudget: money.spent > money.planned, foreignSources: foreign, indicators: indicators,
            milestones: milestones)
    }

    private func rollup(_ plan: Plan, _ activities: [ActivityProgress]) -> Rollup {
        let method = settings.rollup
        var whole = RollupTally(), byObjective: [String: RollupTally] = [:], byLead: [String: RollupTally] = [:]
        for activity in activities {
            whole.add(activity, method: method)
            byObjective[activity.objective, default: RollupTally()].add(activity, method: method)
            byLead[activity.lead ?? "", default: RollupTally()].add(activity, method: method)
        }
        let objectives = objectiveTotals(in: plan, own: { byObjective[$0.id] ?? RollupTally() }, merge: { $0.merge($1) })
            .map { $0.total.group(id: $0.objective.id, name: $0.objective.title, depth: $0.depth) }
        let leads = byLead.sorted { $0.key < $1.key }.map { lead, tally in
            tally.group(id: lead, name: plan.agency(lead)?.name ?? "", depth: 0)
        }
        return Rollup(
            method: method, explanation: method.explanation(currency: plan.currency),
            plan: whole.group(id: plan.id, name: plan.title, depth: 0), objectives: objectives, leads: leads)
    }
}

/// Totals over the objective tree: `own` gives each objective's total for the activities directly
/// under it; each objective's result adds those of the objectives nested in it. Objectives come
/// depth first in plan order, with their depth.
func objectiveTotals<Total>(
    in plan: Plan, own: (Objective) -> Total, merge: (inout Total, Total) -> Void
) -> [(objective: Objective, depth: Int, total: Total)] {
    var rows: [(objective: Objective, depth: Int, total: Total)] = []
    func visit(_ objective: Objective, depth: Int) -> Total {
        let index = rows.count
        var total = own(objective)
        rows.append((objective, depth, total))
        for child in objective.objectives { merge(&total, visit(child, depth: depth + 1)) }
        rows[index].total = total
        return total
    }
    for objective in plan.objectives { _ = visit(objective, depth: 0) }
    return rows
}
