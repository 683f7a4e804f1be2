import NaptrackCore
import NaptrackStandards
import ReferralMechanismStandard
import StandardTestSupport
import Testing

/// Unknown, partial and not-applicable verdicts, thresholds, and the checks written in Swift.
@Suite struct VerdictSemanticsTests {
    let harness = StandardHarness(ReferralMechanism.standard)

    @Test func everyRequirementIsUnknownWhenNothingIsDeclared() throws {
        let plan = try loadPlan()
        let results = try #require(harness.evaluate(plan)).results
        for result in results {
            #expect(result.status == .unknown, "\(result.requirement.id)")
            #expect(!result.missingFacts.isEmpty, "\(result.requirement.id)")
            let finding = try #require(result.findings.first)
            #expect(finding.severity == .note || finding.severity == .warning)
            #expect(finding.message.contains("cannot tell"))
            #expect(finding.location == plan.framework.location)
        }
    }

    @Test func unknownNamesOnlyTheMissingFact() throws {
        let result = try harness.result("osce-nrm:return-reintegration",
            framework: "return: {voluntary: true, reintegration_support: true}")
        #expect(result.status == .unknown)
        #expect(result.missingFacts == ["return.risk_assessment"])
    }

    @Test func partialWhenAnActivityAddressesIt() throws {
        let objectives = """
            - id: O1
              title: Law reform
              activities:
                - {id: A1, title: Amend the Aliens Act, lead: coord, start: 2026-01-01, due: 2026-12-31,
                   addresses: [osce-nrm:reflection-period]}
            """
        let result = try harness.result("osce-nrm:reflection-period",
            framework: "reflection_period: {days: 30, conditional_on_cooperation: true}", objectives: objectives)
        #expect(result.status == .partial)
        #expect(result.activities.map(\.id) == ["A1"])
        let finding = try #require(result.findings.first)
        #expect(finding.severity == .note)
        #expect(finding.message.contains("'A1' (due 2026-12-31)"))
        #expect(finding.location.line == 11)
    }

    @Test func notApplicableWhenTheScopeExcludesTheGroup() throws {
        let children = try harness.result("osce-nrm:child-protection",
            framework: "scope: {children: false}\nreferral: {child_procedures: false}")
        #expect(children.status == .notApplicable)
        #expect(children.findings.isEmpty)
        #expect(children.evidence.first?.summary == "scope.children = false")
        for id in ["osce-nrm:reflection-period", "osce-nrm:residence"] {
            let foreign = try harness.result(id, framework: "scope: {non_nationals: false}")
            #expect(foreign.status == .notApplicable, "\(id)")
        }
        let stillChecked = try harness.result("osce-nrm:reflection-period",
            framework: "scope: {non_nationals: true}\nreflection_period: {days: 10, conditional_on_cooperation: false}")
        #expect(stillChecked.status == .notMet)
    }

