import Foundation

/// Checks what a plan says against itself: ids are unique, references resolve, dates are in
/// order and inside the plan period.
public struct PlanValidator: Sendable {
    /// Requirement ids that `addresses:` may name; `nil` skips that check.
    public var knownRequirements: Set<String>?

    public init(knownRequirements: Set<String>? = nil) {
        self.knownRequirements = knownRequirements
    }

    /// Every problem found in `plan`, in plan order.
    public func validate(_ plan: Plan) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func report(_ severity: Severity, _ message: String, _ rule: RuleID, _ location: SourceLocation) {
            diagnostics.append(Diagnostic(severity, message, rule: rule, at: location))
        }
        let agencyIDs = Set(plan.agencies.map(\.id))
        func checkAgency(_ id: String, _ role: String, _ location: SourceLocation) {
            guard !agencyIDs.contains(id) else { return }
            var message = "\(role) names '\(id)', which is not an agency of the plan"
            if let hint = Suggestion.nearest(to: id, among: agencyIDs.sorted()) { message += "; did you mean '\(hint)'?" }
            report(.error, message, .reference, location)
        }

        checkUnique(plan.agencies.map { ($0.id, $0.location) }, kind: "agency", into: &diagnostics)
        checkUnique(plan.allObjectives.map { ($0.id, $0.location) }, kind: "objective", into: &diagnostics)
        let activities = plan.activities
        checkUnique(activities.map { ($0.id, $0.location) }, kind: "activity", into: &diagnostics)
        checkUnique(activities.flatMap(\.milestones).map { ($0.id, $0.location) }, kind: "milestone", into: &diagnostics)

        if let coordinator = plan.coordinator {
            checkAgency(coordinator, "the plan's coordinator", plan.location(of: "coordinator"))
        }
        if let body = plan.review?.body, let review = plan.review {
            checkAgency(body, "the review body", review.keyLocations["body"] ?? review.location)
        }
        for agency in plan.agencies {
            for member in agency.members { checkAgency(member.value, "agency '\(agency.id)' has a member that", member.location) }
        }
        checkFramework(plan.framework.facts, fields: FactVocabulary.fields, prefix: "") { id, path, location in
            checkAgency(id, "framework fact '\(path)'", location)
        }

        for activity in activities {
            let name = "activity '\(activity.id)'"
            if let lead = activity.lead { checkAgency(lead, "\(name) lead", activity.location(of: "lead")) }
            for partner in activity.partners { checkAgency(partner.value, "\(name) partner", partner.location) }
            checkUnique(activity.indicators.map { ($0.id, $0.location) }, kind: "indicator in \(name)", into: &diagnostics)
            if let start = activity.start, let due = activity.due, due < start {
                report(.error, "\(name) is due \(due) before it starts \(start)", .dateOrder, activity.location(of: "due"))
            }
            if let period = plan.period {
                for (key, date) in [("start", activity.start), ("due", activity.due)] {
                    guard let date, !period.contains(date) else { continue }
                    report(.warning, "\(name) \(key) \(date) is outside the plan period \(period.start) to \(period.end)",
                        .period, activity.location(of: key))
                }
                for milestone in activity.milestones {
                    guard let due = milestone.due, !period.contains(due) else { continue }
                    report(.warning, "milestone '\(milestone.id)' is due \(due), outside the plan period", .period,
                        milestone.keyLocations["due"] ?? milestone.location)
                }
            }
            if let budget = activity.budget, let amount = budget.amount {
                let currency = budget.currency ?? plan.currency
                let sameCurrency = budget.sources.filter { ($0.currency ?? currency) == currency }
                let funded = sameCurrency.compactMap(\.amount).reduce(Decimal(0), +)
                if funded > amount {
                    report(.warning, "\(name) funding sources add up to \(funded) \(currency), more than its budget of \(amount)",
                        .amount, budget.keyLocations["sources"] ?? budget.location)
                }
            }
            for requirement in activity.addresses {
                checkRequirementID(requirement, activity: name, into: &diagnostics)
            }
        }
        return diagnostics
    }

    private func checkRequirementID(_ requirement: Located<String>, activity: String, into diagnostics: inout [Diagnostic]) {
        let parts = requirement.value.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            diagnostics.append(Diagnostic(.warning, "\(activity) addresses '\(requirement.value)', which is not a requirement id of the form standard:requirement",
                rule: .reference, at: requirement.location))
            return
        }
        guard let known = knownRequirements, !known.contains(requirement.value) else { return }
        var message = "\(activity) addresses '\(requirement.value)', which no loaded standard defines"
        if let hint = Suggestion.nearest(to: requirement.value, among: known.sorted()) { message += "; did you mean '\(hint)'?" }
        diagnostics.append(Diagnostic(.warning, message, rule: .reference, at: requirement.location))
    }

    private func checkUnique(_ items: [(String, SourceLocation)], kind: String, into diagnostics: inout [Diagnostic]) {
        var first: [String: SourceLocation] = [:]
        for (id, location) in items where !id.isEmpty {
            if let earlier = first[id] {
                diagnostics.append(Diagnostic(.error, "duplicate \(kind) id '\(id)'; it was first used at line \(earlier.line), column \(earlier.column)",
                    rule: .duplicateID, at: location))
            } else {
                first[id] = location
            }
        }
    }

    /// Calls `check` for every agency reference among the framework facts.
    private func checkFramework(
        _ facts: [String: Fact], fields: [FactField], prefix: String,
        _ check: (String, String, SourceLocation) -> Void
    ) {
        for field in fields {
            guard let fact = facts[field.key] else { continue }
            let path = prefix.isEmpty ? field.key : prefix + "." + field.key
            switch (field.type, fact.value) {
            case (.agency, .text(let id)): check(id, path, fact.location)
            case (.agencies, .list(let items)):
                for item in items { if case .text(let id) = item.value { check(id, path, item.location) } }
            case (.record(let children), .record(let values)): checkFramework(values, fields: children, prefix: path, check)
            case (.records(let children), .list(let items)):
                for item in items {
                    if case .record(let values) = item.value { checkFramework(values, fields: children, prefix: path, check) }
                }
            default: break
            }
        }
    }
}
