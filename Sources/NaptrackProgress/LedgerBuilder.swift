import Foundation
import NaptrackCore

/// Builds a plan's ``Ledger`` from its evaluated activities, in one pass over them.
struct LedgerBuilder {
    let plan: Plan
    /// The plan's activities, in the same order as `activities`.
    let planActivities: [Activity]
    let activities: [ActivityProgress]
    let histories: [String: ActivityHistory]

    var ledger: Ledger {
        var total = MoneyLine(), cancelled: Decimal = 0
        var byObjective: [String: MoneyLine] = [:], byLead: [String: MoneyLine] = [:]
        var funders: [String: (money: MoneyLine, activities: Set<String>)] = [:]
        var planned: [Int: Decimal] = [:], spent: [Int: Decimal] = [:], unscheduled: Decimal = 0
        var separate: [SeparateAmount] = []
        for (activity, source) in zip(activities, planActivities) {
            separate += activity.foreignSources
            guard activity.inPlanCurrency else {
                separate += amountsApart(activity, source)
                continue
            }
            total += activity.money
            byObjective[activity.objective, default: MoneyLine()] += activity.money
            byLead[activity.lead ?? "", default: MoneyLine()] += activity.money
            if activity.status == .cancelled { cancelled += activity.money.planned }
            for funding in source.budget?.sources ?? [] {
                guard let amount = funding.amount, (funding.currency ?? plan.currency) == plan.currency else { continue }
                funders[funding.funder, default: (MoneyLine(), [])].money.addFunding(amount, status: funding.status)
                funders[funding.funder, default: (MoneyLine(), [])].activities.insert(activity.id)
            }
            spread(activity, planned: &planned, spent: &spent, unscheduled: &unscheduled)
        }
        let objectives = objectiveTotals(in: plan, own: { byObjective[$0.id] ?? MoneyLine() }, merge: { $0 += $1 })
        let years = Set(planned.keys).union(spent.keys).sorted()
        return Ledger(
            currency: plan.currency, total: total, cancelledPlanned: cancelled,
            byObjective: objectives.map {
                Ledger.Row(id: $0.objective.id, name: $0.objective.title, depth: $0.depth, money: $0.total)
            },
            byLead: byLead.sorted { $0.key < $1.key }.map { lead, money in
                Ledger.Row(id: lead, name: plan.agency(lead)?.name ?? "", depth: 0, money: money)
            },
            byFunder: funders.sorted { $0.key < $1.key }.map { funder, row in
                Ledger.FunderRow(funder: funder, name: plan.agency(funder)?.name, money: row.money,
                    activities: row.activities.count)
            },
            byYear: years.map { Ledger.YearRow(year: $0, planned: planned[$0] ?? 0, spent: spent[$0] ?? 0) },
            unscheduledPlanned: unscheduled, otherCurrencies: totalsByCurrency(separate),
            overBudget: activities.filter(\.overBudget).map {
                Ledger.OverBudget(activity: $0.id, currency: $0.currency, planned: $0.budgeted ? $0.money.planned : nil,
                    spent: $0.money.spent)
            })
    }

    /// Adds the activity's budget, spread over calendar years, and its spend growth by the year
    /// of each report.
    private func spread(
        _ activity: ActivityProgress, planned: inout [Int: Decimal], spent: inout [Int: Decimal],
        unscheduled: inout Decimal
    ) {
        if activity.budgeted {
            if let start = activity.start, let due = activity.due, start <= due {
                for part in BudgetSpread.byYear(activity.money.planned, start: start, due: due) {
                    planned[part.year, default: 0] += part.amount
                }
            } else {
                unscheduled += activity.money.planned
            }
        }
        var previous: Decimal = 0
        for entry in histories[activity.id]?.spendHistory ?? [] where entry.spent != previous {
            spent[entry.asOf.year, default: 0] += entry.spent - previous
            previous = entry.spent
        }
    }

    /// The budget, funding and spend of an activity budgeted in another currency.
    private func amountsApart(_ activity: ActivityProgress, _ source: Activity) -> [SeparateAmount] {
        var amounts: [SeparateAmount] = []
        if activity.budgeted {
            amounts.append(SeparateAmount(activity: activity.id, kind: .planned, currency: activity.currency,
                amount: activity.money.planned))
        }
        for funding in source.budget?.sources ?? [] {
            guard let amount = funding.amount, (funding.currency ?? activity.currency) == activity.currency else { continue }
            amounts.append(SeparateAmount(activity: activity.id, kind: .funding, currency: activity.currency,
                amount: amount, funder: funding.funder, status: funding.status))
        }
        if activity.money.spent > 0 {
            amounts.append(SeparateAmount(activity: activity.id, kind: .spent, currency: activity.currency,
                amount: activity.money.spent))
        }
        return amounts
    }

    /// Amounts kept out of the plan-currency totals, totalled by currency.
    private func totalsByCurrency(_ amounts: [SeparateAmount]) -> [Ledger.CurrencyTotals] {
        Dictionary(grouping: amounts, by: \.currency).sorted { $0.key < $1.key }.map { currency, items in
            var money = MoneyLine()
            for item in items {
                switch item.kind {
                case .planned: money.planned += item.amount
                case .funding: money.addFunding(item.amount, status: item.status)
                case .spent: money.spent += item.amount
                }
            }
            return Ledger.CurrencyTotals(currency: currency, money: money, amounts: items)
        }
    }
}
