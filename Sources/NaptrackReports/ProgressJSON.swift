import Foundation
import NaptrackCore
import NaptrackProgress

/// Two objects written as one, their keys side by side.
struct Merged<First: Encodable, Second: Encodable>: Encodable {
    var first: First
    var second: Second

    func encode(to encoder: any Encoder) throws {
        try first.encode(to: encoder)
        try second.encode(to: encoder)
    }
}

/// The records of the progress JSON document, kept apart from other reports' records.
enum ProgressReportJSON {
    /// The JSON document of `naptrack progress --format json`, as the output contract defines it,
    /// with further keys added (never changed).
    struct Document: Encodable {
        var asOf: String
        var rollupMethod: String
        var behindPoints: Decimal
        var plans: [PlanJSON]

        enum CodingKeys: String, CodingKey {
            case asOf = "as_of", rollupMethod = "rollup_method", behindPoints = "behind_points", plans
        }

        init(_ progress: WorkspaceProgress) {
            asOf = progress.asOf.description
            rollupMethod = progress.settings.rollup.rawValue
            behindPoints = progress.settings.behindPoints
            plans = progress.plans.map(PlanJSON.init)
        }
    }

    struct PlanJSON: Encodable {
        var id: String
        var title: String
        var file: String
        var currency: String
        var progressFiles: [String]
        var activities: CountsJSON
        var budget: Merged<MoneyJSON, BudgetJSON>
        var rollup: RollupJSON
        var ledger: LedgerJSON
        var milestones: [MilestoneJSON]
        var indicators: [IndicatorJSON]
        var items: [ItemJSON]

        enum CodingKeys: String, CodingKey {
            case id, title, file, currency, progressFiles = "progress_files", activities, budget, rollup, ledger
            case milestones, indicators, items
        }

        init(_ plan: PlanProgress) {
            id = plan.id
            title = plan.title
            file = plan.file
            currency = plan.currency
            progressFiles = plan.progressFiles
            activities = CountsJSON(plan.counts)
            budget = Merged(first: MoneyJSON(plan.ledger.total),
                second: BudgetJSON(currency: plan.ledger.currency, cancelled: plan.ledger.cancelledPlanned))
            rollup = RollupJSON(plan.rollup)
            ledger = LedgerJSON(plan.ledger)
            milestones = plan.milestones.map(MilestoneJSON.init)
            indicators = plan.indicators.map(IndicatorJSON.init)
            items = plan.activities.map(ItemJSON.init)
        }
    }

    struct CountsJSON: Encodable {
        var total, notStarted, inProgress, completed, suspended, cancelled, overdue, late, behind, notReported: Int

        enum CodingKeys: String, CodingKey {
            case total, notStarted = "not_started", inProgress = "in_progress", completed, suspended, cancelled
            case overdue, late, behind, notReported = "not_reported"
        }

        init(_ counts: ActivityCounts) {
            total = counts.total
            notStarted = counts.notStarted
            inProgress = counts.inProgress
            completed = counts.completed
            suspended = counts.suspended
            cancelled = counts.cancelled
            overdue = counts.overdue
            late = counts.late
            behind = counts.behind
            notReported = counts.notReported
        }
    }

    /// The money fields every ledger line has.
    struct MoneyJSON: Encodable {
        var planned, committed, pledged, requested, unspecified, gap, spent: Decimal
        var executed: Nullable<Decimal>

        init(_ money: MoneyLine) {
            planned = money.planned
            committed = money.committed
            pledged = money.pledged
            requested = money.requested
            unspecified = money.unspecified
            gap = money.gap
            spent = money.spent
            executed = Nullable(money.executed)
        }
    }

    struct BudgetJSON: Encodable {
        var currency: String
        /// The part of the planned total that belongs to cancelled activities.
        var cancelled: Decimal
    }

    /// An objective named in a roll-up or ledger row.
    struct ObjectiveLabel: Encodable {
        var id: String
        var title: String
        var depth: Int
    }

    /// A lead agency named in a roll-up or ledger row.
    struct AgencyLabel: Encodable {
        var id: String
        var name: String
    }

    struct GroupJSON: Encodable {
        var percent: Nullable<Decimal>
        var weighted: Int
        var unweighted: Int
        var activities: CountsJSON

        init(_ group: RollupGroup) {
            percent = Nullable(group.percent)
            weighted = group.weighted
            unweighted = group.unweighted
            activities = CountsJSON(group.counts)
        }
    }

    struct RollupJSON: Encodable {
        var method: String
        var explanation: String
        var percent: Nullable<Decimal>
        var weighted: Int
        var unweighted: Int
        var objectives: [Merged<ObjectiveLabel, GroupJSON>]
        var leads: [Merged<AgencyLabel, GroupJSON>]

        init(_ rollup: Rollup) {
            method = rollup.method.rawValue
            explanation = rollup.explanation
            percent = Nullable(rollup.plan.percent)
            weighted = rollup.plan.weighted
            unweighted = rollup.plan.unweighted
            objectives = rollup.objectives.map {
                Merged(first: ObjectiveLabel(id: $0.id, title: $0.name, depth: $0.depth), second: GroupJSON($0))
            }
            leads = rollup.leads.map { Merged(first: AgencyLabel(id: $0.id, name: $0.name), second: GroupJSON($0)) }
        }
    }

    struct LedgerJSON: Encodable {
        struct Funder: Encodable {
            var funder: String
            var name: Nullable<String>
            var committed, pledged, requested, unspecified: Decimal
            var activities: Int
        }

        struct Year: Encodable {
            var year: Int
            var planned: Decimal
            var spent: Decimal
        }

        struct Amount: Encodable {
            var activity: String
            var kind: String
            var amount: Decimal
            var funder: Nullable<String>
            var status: Nullable<String>
        }

