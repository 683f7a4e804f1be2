import Foundation
import NaptrackCore

/// Builds a plan's ``Ledger`` from its evaluated activities.
struct LedgerBuilder {
    let plan: Plan
    let activities: [ActivityProgress]
    let histories: [String: ActivityHistory]

    var ledger: Ledger {
        let inPlanCurrency = activities.filter(\.inPlanCurrency)
        let total = inPlanCurrency.reduce(MoneyLine()) { $0 + $1.money }
        let cancelled = inPlanCurrency.filter { $0.status == .cancelled }.reduce(Decimal(0)) { $0 + $1.money.planned }
        let money = Dictionary(inPlanCurrency.map { ($0.id, $0.money) }, uniquingKeysWith: { first, _ in first })
        var byObjective: [Ledger.Row] = []
        forEachObjective(in: plan) { objective, depth, ids in
            let line = ids.reduce(MoneyLine()) { $0 + (money[$1] ?? MoneyLine()) }
            byObjective.append(Ledger.Row(id: objective.id, name: objective.title, depth: depth, money: line))
        }
        let byLead = Dictionary(grouping: inPlanCurrency) { $0.lead ?? "" }.sorted { $0.key < $1.key }.map { lead, members in
            Ledger.Row(id: lead, name: plan.agency(lead)?.name ?? "", depth: 0,
                money: members.reduce(MoneyLine()) { $0 + $1.money })
        }
        let (years, unscheduled) = byYear(inPlanCurrency)
        return Ledger(
            currency: plan.currency, total: total, cancelledPlanned: cancelled, byObjective: byObjective,
            byLead: byLead, byFunder: byFunder(), byYear: years, unscheduledPlanned: unscheduled,
            otherCurrencies: otherCurrencies(),
            overBudget: activities.filter(\.overBudget).map {
                Ledger.OverBudget(activity: $0.id, currency: $0.currency, planned: $0.budgeted ? $0.money.planned : nil,
                    spent: $0.money.spent)
            })
    }

    /// Funding in the plan currency for activities budgeted in it, by funder.
    private func byFunder() -> [Ledger.FunderRow] {
        var rows: [String: (money: MoneyLine, activities: Set<String>)] = [:]
        for activity in plan.activities {
            guard let budget = activity.budget, (budget.currency ?? plan.currency) == plan.currency else { continue }
            for source in budget.sources {
                guard let amount = source.amount, (source.currency ?? plan.currency) == plan.currency else { continue }
                rows[source.funder, default: (MoneyLine(), [])].money.addFunding(amount, status: source.status)
                rows[source.funder, default: (MoneyLine(), [])].activities.insert(activity.id)
            }
        }
        return rows.sorted { $0.key < $1.key }.map { funder, row in
            Ledger.FunderRow(funder: funder, name: plan.agency(funder)?.name, money: row.money,
                activities: row.activities.count)
        }
    }

    /// Budgets spread over calendar years, and spend growth by the year of each report.
    private func byYear(_ activities: [ActivityProgress]) -> ([Ledger.YearRow], Decimal) {
        var planned: [Int: Decimal] = [:], spent: [Int: Decimal] = [:]
        var unscheduled: Decimal = 0
        for activity in activities {
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
            for entry in histories[activity.id]?.spendHistory ?? [] {
                spent[entry.asOf.year, default: 0] += entry.spent - previous
                previous = entry.spent
            }
        }
        let years = Set(planned.keys).union(spent.keys).sorted()
        return (years.map { Ledger.YearRow(year: $0, planned: planned[$0] ?? 0, spent: spent[$0] ?? 0) }, unscheduled)
    }

    /// Every amount kept out of the plan-currency totals, totalled by currency.
    private func otherCurrencies() -> [Ledger.CurrencyTotals] {
        var amounts: [SeparateAmount] = []
        let planActivities = Dictionary(plan.activities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for activity in activities {
            if !activity.inPlanCurrency {
                if activity.budgeted {
                    amounts.append(SeparateAmount(activity: activity.id, kind: .planned, currency: activity.currency,
                        amount: activity.money.planned))
                }
                for source in planActivities[activity.id]?.budget?.sources ?? [] {
                    guard let amount = source.amount, (source.currency ?? activity.currency) == activity.currency
                    else { continue }
                    amounts.append(SeparateAmount(activity: activity.id, kind: .funding, currency: activity.currency,
                        amount: amount, funder: source.funder, status: source.status))
                }
                if activity.money.spent > 0 {
                    amounts.append(SeparateAmount(activity: activity.id, kind: .spent, currency: activity.currency,
                        amount: activity.money.spent))
                }
            }
            amounts += activity.foreignSources
        }
        return Dictionary(grouping: amounts, by: \.currency).sorted { $0.key < $1.key }.map { currency, items in
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
