import Foundation
import NaptrackCore
import NaptrackReports
import NaptrackStandards
import Testing

/// A small workspace checked against a two-requirement standard, for the renderer tests.
enum ComplianceReportFixture {
    static let planYAML = """
        naptrack: 1
        plan:
          id: demo-plan
          title: Demo plan
          jurisdiction: EX
          period: {start: 2026-01-01, end: 2026-12-31}
          currency: EUR
        agencies:
          - {id: coord, name: Coordinator, type: government}
        framework:
          reflection_period: {days: 10}
          children: {guardian: {independent: false}}
        objectives:
          - id: O1
            title: Protection
            activities:
              - {id: A1, title: Amend the law, lead: coord, start: 2026-01-01, due: 2026-06-30,
                 budget: {amount: 1200.50}, addresses: [demo:guardian]}
        """

    static let configurationYAML = """
        naptrack: 1
        waivers:
          - {requirement: demo:reflection, reason: "Bill | before parliament", approved_by: round-table, expires: 2026-12-31}
          - {requirement: demo:hotline, reason: Old, approved_by: round-table, expires: 2026-01-31}
        """

    static let standard = CatalogStandard(
        id: "demo", title: "Demo standard", version: "2", source: "Test source", summary: "A standard for tests.",
        requirements: [
            Requirement(
                id: "demo:reflection", title: "Reflection period of 30 days", reference: "Art. 13(1)",
                modality: .binding, rationale: "Victims need time.", remedy: "Extend the period.",
                check: .fact("reflection_period.days", .atLeast(.value(30)))),
            Requirement(
                id: "demo:guardian", title: "Guardians are independent", reference: "Art. 10(4)",
                modality: .qualified, rationale: "Children need an advocate.", remedy: "Make guardians independent.",
                check: .fact("children.guardian.independent", .isTrue)),
            Requirement(
                id: "demo:budget", title: "Activities are costed", reference: "Ch. 5", modality: .guidance,
                rationale: "Money matters.", remedy: "Cost them.", check: .everyActivity(.anyActivity, has: .budget)),
        ])

    static var asOf: CalendarDate { CalendarDate(iso: "2026-06-30") ?? CalendarDate(dayNumber: 0) }

    static func report() throws -> ComplianceReport {
        let loader = DocumentLoader()
        let (planDocument, planDiagnostics) = loader.load(bytes: Array(planYAML.utf8), file: "plans/demo.yaml")
        let (configDocument, _) = loader.load(bytes: Array(configurationYAML.utf8), file: "plans/naptrack.yaml")
        guard case .plan(let plan)? = planDocument, case .configuration(let configuration)? = configDocument else {
            throw ReportFixtureError.notLoaded
        }
        let extra = Diagnostic(.warning, "unknown key 'deu' in an activity; did you mean 'due'?", rule: .unknownKey,
            at: SourceLocation(file: "plans/demo.yaml", line: 18, column: 9))
        let workspace = Workspace(plans: [plan], configuration: configuration, diagnostics: planDiagnostics + [extra],
            files: ["plans/demo.yaml", "plans/naptrack.yaml"])
        let compliance = WorkspaceCompliance(
            workspace: workspace, engine: ComplianceEngine(registry: StandardRegistry([standard])),
            selection: StandardSelection(), asOf: asOf)
        return ComplianceReport(workspace: workspace, compliance: compliance)
    }

    /// The JSON text parsed into Foundation objects.
    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}

enum ReportFixtureError: Error { case notLoaded }
