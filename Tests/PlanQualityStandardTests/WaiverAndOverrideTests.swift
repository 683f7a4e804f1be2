import Foundation
import NaptrackCore
import NaptrackStandards
import PlanQualityStandard
import Testing

/// Waivers and severity overrides from `naptrack.yaml` acting on `plan-quality`, and the checks on
/// what the configuration names.
@Suite struct WaiverAndOverrideTests {
    typealias F = PlanQualityFixtures

    func configuration(_ yaml: String) throws -> Configuration {
        let (document, diagnostics) = DocumentLoader().load(bytes: Array(("naptrack: 1\n" + yaml).utf8), file: "naptrack.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        guard case .configuration(let configuration)? = document else { throw FixtureError.notAPlan("naptrack.yaml") }
        return configuration
    }

    func check(_ configurationYAML: String, asOf: String = "2026-06-30", requested: [String] = []) throws
        -> WorkspaceCompliance
    {
        let workspace = Workspace(
            plans: [try F.plan(named: "weak-plan")], configuration: try configuration(configurationYAML))
        return WorkspaceCompliance(
            workspace: workspace, engine: ComplianceEngine(registry: StandardRegistry([PlanQuality.standard])),
            selection: StandardSelection(requested: requested), asOf: try #require(CalendarDate(iso: asOf)))
    }

    static let waivers = """
        waivers:
          - requirement: plan-quality:coordinator
            plan: weak-plan
            reason: Coordinator to be appointed by decree in September
            approved_by: round-table
            expires: 2026-12-31
          - requirement: plan-quality:pillars
            reason: Unused, the rule is met nowhere but the plan is not this one
            plan: other-plan
            approved_by: round-table
            expires: 2026-12-31
        """

    @Test func waiverInForceKeepsTheRequirementVisibleAsWaived() throws {
        let compliance = try check(Self.waivers)
        let plan = try #require(compliance.plans.first)
        let result = try plan.result("plan-quality:coordinator")
        #expect(result.status == .waived)
        #expect(result.assessedStatus == .notMet)
        #expect(result.waiver?.reason == "Coordinator to be appointed by decree in September")
        #expect(result.findings.isEmpty)
        #expect(result.suppressedFindings.map { "\($0.location.line):\($0.location.column)" } == ["4:3"])
        #expect(!compliance.findings.contains { $0.rule.rawValue == "plan-quality:coordinator" })
        #expect(compliance.waiverAudit.map(\.rule.rawValue) == ["waiver-unused"])
        #expect(compliance.waiverAudit.first?.location.line == 8)
    }

    @Test func expiredWaiverStopsApplyingAndIsReported() throws {
        let compliance = try check(Self.waivers, asOf: "2027-01-01")
        let plan = try #require(compliance.plans.first)
        #expect(try plan.result("plan-quality:coordinator").status == .notMet)
        #expect(compliance.findings.contains { $0.rule.rawValue == "plan-quality:coordinator" })
        let audit = compliance.waiverAudit.map { "\($0.rule.rawValue)@\($0.location.line)" }
        #expect(audit == ["waiver-expired@3", "waiver-expired@8"])
    }

    @Test func severityOverridesRaiseLowerOrSilence() throws {
        let compliance = try check("""
            severity:
              plan-quality:funding-gap: error
              plan-quality:health: off
              plan-quality: note
            """)
        let plan = try #require(compliance.plans.first)
        #expect(try plan.result("plan-quality:funding-gap").findings.map(\.severity) == [.error])
        let health = try plan.result("plan-quality:health")
        #expect(health.status == .notMet)
        #expect(health.findings.isEmpty)
        #expect(try plan.result("plan-quality:lead").findings.map(\.severity) == [.note])
        #expect(compliance.diagnostics.isEmpty)
    }

    @Test func unknownNamesInTheConfigurationAreWarnedAboutWithASuggestion() throws {
        let compliance = try check("""
            standards: [plan-qualty]
            severity:
              plan-quality:indicatr: warning
              osce-nrm: note
            waivers:
              - {requirement: plan-quality:leed, reason: r, approved_by: a, expires: 2027-01-01}
            """)
        let messages = compliance.diagnostics.map(\.message)
        #expect(compliance.diagnostics.allSatisfy { $0.severity == .warning && $0.rule == .reference })
        #expect(messages.count == 4)
        #expect(messages.contains { $0.contains("'plan-qualty'") && $0.contains("did you mean 'plan-quality'?") })
        #expect(messages.contains { $0.contains("'plan-quality:indicatr'") && $0.contains("did you mean 'plan-quality:indicator'?") })
        #expect(messages.contains { $0.contains("'osce-nrm'") && $0.contains("neither a standard nor a requirement") })
        #expect(messages.contains { $0.contains("'plan-quality:leed'") && $0.contains("did you mean 'plan-quality:lead'?") })
        #expect(compliance.diagnostics.allSatisfy { $0.location.line > 0 })
    }

    @Test func standardsComeFromFlagsThenPlanThenConfigurationThenAll() throws {
        let registry = StandardRegistry([PlanQuality.standard, CatalogStandard(
            id: "other", title: "Other", version: "1", source: "test", requirements: [])])
        var plan = try F.plan(named: "weak-plan")
        let configuration = try configuration("standards: [other]")
        func ids(_ requested: [String], _ configuration: Configuration?) -> [String] {
            StandardSelection(requested: requested).standards(for: plan, configuration: configuration, registry: registry).ids
        }
        #expect(ids([], nil) == ["plan-quality", "other"])
        #expect(ids([], configuration) == ["other"])
        plan.standards = [Located("plan-quality", at: plan.location), Located("missing", at: plan.location)]
        #expect(ids([], configuration) == ["plan-quality"])
        #expect(ids(["other"], configuration) == ["other"])
        let warnings = StandardSelection().standards(for: plan, configuration: nil, registry: registry).diagnostics
        #expect(warnings.map(\.message) == [
            "plan 'weak-plan' asks for standard 'missing', which this build of naptrack does not include; it is not checked"
        ])
    }
}