        struct Currency: Encodable {
            var currency: String
            var amounts: [Amount]
        }

        struct OverBudget: Encodable {
            var activity: String
            var currency: String
            var planned: Nullable<Decimal>
            var spent: Decimal
            var excess: Decimal
        }

        var currency: String
        var byObjective: [Merged<ObjectiveLabel, MoneyJSON>]
        var byLead: [Merged<AgencyLabel, MoneyJSON>]
        var byFunder: [Funder]
        var byYear: [Year]
        var unscheduledPlanned: Decimal
        var otherCurrencies: [Merged<Currency, MoneyJSON>]
        var overBudget: [OverBudget]

        enum CodingKeys: String, CodingKey {
            case currency, byObjective = "by_objective", byLead = "by_lead", byFunder = "by_funder", byYear = "by_year"
            case unscheduledPlanned = "unscheduled_planned", otherCurrencies = "other_currencies", overBudget = "over_budget"
        }

        init(_ ledger: Ledger) {
            currency = ledger.currency
            byObjective = ledger.byObjective.map {
                Merged(first: ObjectiveLabel(id: $0.id, title: $0.name, depth: $0.depth), second: MoneyJSON($0.money))
            }
            byLead = ledger.byLead.map { Merged(first: AgencyLabel(id: $0.id, name: $0.name), second: MoneyJSON($0.money)) }
            byFunder = ledger.byFunder.map {
                Funder(funder: $0.funder, name: Nullable($0.name), committed: $0.money.committed, pledged: $0.money.pledged,
                    requested: $0.money.requested, unspecified: $0.money.unspecified, activities: $0.activities)
            }
            byYear = ledger.byYear.map { Year(year: $0.year, planned: $0.planned, spent: $0.spent) }
            unscheduledPlanned = ledger.unscheduledPlanned
            otherCurrencies = ledger.otherCurrencies.map { totals in
                let amounts = totals.amounts.map {
                    Amount(activity: $0.activity, kind: $0.kind.rawValue, amount: $0.amount, funder: Nullable($0.funder),
                        status: Nullable($0.status?.rawValue))
                }
                return Merged(first: Currency(currency: totals.currency, amounts: amounts), second: MoneyJSON(totals.money))
            }
            overBudget = ledger.overBudget.map {
                OverBudget(activity: $0.activity, currency: $0.currency, planned: Nullable($0.planned), spent: $0.spent,
                    excess: $0.excess)
            }
        }
    }

    struct MilestoneJSON: Encodable {
        var id, title, activity: String
        var lead: Nullable<String>
        var due, achieved: Nullable<CalendarDate>
        var state: String
        var achievedLate: Bool

        enum CodingKeys: String, CodingKey {
            case id, title, activity, lead, due, achieved, state, achievedLate = "achieved_late"
        }

        init(_ milestone: MilestoneProgress) {
            id = milestone.id
            title = milestone.title
            activity = milestone.activity
            lead = Nullable(milestone.lead)
            due = Nullable(milestone.due)
            achieved = Nullable(milestone.achieved)
            state = milestone.state.rawValue
            achievedLate = milestone.achievedLate
        }
    }

    struct IndicatorJSON: Encodable {
        var id, name, activity: String
        var unit: Nullable<String>
        var baseline, target, actual, share: Nullable<Decimal>
        var actualAsOf: Nullable<CalendarDate>
        var direction: Nullable<String>
        var met: Nullable<Bool>
        var missing: [String]

        enum CodingKeys: String, CodingKey {
            case id, name, unit, activity, baseline, target, actual, actualAsOf = "actual_as_of", direction, share, met
            case missing
        }

        init(_ indicator: IndicatorProgress) {
            id = indicator.id
            name = indicator.name
            activity = indicator.activity
            unit = Nullable(indicator.unit)
            baseline = Nullable(indicator.baseline)
            target = Nullable(indicator.target)
            actual = Nullable(indicator.actual)
            share = Nullable(indicator.share)
            actualAsOf = Nullable(indicator.actualAsOf)
            direction = Nullable(indicator.direction?.rawValue)
            met = Nullable(indicator.isMet)
            missing = indicator.missing.map(\.rawValue)
        }
    }

    struct ItemJSON: Encodable {
        var id, title, objective, status, currency: String
        var lead, reportedStatus: Nullable<String>
        var health: [String]
        var percent, committed, pledged, requested, gap, spent: Decimal
        var reportedPercent, elapsed, planned: Nullable<Decimal>
        var lastReported, start, due: Nullable<CalendarDate>
        var overBudget: Bool

        enum CodingKeys: String, CodingKey {
            case id, title, objective, lead, status, reportedStatus = "reported_status", health, percent
            case reportedPercent = "reported_percent", lastReported = "last_reported", elapsed
            case planned, committed, pledged, requested, gap, spent, currency, overBudget = "over_budget", start, due
        }

        init(_ activity: ActivityProgress) {
            id = activity.id
            title = activity.title
            objective = activity.objective
            lead = Nullable(activity.lead)
            status = activity.status.rawValue
            reportedStatus = Nullable(activity.reportedStatus?.rawValue)
            health = activity.health.map(\.rawValue)
            percent = activity.percent
            reportedPercent = Nullable(activity.reportedPercent)
            lastReported = Nullable(activity.lastReported)
            elapsed = Nullable(activity.elapsed)
            planned = Nullable(activity.budgeted ? activity.money.planned : nil)
            committed = activity.money.committed
            pledged = activity.money.pledged
            requested = activity.money.requested
            gap = activity.money.gap
            spent = activity.money.spent
            currency = activity.currency
            overBudget = activity.overBudget
            start = Nullable(activity.start)
            due = Nullable(activity.due)
        }
    }
}
