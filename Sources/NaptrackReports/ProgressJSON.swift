import Foundation
import NaptrackCore
import NaptrackProgress

/// The JSON document of `naptrack progress --format json`, as the output contract defines it,
/// with further keys added (never changed).
struct ProgressDocumentJSON: Encodable {
    var asOf: String
    var rollupMethod: String
    var behindPoints: Decimal
    var plans: [PlanProgressJSON]

    enum CodingKeys: String, CodingKey {
        case asOf = "as_of", rollupMethod = "rollup_method", behindPoints = "behind_points", plans
    }

    init(_ progress: WorkspaceProgress) {
        asOf = progress.asOf.description
        rollupMethod = progress.settings.rollup.rawValue
        behindPoints = progress.settings.behindPoints
        plans = progress.plans.map(PlanProgressJSON.init)
    }
}

struct PlanProgressJSON: Encodable {
    var id: String
    var title: String
    var file: String
    var currency: String
    var progressFiles: [String]
    var activities: CountsJSON
    var budget: BudgetJSON
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
        budget = BudgetJSON(plan.ledger)
        rollup = RollupJSON(plan.rollup)
        ledger = LedgerJSON(plan.ledger)
        milestones = plan.milestones.map(MilestoneJSON.init)
        indicators = plan.indicators.map(IndicatorJSON.init)
        items = plan.activities.map(ItemJSON.init)
    }
}

struct CountsJSON: Encodable {
    var counts: ActivityCounts

    init(_ counts: ActivityCounts) { self.counts = counts }

    enum CodingKeys: String, CodingKey {
        case total, notStarted = "not_started", inProgress = "in_progress", completed, suspended, cancelled
        case overdue, late, behind, notReported = "not_reported"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(counts.total, forKey: .total)
        try container.encode(counts.notStarted, forKey: .notStarted)
        try container.encode(counts.inProgress, forKey: .inProgress)
        try container.encode(counts.completed, forKey: .completed)
        try container.encode(counts.suspended, forKey: .suspended)
        try container.encode(counts.cancelled, forKey: .cancelled)
        try container.encode(counts.overdue, forKey: .overdue)
        try container.encode(counts.late, forKey: .late)
        try container.encode(counts.behind, forKey: .behind)
        try container.encode(counts.notReported, forKey: .notReported)
    }
}

/// The money fields shared by every ledger line.
struct MoneyJSON: Encodable {
    var money: MoneyLine

    enum CodingKeys: String, CodingKey {
        case planned, committed, pledged, requested, unspecified, gap, spent, executed
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(money.planned, forKey: .planned)
        try container.encode(money.committed, forKey: .committed)
        try container.encode(money.pledged, forKey: .pledged)
        try container.encode(money.requested, forKey: .requested)
        try container.encode(money.unspecified, forKey: .unspecified)
        try container.encode(money.gap, forKey: .gap)
        try container.encode(money.spent, forKey: .spent)
        try container.encode(money.executed, forKey: .executed)
    }
}

struct BudgetJSON: Encodable {
    var ledger: Ledger

    init(_ ledger: Ledger) { self.ledger = ledger }

    enum CodingKeys: String, CodingKey {
        case currency, cancelled
    }

    func encode(to encoder: any Encoder) throws {
        try MoneyJSON(money: ledger.total).encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ledger.currency, forKey: .currency)
        try container.encode(ledger.cancelledPlanned, forKey: .cancelled)
    }
}

struct GroupJSON: Encodable {
    var group: RollupGroup
    var parentKey: String

    enum CodingKeys: String, CodingKey {
        case id, title, name, depth, percent, weighted, unweighted, activities
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(group.id, forKey: .id)
        try container.encode(group.name, forKey: parentKey == "objective" ? .title : .name)
        if parentKey == "objective" { try container.encode(group.depth, forKey: .depth) }
        try container.encode(group.percent, forKey: .percent)
        try container.encode(group.weighted, forKey: .weighted)
        try container.encode(group.unweighted, forKey: .unweighted)
        try container.encode(CountsJSON(group.counts), forKey: .activities)
    }
}

