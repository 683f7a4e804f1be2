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
        let activities = plan.activities.map { activity in
            evaluate(activity, plan: plan, history: histories[activity.id] ?? ActivityHistory())
        }
        let progressFiles = ownReports.compactMap { report -> (CalendarDate, String)? in
            guard let date = report.asOf, date <= settings.asOf else { return nil }
            return (date, report.file)
        }.sorted { $0 < $1 }.map(\.1)
        return PlanProgress(
            id: plan.id, title: plan.title, file: plan.file, currency: plan.currency, period: plan.period,
            activities: activities, rollup: rollup(plan, activities),
            ledger: LedgerBuilder(plan: plan, activities: activities, histories: histories).ledger,
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
        let byID = Dictionary(activities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var objectives: [RollupGroup] = []
        forEachObjective(in: plan) { objective, depth, activityIDs in
            objectives.append(Rollup.group(id: objective.id, name: objective.title, depth: depth,
                activities: activityIDs.compactMap { byID[$0] }, method: method))
        }
        let leads = Dictionary(grouping: activities) { $0.lead ?? "" }.sorted { $0.key < $1.key }.map { lead, members in
            Rollup.group(id: lead, name: plan.agency(lead)?.name ?? "", depth: 0, activities: members, method: method)
        }
        return Rollup(
            method: method, explanation: method.explanation(currency: plan.currency),
            plan: Rollup.group(id: plan.id, name: plan.title, depth: 0, activities: activities, method: method),
            objectives: objectives, leads: leads)
    }
}

/// Calls `body` for every objective of `plan`, depth first in plan order, with its depth and the
/// ids of all activities under it (nested objectives included).
func forEachObjective(in plan: Plan, _ body: (Objective, Int, [String]) -> Void) {
    func visit(_ objective: Objective, depth: Int) {
        body(objective, depth, objective.allActivities.map(\.id))
        for child in objective.objectives { visit(child, depth: depth + 1) }
    }
    for objective in plan.objectives { visit(objective, depth: 0) }
}
