import NaptrackCore
import NaptrackStandards
import ReferralMechanismStandard
import StandardTestSupport
import Testing

/// Every requirement of `osce-nrm`, met by one small framework and contradicted by another.
@Suite struct RequirementVerdictTests {
    static let ngo = "- {id: ngo1, name: Shelter NGO, type: ngo}"

    static let cases: [VerdictCase] = [
        VerdictCase("osce-nrm:definition",
            met: """
                coordination: {coordinator: {agency: coord}}
                cooperation_agreements: [{parties: [coord, ngo1], kind: mou}]
                """,
            notMet: """
                coordination: {coordinator: {agency: ngo1}}
                cooperation_agreements: [{parties: [coord, ngo1], kind: mou}]
                """,
            agencies: ngo),
        VerdictCase("osce-nrm:legal-basis",
            met: "coordination: {legal_basis: decree}", notMet: "coordination: {legal_basis: none}"),
        VerdictCase("osce-nrm:needs-assessment",
            met: "coordination: {needs_assessment: 2024}", notMet: "coordination: {needs_assessment: 2015}"),
        VerdictCase("osce-nrm:coordinator",
            met: "coordination: {coordinator: {agency: coord, level: ministerial, mandate: true, budget: true}}",
            notMet: "coordination: {coordinator: {agency: coord, level: technical, mandate: true, budget: true}}"),
        VerdictCase("osce-nrm:round-table",
            met: "coordination: {round_table: {agency: coord, meets_every_months: 3, includes_ngos: true}}",
            notMet: "coordination: {round_table: {agency: coord, meets_every_months: 3, includes_ngos: false}}"),
        VerdictCase("osce-nrm:working-groups",
            met: "coordination: {working_groups: [{topic: children, lead: coord}]}",
            notMet: "coordination: {working_groups: []}"),
        VerdictCase("osce-nrm:mou",
            met: "cooperation_agreements: [{parties: [coord], kind: mou, covers: [roles, referral, data-protection]}]",
            notMet: "cooperation_agreements: [{parties: [coord], kind: mou, covers: [roles, data-protection]}]"),
        VerdictCase("osce-nrm:civil-society",
            met: "identification: {joint_state_ngo: true}\nassistance: {ngo_providers: [ngo1]}",
            notMet: "identification: {joint_state_ngo: true}\nassistance: {ngo_providers: []}",
            agencies: ngo),
        .flag("osce-nrm:survivor-participation", "coordination.survivor_participation"),
        .flag("osce-nrm:identification-guidelines", "identification.guidelines"),
        VerdictCase("osce-nrm:referral",
            met: "referral: {sop: true, focal_point: coord}", notMet: "referral: {sop: false, focal_point: coord}"),
        .flag("osce-nrm:quality-standards", "assistance.standards_of_care"),
        VerdictCase("osce-nrm:reflection-period",
            met: "reflection_period: {days: 30, conditional_on_cooperation: false}",
            notMet: "reflection_period: {days: 20, conditional_on_cooperation: false}"),
        VerdictCase("osce-nrm:residence",
            met: "residence_permit: {renewable: true, grounds: [personal-situation, cooperation]}",
            notMet: "residence_permit: {renewable: true, grounds: [cooperation]}"),
        VerdictCase("osce-nrm:risk-assessment",
            met: "assistance: {risk_assessment: [identification, support, pre-return]}",
            notMet: "assistance: {risk_assessment: [identification]}"),
        .flag("osce-nrm:informed-consent", "assistance.informed_consent"),
        .flag("osce-nrm:non-conditionality", "assistance.conditional_on_cooperation", expected: false),
        VerdictCase("osce-nrm:data-protection",
            met: "data_protection: {legal_basis: \"Data Act 2019\", confidentiality_rules: true}",
            notMet: "data_protection: {legal_basis: \"Data Act 2019\", confidentiality_rules: false}"),
        VerdictCase("osce-nrm:non-punishment", met: "non_punishment: statutory", notMet: "non_punishment: guidance"),
        VerdictCase("osce-nrm:victim-support",
            met: "assistance: {services: [accommodation, material, medical, psychological, legal, counselling]}",
            notMet: "assistance: {services: [accommodation, material, medical, psychological]}"),
        VerdictCase("osce-nrm:child-protection",
            met: "referral: {child_procedures: true}\nchildren: {best_interests: {assessment: true}}",
            notMet: "referral: {child_procedures: false}\nchildren: {best_interests: {assessment: true}}"),
        VerdictCase("osce-nrm:social-inclusion",
            met: "assistance: {services: [education, vocational, employment]}",
            notMet: "assistance: {services: [education]}"),
        VerdictCase("osce-nrm:return-reintegration",
            met: "return: {voluntary: true, risk_assessment: true, reintegration_support: true}",
            notMet: "return: {voluntary: true, risk_assessment: false, reintegration_support: true}"),
        VerdictCase("osce-nrm:criminal-justice-redress",
            met: "remedies: {legal_assistance: true}\nprotection: {in_court_privacy: true}",
            notMet: "remedies: {legal_assistance: true}\nprotection: {in_court_privacy: false}"),
        VerdictCase("osce-nrm:compensation",
            met: "remedies: {compensation_from_offender: true, state_compensation: true}",
            notMet: "remedies: {compensation_from_offender: true, state_compensation: false}"),
        VerdictCase("osce-nrm:training",
            met: "training: [{audiences: [police, prosecutors]}, {audiences: [judges, social-workers]}]",
            notMet: "training: [{audiences: [police, judges]}]"),
        VerdictCase("osce-nrm:capacity-building",
            met: "training: [{audiences: [police], institutionalised: false}, {audiences: [judges], institutionalised: true}]",
            notMet: "training: [{audiences: [police], institutionalised: false}]"),
        VerdictCase("osce-nrm:monitoring-evaluation",
            met: "monitoring: {data_collection: true, independent_evaluation: true}",
            notMet: "monitoring: {data_collection: true, independent_evaluation: false}"),
        VerdictCase("osce-nrm:rapporteur",
            met: "coordination: {rapporteur: {agency: coord, independent: true}}",
            notMet: "coordination: {rapporteur: {agency: coord, independent: false}}"),
        VerdictCase("osce-nrm:funding",
            met: "funding: {ngo_services_regular: true, multi_year: true}",
            notMet: "funding: {ngo_services_regular: false, multi_year: true}"),
    ]

    let harness = StandardHarness(ReferralMechanism.standard)

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