struct RollupJSON: Encodable {
    var rollup: Rollup

    init(_ rollup: Rollup) { self.rollup = rollup }

    enum CodingKeys: String, CodingKey {
        case method, explanation, percent, weighted, unweighted, objectives, leads
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rollup.method.rawValue, forKey: .method)
        try container.encode(rollup.explanation, forKey: .explanation)
        try container.encode(rollup.plan.percent, forKey: .percent)
        try container.encode(rollup.plan.weighted, forKey: .weighted)
        try container.encode(rollup.plan.unweighted, forKey: .unweighted)
        try container.encode(rollup.objectives.map { GroupJSON(group: $0, parentKey: "objective") }, forKey: .objectives)
        try container.encode(rollup.leads.map { GroupJSON(group: $0, parentKey: "lead") }, forKey: .leads)
    }
}

struct LedgerJSON: Encodable {
    var ledger: Ledger

    init(_ ledger: Ledger) { self.ledger = ledger }

    struct Row: Encodable {
        var row: Ledger.Row
        var isObjective: Bool

        enum CodingKeys: String, CodingKey { case id, title, name, depth }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(row.id, forKey: .id)
            try container.encode(row.name, forKey: isObjective ? .title : .name)
            if isObjective { try container.encode(row.depth, forKey: .depth) }
            try MoneyJSON(money: row.money).encode(to: encoder)
        }
    }

    struct Funder: Encodable {
        var row: Ledger.FunderRow

        enum CodingKeys: String, CodingKey { case funder, name, committed, pledged, requested, unspecified, activities }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(row.funder, forKey: .funder)
            try container.encode(row.name, forKey: .name)
            try container.encode(row.money.committed, forKey: .committed)
            try container.encode(row.money.pledged, forKey: .pledged)
            try container.encode(row.money.requested, forKey: .requested)
            try container.encode(row.money.unspecified, forKey: .unspecified)
            try container.encode(row.activities, forKey: .activities)
        }
    }

    struct Year: Encodable {
        var year: Int
        var planned: Decimal
        var spent: Decimal
    }

    struct Amount: Encodable {
        var amount: SeparateAmount

        enum CodingKeys: String, CodingKey { case activity, kind, amount, funder, status }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(amount.activity, forKey: .activity)
            try container.encode(amount.kind.rawValue, forKey: .kind)
            try container.encode(amount.amount, forKey: .amount)
            try container.encode(amount.funder, forKey: .funder)
            try container.encode(amount.status?.rawValue, forKey: .status)
        }
    }

    struct Currency: Encodable {
        var totals: Ledger.CurrencyTotals

        enum CodingKeys: String, CodingKey { case currency, amounts }

        func encode(to encoder: any Encoder) throws {
            try MoneyJSON(money: totals.money).encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(totals.currency, forKey: .currency)
            try container.encode(totals.amounts.map(Amount.init), forKey: .amounts)
        }
    }

    struct OverBudget: Encodable {
        var item: Ledger.OverBudget

        enum CodingKeys: String, CodingKey { case activity, currency, planned, spent, excess }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(item.activity, forKey: .activity)
            try container.encode(item.currency, forKey: .currency)
            try container.encode(item.planned, forKey: .planned)
            try container.encode(item.spent, forKey: .spent)
            try container.encode(item.excess, forKey: .excess)
        }
    }

    enum CodingKeys: String, CodingKey {
        case currency, byObjective = "by_objective", byLead = "by_lead", byFunder = "by_funder", byYear = "by_year"
        case unscheduledPlanned = "unscheduled_planned", otherCurrencies = "other_currencies", overBudget = "over_budget"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ledger.currency, forKey: .currency)
        try container.encode(ledger.byObjective.map { Row(row: $0, isObjective: true) }, forKey: .byObjective)
        try container.encode(ledger.byLead.map { Row(row: $0, isObjective: false) }, forKey: .byLead)
        try container.encode(ledger.byFunder.map(Funder.init), forKey: .byFunder)
        try container.encode(ledger.byYear.map { Year(year: $0.year, planned: $0.planned, spent: $0.spent) }, forKey: .byYear)
        try container.encode(ledger.unscheduledPlanned, forKey: .unscheduledPlanned)
        try container.encode(ledger.otherCurrencies.map(Currency.init), forKey: .otherCurrencies)
        try container.encode(ledger.overBudget.map(OverBudget.init), forKey: .overBudget)
    }
}