    @Test func assessmentAgeComesFromTheConfiguration() throws {
        let framework = "coordination: {needs_assessment: 2015}"
        let strict = try harness.result("osce-nrm:needs-assessment", framework: framework)
        #expect(strict.status == .notMet)
        #expect(strict.findings.first?.message.contains("dates from 2015, more than 5 years before the plan starts in 2026")
            == true)
        let relaxed = try harness.result("osce-nrm:needs-assessment", framework: framework,
            configuration: configuration(thresholds: ["osce-nrm:assessment_age_years": 11]))
        #expect(relaxed.status == .met)
        #expect(relaxed.evidence.map(\.summary) == ["coordination.needs_assessment = 2015, plan starts in 2026"])
    }

    @Test func definitionNeedsAnAgreementBetweenStateAndNGO() throws {
        let agencies = "- {id: ngo1, name: Shelter NGO, type: ngo}\n- {id: iom, name: IOM, type: international}"
        let stateOnly = try harness.result("osce-nrm:definition", framework: """
            coordination: {coordinator: {agency: coord}}
            cooperation_agreements: [{parties: [coord, iom], kind: mou}, {parties: [ngo1, iom], kind: mou}]
            """, agencies: agencies)
        #expect(stateOnly.status == .notMet)
        #expect(stateOnly.findings.map(\.message).contains {
            $0.contains("no co-operation agreement has both a state body and an NGO among its parties")
        })
        #expect(stateOnly.evidence.map(\.summary).contains("coordination.coordinator.agency = coord (government)"))
        let ngoLed = try harness.result("osce-nrm:definition", framework: """
            coordination: {coordinator: {agency: ngo1}}
            cooperation_agreements: [{parties: [coord, ngo1], kind: mou}]
            """, agencies: agencies)
        #expect(ngoLed.findings.first?.message.contains("the co-ordinator 'ngo1' is of type ngo, not a state body") == true)
        #expect(ngoLed.findings.first?.location.line == 13)
    }

    @Test func mouMustSettleEverythingInOneAgreement() throws {
        let split = try harness.result("osce-nrm:mou", framework: """
            cooperation_agreements:
              - {parties: [coord], kind: mou, covers: [roles, referral]}
              - {parties: [coord], kind: mou, covers: [confidentiality]}
            """)
        #expect(split.status == .notMet)
        #expect(split.findings.first?.message.contains("covers roles, referral and confidentiality or data-protection")
            == true)
        let whole = try harness.result("osce-nrm:mou", framework: """
            cooperation_agreements:
              - {parties: [coord], kind: mou, covers: [roles]}
              - {parties: [coord], kind: mou, covers: [roles, referral, confidentiality]}
            """)
        #expect(whole.status == .met)
        #expect(whole.evidence.first?.location.line == 13)
    }

    @Test func trainingCountsEveryProgrammeAndNamesTheGap() throws {
        let result = try harness.result("osce-nrm:training", framework: """
            training:
              - {audiences: [police, border-guards]}
              - {audiences: [prosecutors], human_rights: true}
            """)
        #expect(result.status == .notMet)
        #expect(result.findings.first?.message.contains("no training programme reaches judges, social-workers") == true)
        #expect(result.evidence.map(\.summary) == ["training reaches police", "training reaches prosecutors"])
        let undeclared = try harness.result("osce-nrm:training", framework: "training: [{institutionalised: true}]")
        #expect(undeclared.status == .unknown)
        #expect(undeclared.missingFacts == ["training.audiences"])
        // The finding points at the training list, where the audiences belong.
        #expect(undeclared.findings.first?.location.line == 11)
    }

    @Test func civilSocietyNeedsBothRoles() throws {
        let ngo = "- {id: ngo1, name: Shelter NGO, type: ngo}"
        let result = try harness.result("osce-nrm:civil-society", framework: """
            identification: {joint_state_ngo: false}
            assistance: {ngo_providers: [ngo1]}
            """, agencies: ngo)
        #expect(result.status == .notMet)
        #expect(result.findings.map(\.message).count == 1)
        #expect(result.findings.first?.message.contains("'identification.joint_state_ngo' is false") == true)
        let stateProviders = try harness.result("osce-nrm:civil-society", framework: """
            identification: {joint_state_ngo: true}
            assistance: {ngo_providers: [coord]}
            """, agencies: ngo)
        #expect(stateProviders.findings.first?.message.contains("'assistance.ngo_providers' names no agency of type ngo")
            == true)
    }

    @Test func roundTableMembersMustIncludeAnNGOWhenListed() throws {
        let framework = "coordination: {round_table: {agency: rt, meets_every_months: 3, includes_ngos: true}}"
        let stateOnly = try harness.result("osce-nrm:round-table", framework: framework,
            agencies: "- {id: rt, name: Round-table, type: coordination-body, members: [coord]}")
        #expect(stateOnly.status == .notMet)
        let finding = try #require(stateOnly.findings.first)
        #expect(finding.message.contains("the round-table 'rt' lists no NGO among its members"))
        #expect(finding.location.line == 10)
        let mixed = try harness.result("osce-nrm:round-table", framework: framework, agencies: """
            - {id: rt, name: Round-table, type: coordination-body, members: [coord, ngo1]}
            - {id: ngo1, name: Shelter NGO, type: ngo}
            """)
        #expect(mixed.status == .met)
        #expect(mixed.evidence.map(\.summary).contains("round-table 'rt' has NGO member 'ngo1'"))
    }
}
