import Foundation
import NaptrackCore

/// An activity as cited by a verdict: enough to draw the coverage matrix without the plan.
public struct ActivityReference: Sendable, Hashable {
    public var id: String
    public var title: String
    public var objective: String
    public var due: CalendarDate?
    /// The budget amount, in `currency`.
    public var budget: Decimal?
    public var currency: String
    public var location: SourceLocation
    /// How the activity is going, when a progress evaluation has attached it; `nil` otherwise.
    public var progress: ActivityProgress?

    public init(_ activity: Activity, planCurrency: String) {
        id = activity.id
        title = activity.title
        objective = activity.objective
        due = activity.due
        budget = activity.budget?.amount
        currency = activity.budget?.currency ?? planCurrency
        location = activity.location
    }
}

/// The verdict on one requirement for one plan, with everything it rests on.
public struct RequirementResult: Sendable {
    public var requirement: Requirement
    /// The status reported: `waived` when a waiver in force covers an unmet requirement.
    public var status: RequirementStatus
    /// The status the facts gave, before any waiver.
    public var assessedStatus: RequirementStatus
    /// The severity its findings carry, or `nil` when the configuration turned it off.
    public var severity: Severity?
    public var evidence: [Evidence]
    /// Activities whose `addresses:` name this requirement.
    public var activities: [ActivityReference]
    /// Facts the check needed that the plan does not declare.
    public var missingFacts: [String]
    /// Findings to report; empty when met, not applicable, turned off or waived.
    public var findings: [Diagnostic]
    /// Findings a waiver in force suppresses, kept so that every output can show them.
    public var suppressedFindings: [Diagnostic]
    public var waiver: Waiver?
}

/// The verdicts of one standard for one plan.
public struct StandardResult: Sendable {
    public var standardID: String
    public var title: String
    public var version: String
    public var source: String
    public var results: [RequirementResult]

    /// The share of applicable requirements met, a partial one counting half, rounded to two
    /// places; `nil` when no requirement applies. Waived and not-applicable ones are left out.
    public var score: Double? {
        let applicable = results.filter { $0.status != .notApplicable && $0.status != .waived }
        guard !applicable.isEmpty else { return nil }
        let points = applicable.reduce(0.0) { total, result in
            total + (result.status == .met ? 1 : result.status == .partial ? 0.5 : 0)
        }
        return (points / Double(applicable.count) * 100).rounded() / 100
    }

    /// How many requirements have each status.
    public var counts: [RequirementStatus: Int] {
        Dictionary(grouping: results, by: \.status).mapValues(\.count)
    }
}

/// Everything `check` found for one plan.
public struct PlanCompliance: Sendable {
    public var planID: String
    public var planTitle: String
    public var file: String
    public var asOf: CalendarDate
    public var standards: [StandardResult]

    /// All findings of all standards, sorted by location.
    public var findings: [Diagnostic] { standards.flatMap { $0.results.flatMap(\.findings) }.sorted() }
}
