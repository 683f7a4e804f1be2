import NaptrackCore
import NaptrackStandards

/// What one activity shows for a per-activity rule: evidence that it passes, or the one
/// violation that says where it fails.
enum ActivityVerdict {
    case passes(Evidence)
    case fails(Violation)
}

/// The checks every activity has to pass. Each gives one finding per offending activity, at the
/// key that is wrong or, when a key is missing, at the activity itself.
enum ActivityChecks {
    /// A condition that holds when every activity passes `inspect`. A plan without activities
    /// does not hold: there is nothing to manage.
    static func everyActivity(
        _ name: String, facts: [String], _ inspect: @escaping @Sendable (Activity, Plan) -> ActivityVerdict
    ) -> Condition {
        .custom(name: name, facts: facts) { context in
            let activities = context.activities.map(\.activity)
            guard !activities.isEmpty else {
                let place = context.plan.objectives.first?.location ?? context.plan.location
                return .contradicted([Violation("the plan has no activities", at: place)])
            }
            var evidence: [Evidence] = [], violations: [Violation] = []
            for activity in activities {
                switch inspect(activity, context.plan) {
                case .passes(let item): evidence.append(item)
                case .fails(let violation): violations.append(violation)
                }
            }
            return violations.isEmpty ? .satisfied(evidence) : .contradicted(violations, evidence: evidence)
        }
    }

    static let lead = everyActivity("lead", facts: ["activity.lead"]) { activity, plan in
        guard let lead = activity.lead else {
            return .fails(Violation("activity '\(activity.id)' names no lead agency", at: activity.location))
        }
        guard plan.agency(lead) != nil else {
            return .fails(Violation("activity '\(activity.id)' names lead '\(lead)', which is not an agency of the plan",
                at: activity.location(of: "lead")))
        }
        return .passes(Evidence("activity \(activity.id) lead \(lead)", at: activity.location(of: "lead")))
    }

    static let timeframe = everyActivity("timeframe", facts: ["activity.start", "activity.due", "plan.period"]) {
        activity, plan in
        let missing = [("start", activity.start), ("due", activity.due)].filter { $0.1 == nil }.map(\.0)
        guard let start = activity.start, let due = activity.due else {
            return .fails(Violation("activity '\(activity.id)' has no \(missing.joined(separator: " or ")) date",
                at: activity.location))
        }
        if let period = plan.period {
            let outside = [("start", start), ("due", due)].filter { !period.contains($0.1) }
            if let first = outside.first {
                let dates = outside.map { "\($0.0) \($0.1)" }.joined(separator: " and ")
                return .fails(Violation("activity '\(activity.id)' has \(dates) outside the plan period \(period.start) to \(period.end)",
                    at: activity.location(of: first.0)))
            }
        }
        return .passes(Evidence("activity \(activity.id) runs \(start) to \(due)", at: activity.location(of: "start")))
    }

    static let cost = everyActivity("cost", facts: ["activity.budget.amount"]) { activity, plan in
        guard let budget = activity.budget else {
            return .fails(Violation("activity '\(activity.id)' has no budget", at: activity.location))
        }
        guard let amount = budget.amount else {
            return .fails(Violation("activity '\(activity.id)' has a budget without an estimated amount",
                at: activity.location(of: "budget")))
        }
        return .passes(Evidence("activity \(activity.id) costs \(amount) \(budget.currency ?? plan.currency)",
            at: budget.keyLocations["amount"] ?? budget.location))
    }

    static let indicator = everyActivity(
        "indicator", facts: ["activity.indicators.target", "activity.indicators.means_of_verification"]
    ) { activity, _ in
        guard !activity.indicators.isEmpty else {
            return .fails(Violation("activity '\(activity.id)' has no indicator", at: activity.location))
        }
        guard let measurable = activity.indicators.first(where: { $0.target != nil || $0.meansOfVerification != nil })
        else {
            return .fails(Violation("no indicator of activity '\(activity.id)' has a target or a means of verification",
                at: activity.location(of: "indicators")))
        }
        return .passes(Evidence("activity \(activity.id) indicator \(measurable.id)", at: measurable.location))
    }

    /// Every activity with a budget names where the money comes from. Activities without a
    /// budget are left to the cost rule.
    static let fundingSource = Condition.custom(name: "funding-source", facts: ["activity.budget.sources"]) { context in
        let budgeted = context.activities.map(\.activity).filter { $0.budget != nil }
        guard !budgeted.isEmpty else {
            return .undetermined(missing: ["activity.budget"],
                at: context.plan.objectives.first?.location ?? context.plan.location)
        }
        var evidence: [Evidence] = [], violations: [Violation] = []
        for activity in budgeted {
            guard let budget = activity.budget else { continue }
            if budget.sources.isEmpty {
                violations.append(Violation("the budget of activity '\(activity.id)' names no funding source",
                    at: activity.location(of: "budget")))
            } else {
                let funders = budget.sources.map(\.funder).joined(separator: ", ")
                evidence.append(Evidence("activity \(activity.id) funded by \(funders)",
                    at: budget.keyLocations["sources"] ?? budget.location))
            }
        }
        return violations.isEmpty ? .satisfied(evidence) : .contradicted(violations, evidence: evidence)
    }
}
