import NaptrackCore
import NaptrackStandards
import StandardTestSupport
import Testing

@Suite struct ComplianceEngineTests {
    let date = CalendarDate(iso: "2026-06-30")!

    let standard = CatalogStandard(
        id: "demo", title: "Demo", version: "1", source: "Test source",
        requirements: [
            Requirement(
                id: "demo:reflection", title: "Reflection period", reference: "Art. 13(1)", modality: .binding,
                rationale: "Victims need time to recover.", remedy: "Enact a reflection period.",
                check: .fact("reflection_period.days", .atLeast(.value(30)))),
            Requirement(
                id: "demo:guardian", title: "Guardian", reference: "Art. 10(4)", modality: .qualified,
                rationale: "Children need a guardian.", remedy: "Appoint guardians.",
                appliesWhen: .fact("scope.children", .isTrue),
                check: .fact("children.guardian.independent", .isTrue)),
        ])

    func evaluate(_ framework: String, objectives: String = "", configuration: Configuration? = nil) throws
        -> PlanCompliance
    {
        let plan = try loadPlan(framework: framework, objectives: objectives)
        let engine = ComplianceEngine(registry: StandardRegistry([standard]))
        return engine.evaluate(plan, standards: ["demo"], asOf: date, configuration: configuration)
    }

    func status(_ compliance: PlanCompliance, _ id: String) -> RequirementStatus? {
        compliance.standards.first?.results.first { $0.requirement.id == id }?.status
    }

    @Test func statusesAndScore() throws {
        let met = try evaluate("reflection_period: {days: 90}\nscope: {children: false}")
        #expect(status(met, "demo:reflection") == .met)
        #expect(status(met, "demo:guardian") == .notApplicable)
        #expect(met.standards.first?.score == 1.0)
        #expect(met.findings.isEmpty)

        let notMet = try evaluate("reflection_period: {days: 10}")
        #expect(status(notMet, "demo:reflection") == .notMet)
        #expect(status(notMet, "demo:guardian") == .unknown)
        #expect(notMet.standards.first?.score == 0)
        let errors = notMet.findings.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.rule.rawValue == "demo:reflection")
        #expect(errors.first?.location.line == 11)
    }

    @Test func partialWhenAnActivityAddressesIt() throws {
        let objectives = """
            - id: O1
              title: Law reform
              activities:
                - {id: A1, title: Draft the law, lead: coord, start: 2026-01-01, due: 2026-12-31,
                   addresses: [demo:reflection]}
            """
        let compliance = try evaluate("reflection_period: {days: 10}", objectives: objectives)
        #expect(status(compliance, "demo:reflection") == .partial)
        let finding = try #require(compliance.findings.first { $0.rule.rawValue == "demo:reflection" })
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("A1") && finding.message.contains("2026-12-31"))
        #expect(compliance.standards.first?.results.first?.activities.map(\.id) == ["A1"])
    }

    @Test func waiversApplyExpireAndAreAudited() throws {
        let file = "naptrack.yaml"
        var configuration = Configuration(file: file, location: .wholeFile(file))
        let place = SourceLocation(file: file, line: 3, column: 5)
        configuration.waivers = [
            Waiver(requirement: "demo:reflection", plan: "test-plan", reason: "Bill pending", approvedBy: "round-table",
                expires: CalendarDate(iso: "2026-12-31")!, location: place),
            Waiver(requirement: "demo:nothing", plan: nil, reason: "x", approvedBy: "y",
                expires: CalendarDate(iso: "2027-01-01")!, location: place),
        ]
        let waived = try evaluate("reflection_period: {days: 10}", configuration: configuration)
        #expect(status(waived, "demo:reflection") == .waived)
        #expect(waived.findings.filter { $0.rule.rawValue == "demo:reflection" }.isEmpty)
        #expect(waived.standards.first?.results.first?.suppressedFindings.count == 1)
        let audit = ComplianceEngine.auditWaivers(configuration, results: [waived], asOf: date)
        #expect(audit.map(\.rule.rawValue) == ["waiver-unused"])

        configuration.waivers[0].expires = CalendarDate(iso: "2026-01-31")!
        let expired = try evaluate("reflection_period: {days: 10}", configuration: configuration)
        #expect(status(expired, "demo:reflection") == .notMet)
        let expiredAudit = ComplianceEngine.auditWaivers(configuration, results: [expired], asOf: date)
        #expect(expiredAudit.map(\.rule.rawValue).contains("waiver-expired"))
    }

    @Test func severityOverridesChangeOrSilenceFindings() throws {
        let file = "naptrack.yaml"
        var configuration = Configuration(file: file, location: .wholeFile(file))
        configuration.severityOverrides = [SeverityOverride(target: "demo", severity: .note, location: .wholeFile(file))]
        let lowered = try evaluate("reflection_period: {days: 10}", configuration: configuration)
        #expect(lowered.findings.first { $0.rule.rawValue == "demo:reflection" }?.severity == .note)
        configuration.severityOverrides = [
            SeverityOverride(target: "demo:reflection", severity: nil, location: .wholeFile(file))
        ]
        let off = try evaluate("reflection_period: {days: 10}", configuration: configuration)
        #expect(off.findings.filter { $0.rule.rawValue == "demo:reflection" }.isEmpty)
        #expect(status(off, "demo:reflection") == .notMet)
    }
}
