import NaptrackCore
import NaptrackStandards

/// The checks on how the plan is governed: who coordinates it, who reviews it, how often, and
/// whether civil society sits at the table.
enum PlanChecks {
    static let coordinator = Condition.custom(name: "coordinator", facts: ["plan.coordinator"]) { context in
        let plan = context.plan
        guard let id = plan.coordinator else {
            return .contradicted([Violation("the plan names no coordinator", at: plan.location)])
        }
        guard plan.agency(id) != nil else {
            return .contradicted([Violation("the coordinator '\(id)' is not an agency of the plan",
                at: plan.location(of: "coordinator"))])
        }
        return .satisfied([Evidence("plan.coordinator = \(id)", at: plan.location(of: "coordinator"))])
    }

    static let reviewCycle = Condition.custom(
        name: "review-cycle", facts: ["plan.review.body", "plan.review.every_months"]
    ) { context in
        let plan = context.plan
        guard let review = plan.review else {
            return .contradicted([Violation("the plan names no review body and no review cycle", at: plan.location)])
        }
        var violations: [Violation] = []
        var evidence: [Evidence] = []
        if let body = review.body {
            let place = review.keyLocations["body"] ?? review.location
            if plan.agency(body) == nil {
                violations.append(Violation("the review body '\(body)' is not an agency of the plan", at: place))
            } else {
                evidence.append(Evidence("plan.review.body = \(body)", at: place))
            }
        } else {
            violations.append(Violation("the review names no body (such as the round-table)", at: review.location))
        }
        if let months = review.everyMonths {
            evidence.append(Evidence("plan.review.every_months = \(months)", at: review.keyLocations["every_months"]
                ?? review.location))
        } else {
            violations.append(Violation("the review gives no cycle ('every_months')", at: review.location))
        }
        return violations.isEmpty ? .satisfied(evidence) : .contradicted(violations, evidence: evidence)
    }

    /// Applies when the plan declares a review cycle; without one, `review-cycle` reports it.
    static let hasReviewCycle = Condition.custom(name: "has-review-cycle", facts: ["plan.review.every_months"]) {
        context in
        guard let review = context.plan.review, let months = review.everyMonths else {
            return .contradicted([Violation("the plan declares no review cycle", at: context.plan.location)])
        }
        return .satisfied([Evidence("plan.review.every_months = \(months)",
            at: review.keyLocations["every_months"] ?? review.location)])
    }

    static let reviewCurrent = Condition.custom(
        name: "review-current", facts: ["plan.review.last", "plan.review.every_months"]
    ) { context in
        guard let review = context.plan.review, let months = review.everyMonths else {
            return .undetermined(missing: ["plan.review.every_months"], at: context.plan.location)
        }
        guard let last = review.last else {
            return .undetermined(missing: ["plan.review.last"], at: review.location)
        }
        let place = review.keyLocations["last"] ?? review.location
        let evidence = [Evidence("plan.review.last = \(last), every \(months) months", at: place)]
        guard last <= context.asOf else {
            return .undetermined(missing: ["plan.review.last (a review on or before \(context.asOf))"], at: place,
                evidence: evidence)
        }
        let nextDue = last.adding(months: months)
        guard context.asOf <= nextDue else {
            return .contradicted([Violation("the last review was on \(last); with a review every \(months) months the next was due by \(nextDue), before \(context.asOf)",
                at: place)], evidence: evidence)
        }
        return .satisfied(evidence)
    }

    /// Applies when the review body is an agency of the plan; otherwise `review-cycle` reports it.
    static let hasReviewBody = Condition.custom(name: "has-review-body", facts: ["plan.review.body"]) { context in
        guard let body = context.plan.review?.body, let agency = context.plan.agency(body) else {
            return .contradicted([Violation("the plan names no review body among its agencies",
                at: context.plan.location)])
        }
        return .satisfied([Evidence("plan.review.body = \(body)", at: agency.location)])
    }

    static let ngoOnReviewBody = Condition.custom(name: "ngo-review", facts: ["plan.review.body", "agencies.members"]) {
        context in
        let plan = context.plan
        guard let body = plan.review?.body, let agency = plan.agency(body) else {
            return .undetermined(missing: ["plan.review.body"], at: plan.location)
        }
        guard !agency.members.isEmpty else {
            return .undetermined(missing: ["agencies[\(body)].members"], at: agency.location)
        }
        let ngos = agency.members.filter { plan.agency($0.value)?.isNGO == true }
        guard ngos.isEmpty else {
            return .satisfied(ngos.map { Evidence("\(body) member \($0.value) is an NGO", at: $0.location) })
        }
        return .contradicted([Violation("no member of the review body '\(body)' is an agency of type ngo",
            at: agency.keyLocations["members"] ?? agency.location)])
    }
}
