import Foundation
import NaptrackCore
import NaptrackStandards

/// The money planned for one objective's activities in one currency, and how firm its funding is.
struct FundingTotals: Equatable {
    var planned: Decimal = 0
    var committed: Decimal = 0
    var pledged: Decimal = 0
    var requested: Decimal = 0
    /// Sources that give no status: not counted as committed.
    var unstated: Decimal = 0

    /// Planned minus committed, never below zero.
    var gap: Decimal { max(0, planned - committed) }

    /// `1000000 EUR planned, 880000 committed, 60000 pledged`: the non-zero figures.
    func breakdown(_ currency: String) -> String {
        var parts = ["\(planned) \(currency) planned", "\(committed) committed"]
        if pledged > 0 { parts.append("\(pledged) pledged") }
        if requested > 0 { parts.append("\(requested) requested") }
        if unstated > 0 { parts.append("\(unstated) without a status") }
        return parts.joined(separator: ", ")
    }
}

/// The funding of the activities directly under one objective, by currency. Amounts are only
/// ever added within one currency: a source in another currency than its activity's budget is
/// listed as not counted, never converted.
struct ObjectiveFunding {
    var objective: Objective
    /// Totals per currency, the plan currency first, then in alphabetical order.
    var totals: [(currency: String, figures: FundingTotals)]
    /// Sources left out because their currency differs from their activity's budget.
    var notCounted: [String]

    init(_ objective: Objective, planCurrency: String) {
        self.objective = objective
        var byCurrency: [String: FundingTotals] = [:]
        var notCounted: [String] = []
        for activity in objective.activities {
            guard let budget = activity.budget, let amount = budget.amount else { continue }
            let currency = budget.currency ?? planCurrency
            var figures = byCurrency[currency] ?? FundingTotals()
            figures.planned += amount
            for source in budget.sources {
                guard let share = source.amount else { continue }
                let sourceCurrency = source.currency ?? currency
                guard sourceCurrency == currency else {
                    notCounted.append("\(share) \(sourceCurrency) from '\(source.funder)' for activity \(activity.id), budgeted in \(currency)")
                    continue
                }
                switch source.status {
                case .committed: figures.committed += share
                case .pledged: figures.pledged += share
                case .requested: figures.requested += share
                case nil: figures.unstated += share
                }
            }
            byCurrency[currency] = figures
        }
        func rank(_ currency: String) -> (Int, String) { (currency == planCurrency ? 0 : 1, currency) }
        totals = byCurrency.sorted { rank($0.key) < rank($1.key) }
            .map { (currency: $0.key, figures: $0.value) }
        self.notCounted = notCounted
    }

    var hasGap: Bool { totals.contains { $0.figures.gap > 0 } }

    /// `1000000 EUR planned, 880000 committed` for each currency, then what was not counted.
    var description: String {
        var text = totals.map { $0.figures.breakdown($0.currency) }.joined(separator: "; ")
        if !notCounted.isEmpty { text += "; not counted: " + notCounted.joined(separator: "; ") }
        return text
    }

    /// `120000 EUR`, or `120000 EUR and 5000 USD`; `0 EUR` when fully funded.
    var gapText: String {
        let gaps = totals.filter { $0.figures.gap > 0 }.map { "\($0.figures.gap) \($0.currency)" }
        return gaps.isEmpty ? "0 \(totals.first?.currency ?? "")" : gaps.joined(separator: " and ")
    }
}

enum FundingChecks {
    /// Met when committed money covers the planned cost of every objective; the gap of each
    /// objective is given in its finding, or in the evidence when there is none.
    static let gap = Condition.custom(
        name: "funding-gap", facts: ["activity.budget.amount", "activity.budget.sources"]
    ) { context in
        let plan = context.plan
        let fundings = plan.allObjectives.map { ObjectiveFunding($0, planCurrency: plan.currency) }
            .filter { !$0.totals.isEmpty }
        guard !fundings.isEmpty else {
            return .undetermined(missing: ["activity.budget.amount"], at: CoverageChecks.contentLocation(plan))
        }
        let evidence = fundings.map {
            Evidence("objective \($0.objective.id): gap \($0.gapText); \($0.description)", at: $0.objective.location)
        }
        let violations = fundings.filter(\.hasGap).map { funding in
            Violation("objective '\(funding.objective.id)' has a funding gap of \(funding.gapText) (\(funding.description))",
                at: funding.objective.location)
        }
        return violations.isEmpty ? .satisfied(evidence) : .contradicted(violations, evidence: evidence)
    }
}