struct MilestoneJSON: Encodable {
    var milestone: MilestoneProgress

    init(_ milestone: MilestoneProgress) { self.milestone = milestone }

    enum CodingKeys: String, CodingKey {
        case id, title, activity, lead, due, achieved, state, achievedLate = "achieved_late"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(milestone.id, forKey: .id)
        try container.encode(milestone.title, forKey: .title)
        try container.encode(milestone.activity, forKey: .activity)
        try container.encode(milestone.lead, forKey: .lead)
        try container.encode(milestone.due, forKey: .due)
        try container.encode(milestone.achieved, forKey: .achieved)
        try container.encode(milestone.state.rawValue, forKey: .state)
        try container.encode(milestone.achievedLate, forKey: .achievedLate)
    }
}

struct IndicatorJSON: Encodable {
    var indicator: IndicatorProgress

    init(_ indicator: IndicatorProgress) { self.indicator = indicator }

    enum CodingKeys: String, CodingKey {
        case id, name, unit, activity, baseline, target, actual, actualAsOf = "actual_as_of", direction, share, met
        case missing
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(indicator.id, forKey: .id)
        try container.encode(indicator.name, forKey: .name)
        try container.encode(indicator.unit, forKey: .unit)
        try container.encode(indicator.activity, forKey: .activity)
        try container.encode(indicator.baseline, forKey: .baseline)
        try container.encode(indicator.target, forKey: .target)
        try container.encode(indicator.actual, forKey: .actual)
        try container.encode(indicator.actualAsOf, forKey: .actualAsOf)
        try container.encode(indicator.direction?.rawValue, forKey: .direction)
        try container.encode(indicator.share, forKey: .share)
        try container.encode(indicator.isMet, forKey: .met)
        try container.encode(indicator.missing.map(\.rawValue), forKey: .missing)
    }
}

struct ItemJSON: Encodable {
    var activity: ActivityProgress

    init(_ activity: ActivityProgress) { self.activity = activity }

    enum CodingKeys: String, CodingKey {
        case id, title, objective, lead, status, reportedStatus = "reported_status", health, percent
        case reportedPercent = "reported_percent", lastReported = "last_reported", elapsed
        case planned, committed, pledged, requested, gap, spent, currency, overBudget = "over_budget", start, due
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(activity.id, forKey: .id)
        try container.encode(activity.title, forKey: .title)
        try container.encode(activity.objective, forKey: .objective)
        try container.encode(activity.lead, forKey: .lead)
        try container.encode(activity.status.rawValue, forKey: .status)
        try container.encode(activity.reportedStatus?.rawValue, forKey: .reportedStatus)
        try container.encode(activity.health.map(\.rawValue), forKey: .health)
        try container.encode(activity.percent, forKey: .percent)
        try container.encode(activity.reportedPercent, forKey: .reportedPercent)
        try container.encode(activity.lastReported, forKey: .lastReported)
        try container.encode(activity.elapsed, forKey: .elapsed)
        try container.encode(activity.budgeted ? activity.money.planned : nil, forKey: .planned)
        try container.encode(activity.money.committed, forKey: .committed)
        try container.encode(activity.money.pledged, forKey: .pledged)
        try container.encode(activity.money.requested, forKey: .requested)
        try container.encode(activity.money.gap, forKey: .gap)
        try container.encode(activity.money.spent, forKey: .spent)
        try container.encode(activity.currency, forKey: .currency)
        try container.encode(activity.overBudget, forKey: .overBudget)
        try container.encode(activity.start, forKey: .start)
        try container.encode(activity.due, forKey: .due)
    }
}
