import Foundation
import NaptrackCore

/// Evaluates plans against standards and applies the configuration: severity overrides and
/// waivers. The same engine serves built-in standards, plugin modules and rule packs.
public struct ComplianceEngine: Sendable {
    public var registry: StandardRegistry

    public init(registry: StandardRegistry) {
        self.registry = registry
    }

    /// Evaluates `plan` against the standards with `standardIDs` (ids not registered are skipped;
    /// check them with `unknownStandards` first).
    public func evaluate(
        _ plan: Plan, standards standardIDs: [String], asOf: CalendarDate, configuration: Configuration?
    ) -> PlanCompliance {
        let context = EvaluationContext(plan: plan, asOf: asOf, configuration: configuration)
        let results = standardIDs.compactMap { registry.standard($0) }.map { standard in
            StandardResult(
                standardID: standard.id, title: standard.title, version: standard.version, source: standard.source,
                results: standard.requirements.map { evaluate($0, in: context) })
        }
        return PlanCompliance(planID: plan.id, planTitle: plan.title, file: plan.file, asOf: asOf, standards: results)
    }

    /// The ids among `ids` that no registered standard has.
    public func unknownStandards(_ ids: [String]) -> [String] { ids.filter { registry.standard($0) == nil } }

    /// Evaluates one requirement: applicability, the check, work under way, then configuration.
    public func evaluate(_ requirement: Requirement, in context: EvaluationContext) -> RequirementResult {
        let plan = context.plan
        let addressing = context.activities(addressing: requirement.id)
        var result = RequirementResult(
            requirement: requirement, status: .unknown, assessedStatus: .unknown,
            severity: requirement.modality.defaultSeverity, evidence: [],
            activities: addressing.map { ActivityReference($0, planCurrency: plan.currency) },
            missingFacts: [], findings: [], suppressedFindings: [], waiver: nil)

        if let applicability = requirement.appliesWhen?.evaluate(in: context), applicability.truth == .contradicted {
            result.status = .notApplicable
            result.assessedStatus = .notApplicable
            result.evidence = applicability.evidence
            return result
        }
        let outcome = requirement.check.evaluate(in: context)
        result.evidence = outcome.evidence
        result.missingFacts = outcome.missingFacts
        switch outcome.truth {
        case .satisfied: result.status = .met
        case .contradicted: result.status = addressing.isEmpty ? .notMet : .partial
        case .undetermined: result.status = .unknown
        }
        result.assessedStatus = result.status

        let override = context.configuration?.severityOverride(for: requirement.id)
        if let override { result.severity = override.severity }
        guard let severity = result.severity else { return result }
        let findings = findings(for: result, outcome: outcome, addressing: addressing, severity: severity,
            context: context)

        if result.status != .met,
            let waiver = context.configuration?.waivers.first(where: {
                $0.covers(requirement: requirement.id, plan: plan.id) && $0.isInForce(on: context.asOf)
            })
        {
            result.status = .waived
            result.waiver = waiver
            result.suppressedFindings = findings
        } else {
            result.findings = findings
        }
        return result
    }

    private func findings(
        for result: RequirementResult, outcome: Outcome, addressing: [Activity], severity: Severity,
        context: EvaluationContext
    ) -> [Diagnostic] {
        let requirement = result.requirement
        let rule = RuleID(rawValue: requirement.id)
        let framework = outcome.anchor ?? context.plan.framework.location
        let lower: Severity = severity == .error ? .warning : .note
        switch result.status {
        case .notMet:
            let violations = outcome.violations.isEmpty
                ? [Violation("the plan does not show it is met", at: framework)] : outcome.violations
            return violations.map {
                Diagnostic(severity, "\(requirement.title): \($0.message) (\(requirement.reference))", rule: rule,
                    at: $0.location)
            }
        case .partial:
            let work = addressing.map { activity in
                "activity '\(activity.id)'" + (activity.due.map { " (due \($0))" } ?? "")
            }.joined(separator: ", ")
            let location = outcome.violations.first?.location ?? addressing[0].location
            return [Diagnostic(lower, "\(requirement.title): not met yet; \(work) addresses it (\(requirement.reference))",
                rule: rule, at: location)]
        case .unknown:
            let facts = outcome.missingFacts.isEmpty ? requirement.facts : outcome.missingFacts
            return [Diagnostic(lower, "\(requirement.title): cannot tell, the plan does not declare \(facts.map { "'\($0)'" }.joined(separator: ", ")) (\(requirement.reference))",
                rule: rule, at: framework)]
        case .met, .notApplicable, .waived:
            return []
        }
    }

    /// Problems with the waivers themselves: expired ones (which no longer apply) and ones that
    /// match no requirement evaluated for any plan.
    public static func auditWaivers(
        _ configuration: Configuration?, results: [PlanCompliance], asOf: CalendarDate
    ) -> [Diagnostic] {
        guard let configuration else { return [] }
        var diagnostics: [Diagnostic] = []
        for waiver in configuration.waivers {
            let matches = results.filter { waiver.plan == nil || waiver.plan == $0.planID }.flatMap { plan in
                plan.standards.flatMap(\.results).filter { $0.requirement.id == waiver.requirement }
            }
            if !waiver.isInForce(on: asOf) {
                diagnostics.append(Diagnostic(.warning, "the waiver for '\(waiver.requirement)' expired on \(waiver.expires) and no longer applies; renew it with a new decision or meet the requirement",
                    rule: "waiver-expired", at: waiver.location))
            } else if matches.isEmpty {
                let scope = waiver.plan.map { " in plan '\($0)'" } ?? ""
                diagnostics.append(Diagnostic(.warning, "the waiver for '\(waiver.requirement)'\(scope) matches no requirement that was checked",
                    rule: "waiver-unused", at: waiver.location))
            } else if matches.allSatisfy({ $0.assessedStatus == .met || $0.assessedStatus == .notApplicable }) {
                diagnostics.append(Diagnostic(.note, "the waiver for '\(waiver.requirement)' is no longer needed: the requirement is met",
                    rule: "waiver-unused", at: waiver.location))
            }
        }
        return diagnostics
    }
}
