import ChildGuardianStandard
import NaptrackCore
import NaptrackStandards
import StandardTestSupport
import Testing

/// Unknown, partial and not-applicable verdicts, and thresholds set in the configuration.
@Suite struct VerdictSemanticsTests {
    let harness = StandardHarness(ChildGuardian.standard)

    @Test func everyRequirementIsUnknownWhenNothingIsDeclared() throws {
        let results = try #require(harness.evaluate(try loadPlan())).results
        #expect(results.allSatisfy { $0.status == .unknown && $0.findings.count == 1 })
    }

    @Test func timingIsUnknownWhenTheDelayIsNotDeclared() throws {
        let result = try harness.result("child-guardian:timing",
            framework: "children: {guardian: {independent: true, trigger: identification}}")
        #expect(result.status == .unknown)
        #expect(result.missingFacts == ["children.guardian.appointed_within_hours"])
        #expect(result.findings.first?.message.contains("cannot tell, the plan does not declare "
            + "'children.guardian.appointed_within_hours'") == true)
    }

    @Test func everythingIsNotApplicableWhenChildrenAreOutOfScope() throws {
        let framework = """
            scope: {children: false}
            children: {age_presumption: false, detention_prohibited: false, guardian: {appointed_within_hours: 500}}
            prevention: {child_specific: false}
            """
        let results = try #require(harness.evaluate(try loadPlan(framework: framework))).results
        for result in results {
            #expect(result.status == .notApplicable, "\(result.requirement.id)")
            #expect(result.findings.isEmpty)
            #expect(result.evidence.first?.location.line == 11)
        }
    }

    @Test func returnRulesAreNotApplicableWithoutForeignVictims() throws {
        let framework = """
            scope: {children: true, non_nationals: false}
            children: {detention_prohibited: false, age_presumption: false, return: {risk_assessment: false}}
            """
        let results = try #require(harness.evaluate(try loadPlan(framework: framework))).results
        let statuses = Dictionary(uniqueKeysWithValues: results.map { ($0.requirement.id, $0.status) })
        for id in ["child-guardian:return", "child-guardian:voluntary-return", "child-guardian:detention-ban",
            "child-guardian:residence"]
        {
            #expect(statuses[id] == .notApplicable, "\(id)")
        }
        #expect(statuses["child-guardian:age"] == .notMet)
    }

    @Test func appointmentLimitComesFromTheConfiguration() throws {
        let framework = "children: {guardian: {appointed_within_hours: 72}}"
        let strict = try harness.result("child-guardian:timing", framework: framework)
        #expect(strict.status == .notMet)
        #expect(strict.findings.first?.message.contains("'children.guardian.appointed_within_hours' is 72; "
            + "it needs to be at most 24") == true)
        #expect(strict.findings.first?.location.line == 11)
        let agreed = configuration(thresholds: ["child-guardian:appointment_hours": 72])
        #expect(try harness.result("child-guardian:timing", framework: framework, configuration: agreed).status == .met)
        let tighter = configuration(thresholds: ["child-guardian:appointment_hours": 12])
        let tight = try harness.result("child-guardian:timing",
            framework: "children: {guardian: {appointed_within_hours: 24}}", configuration: tighter)
        #expect(tight.status == .notMet)
    }

    @Test func caseloadLimitComesFromTheConfiguration() throws {
        let framework = "children: {guardian: {max_caseload: 35}}"
        #expect(try harness.result("child-guardian:caseload", framework: framework).status == .notMet)
        let agreed = configuration(thresholds: ["child-guardian:max_caseload": 40])
        #expect(try harness.result("child-guardian:caseload", framework: framework, configuration: agreed).status
            == .met)
    }

    @Test func partialWhenAnActivityAddressesIt() throws {
        let objectives = """
            - id: O1
              title: Guardianship
              activities:
                - {id: A1, title: Amend the guardianship regulation, lead: coord, start: 2026-01-01,
                   due: 2026-12-31, addresses: [child-guardian:timing]}
            """
        let framework = "children: {guardian: {appointed_within_hours: 72}}"
        let result = try harness.result("child-guardian:timing", framework: framework, objectives: objectives)
        #expect(result.status == .partial)
        #expect(result.findings.first?.severity == .note)
        // A government that treats the limit as binding raises it to an error; work under way lowers it one step.
        var binding = configuration(thresholds: [:])
        binding.severityOverrides = [SeverityOverride(target: "child-guardian:timing", severity: .error,
            location: .wholeFile("naptrack.yaml"))]
        let raised = try harness.result("child-guardian:timing", framework: framework, objectives: objectives,
            configuration: binding)
        #expect(raised.findings.first?.severity == .warning)
        #expect(raised.findings.first?.message.contains("activity 'A1' (due 2026-12-31) addresses it") == true)
    }
}
