import ChildGuardianStandard
import NaptrackCore
import NaptrackStandards
import StandardTestSupport
import Testing

/// Every requirement of `child-guardian`, met by one small framework and contradicted by another.
@Suite struct RequirementVerdictTests {
    static let cases: [VerdictCase] = [
        VerdictCase("child-guardian:timing",
            met: "children: {guardian: {appointed_within_hours: 24}}",
            notMet: "children: {guardian: {appointed_within_hours: 48}}"),
        VerdictCase("child-guardian:independence",
            met: "children: {guardian: {independent: true, conflict_of_interest_rule: true}}",
            notMet: "children: {guardian: {independent: false, conflict_of_interest_rule: true}}"),
        VerdictCase("child-guardian:qualifications",
            met: "children: {guardian: {trained: true, supervised: true}}",
            notMet: "children: {guardian: {trained: true, supervised: false}}"),
        VerdictCase("child-guardian:caseload",
            met: "children: {guardian: {max_caseload: 20}}", notMet: "children: {guardian: {max_caseload: 35}}"),
        VerdictCase("child-guardian:duration",
            met: "children: {guardian: {until: durable-solution}}", notMet: "children: {guardian: {until: majority}}"),
        VerdictCase("child-guardian:best-interests",
            met: "children: {best_interests: {assessment: true, determination: true}}",
            notMet: "children: {best_interests: {assessment: true, determination: false}}"),
        VerdictCase("child-guardian:age",
            met: "children: {age_presumption: true}", notMet: "children: {age_presumption: false}"),
        VerdictCase("child-guardian:age-assessment",
            met: """
                children:
                  age_assessment: {multidisciplinary: true, benefit_of_doubt: true, guardian_present: true,
                                   appeal: true, detention_during: false}
                """,
            notMet: """
                children:
                  age_assessment: {multidisciplinary: true, benefit_of_doubt: true, guardian_present: true,
                                   appeal: true, detention_during: true}
                """),
        VerdictCase("child-guardian:identity-family-tracing",
            met: "children: {identity_procedure: true, family_tracing: true}",
            notMet: "children: {identity_procedure: true, family_tracing: false}"),
        VerdictCase("child-guardian:participation",
            met: "children: {participation: true}", notMet: "children: {participation: false}"),
        VerdictCase("child-guardian:proceedings",
            met: "children: {child_friendly_proceedings: true}", notMet: "children: {child_friendly_proceedings: false}"),
        VerdictCase("child-guardian:return",
            met: "children: {return: {risk_assessment: true}}", notMet: "children: {return: {risk_assessment: false}}"),
        VerdictCase("child-guardian:voluntary-return",
            met: "children: {return: {voluntary_only: true, family_assessment: true}}",
            notMet: "children: {return: {voluntary_only: false, family_assessment: true}}"),
        VerdictCase("child-guardian:durable-solution",
            met: "children: {durable_solution_procedure: true}", notMet: "children: {durable_solution_procedure: false}"),
        VerdictCase("child-guardian:detention-ban",
            met: "children: {detention_prohibited: true}", notMet: "children: {detention_prohibited: false}"),
        VerdictCase("child-guardian:privacy",
            met: "children: {identity_non_disclosure: true}", notMet: "children: {identity_non_disclosure: false}"),
        VerdictCase("child-guardian:immediate-care",
            met: "children: {specialised_shelters: true}", notMet: "children: {specialised_shelters: false}"),
        VerdictCase("child-guardian:prevention",
            met: "prevention: {child_specific: true}", notMet: "prevention: {child_specific: false}"),
        VerdictCase("child-guardian:residence",
            met: "residence_permit: {child_best_interests: true}", notMet: "residence_permit: {child_best_interests: false}"),
    ]

    let harness = StandardHarness(ChildGuardian.standard)

    @Test func everyRequirementHasARow() {
        let tested = Set(Self.cases.map(\.id))
        #expect(tested == Set(ChildGuardian.standard.requirements.map(\.id)))
        #expect(tested.count == Self.cases.count, "a requirement has two rows")
    }

    @Test(arguments: cases) func metWhenTheFactsSatisfyIt(_ row: VerdictCase) throws {
        let result = try harness.result(row.id, framework: row.met)
        #expect(result.problemsAsMet(in: "test.yaml") == [])
    }

    @Test(arguments: cases) func notMetWhenTheFactsContradictIt(_ row: VerdictCase) throws {
        let result = try harness.result(row.id, framework: row.notMet)
        #expect(result.problemsAsNotMet(in: "test.yaml") == [])
        // Each fixture contradicts the requirement through the fact on its last line.
        let lastLine = 10 + row.notMet.split(separator: "\n").count
        #expect(result.findings.map(\.location.line).allSatisfy { $0 >= 11 && $0 <= lastLine }, "\(result.findings)")
    }
}
