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
        .flag("child-guardian:age", "children.age_presumption"),
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
            met: "children: {identity_and_nationality: true, family_tracing: true}",
            notMet: "children: {identity_and_nationality: true, family_tracing: false}"),
        .flag("child-guardian:participation", "children.participation"),
        .flag("child-guardian:proceedings", "children.child_friendly_proceedings"),
        .flag("child-guardian:return", "children.return.risk_assessment"),
        VerdictCase("child-guardian:voluntary-return",
            met: "children: {return: {voluntary_only: true, family_assessment: true}}",
            notMet: "children: {return: {voluntary_only: false, family_assessment: true}}"),
        .flag("child-guardian:durable-solution", "children.durable_solution_procedure"),
        .flag("child-guardian:detention-ban", "children.detention_prohibited"),
        .flag("child-guardian:privacy", "children.identity_non_disclosure"),
        .flag("child-guardian:immediate-care", "children.specialised_shelters"),
        .flag("child-guardian:prevention", "prevention.child_specific"),
        .flag("child-guardian:residence", "residence_permit.child_best_interests"),
    ]

    let harness = StandardHarness(ChildGuardian.standard)

    @Test func everyRequirementHasARow() {
        #expect(harness.coverageProblems(of: Self.cases) == [])
    }

    @Test(arguments: cases) func metWhenTheFactsSatisfyIt(_ row: VerdictCase) throws {
        #expect(try harness.metProblems(row) == [])
    }

    @Test(arguments: cases) func notMetWhenTheFactsContradictIt(_ row: VerdictCase) throws {
        #expect(try harness.notMetProblems(row) == [])
    }
}
