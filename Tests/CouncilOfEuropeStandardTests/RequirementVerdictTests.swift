import CouncilOfEuropeStandard
import NaptrackCore
import NaptrackStandards
import Testing

@Suite struct RequirementVerdictTests {
    @Test(arguments: RequirementCase.all)
    func metWhenTheFactsSatisfyIt(_ row: RequirementCase) throws {
        let result = try Fixture.result(row.id, framework: row.met)
        #expect(result.status == .met, "\(row.id): \(result.findings.map(\.message))")
        #expect(result.findings.isEmpty)
        #expect(!result.evidence.isEmpty, "a met verdict names the facts it rests on")
        for evidence in result.evidence {
            #expect(evidence.location.file == "fixture.yaml" && evidence.location.line > 0)
        }
    }

    @Test(arguments: RequirementCase.all)
    func notMetWhenTheFactsContradictIt(_ row: RequirementCase) throws {
        let result = try Fixture.result(row.id, framework: row.notMet)
        #expect(result.status == .notMet, "\(row.id) is \(result.status)")
        let finding = try #require(result.findings.first)
        #expect(finding.rule.rawValue == row.id)
        #expect(finding.severity == result.requirement.modality.defaultSeverity)
        #expect(finding.message.contains(result.requirement.reference))
        let plan = try Fixture.plan(framework: row.notMet)
        #expect(finding.location != plan.framework.location, "the finding points at the contradicting fact")
    }

    @Test func unknownWhenANeededFactIsUndeclared() throws {
        let result = try Fixture.result("coe-cathb:art13.1", framework: "reflection_period: {days: 60, in_law: true}")
        #expect(result.status == .unknown)
        #expect(result.missingFacts.contains("reflection_period.trigger"))
        #expect(result.missingFacts.contains("reflection_period.stay_authorised"))
        #expect(!result.missingFacts.contains("reflection_period.days"))
        let finding = try #require(result.findings.first)
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("reflection_period.trigger"))
    }

    @Test func aContradictionOutweighsAnUndeclaredFact() throws {
        let result = try Fixture.result("coe-cathb:art13.1",
            framework: "reflection_period: {days: 30, conditional_on_cooperation: true}")
        #expect(result.status == .notMet)
        #expect(result.findings.map(\.message).contains { $0.contains("conditional_on_cooperation") })
        #expect(result.findings.first?.location.line == 16)
    }

    @Test func partialWhenAnActivityAddressesIt() throws {
        let objectives = """
            - id: O1
              title: Reform of the Aliens Act
              area: protection
              activities:
                - {id: O1.1, title: Untie the reflection period from co-operation, lead: interior,
                   start: 2026-01-01, due: 2026-12-31, addresses: [coe-cathb:art13.1]}
            """
        let result = try Fixture.result("coe-cathb:art13.1",
            framework: "reflection_period: {days: 30, in_law: true, trigger: reasonable-grounds, conditional_on_cooperation: true, expulsion_suspended: true, stay_authorised: true}",
            objectives: objectives)
        #expect(result.status == .partial)
        #expect(result.activities.map(\.id) == ["O1.1"])
        let finding = try #require(result.findings.first)
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("O1.1") && finding.message.contains("2026-12-31"))
    }

    @Test func childParagraphsAreNotApplicableWhenTheScopeExcludesChildren() throws {
        for id in ["coe-cathb:art10.4a", "coe-cathb:art10.3", "coe-cathb:art16.7", "coe-cathb:art28.3"] {
            let result = try Fixture.result(id,
                framework: "scope: {children: false}\nchildren: {guardian: {appointed_within_hours: 240}, age_presumption: false}")
            #expect(result.status == .notApplicable, "\(id) is \(result.status)")
            #expect(result.findings.isEmpty)
            #expect(result.evidence.first?.summary == "scope.children = false")
            #expect(result.evidence.first?.location.line == 16)
        }
        let inScope = try Fixture.result("coe-cathb:art10.4a",
            framework: "scope: {children: true}\nchildren: {guardian: {appointed_within_hours: 240}}")
        #expect(inScope.status == .notMet)
    }

    @Test func foreignVictimParagraphsAreNotApplicableWhenTheScopeExcludesNonNationals() throws {
        let framework = "scope: {non_nationals: false}\nreflection_period: {days: 10}\nresidence_permit: {renewable: false}"
        for id in ["coe-cathb:art13.1", "coe-cathb:art13.3", "coe-cathb:art14.1", "coe-cathb:art16.2"] {
            #expect(try Fixture.result(id, framework: framework).status == .notApplicable, "\(id)")
        }
        #expect(try Fixture.result("coe-cathb:art16.1", framework: framework + "\nreturn: {accepts_nationals: false}")
            .status == .notMet)
    }

    @Test func childElementsOfGeneralParagraphsFollowTheScope() throws {
        let adultServices = "assistance: {services: [accommodation, material, psychological, medical, interpretation, counselling, support-in-proceedings]}"
        #expect(try Fixture.result("coe-cathb:art12.1", framework: adultServices).status == .notMet)
        #expect(try Fixture.result("coe-cathb:art12.1", framework: "scope: {children: false}\n" + adultServices)
            .status == .met)
        let removal = "identification: {reasonable_grounds_stage: true}"
        #expect(try Fixture.result("coe-cathb:art10.2", framework: removal).status == .unknown)
        #expect(try Fixture.result("coe-cathb:art10.2", framework: "scope: {non_nationals: false}\n" + removal)
            .status == .met)
    }

    @Test func guardianDelayFollowsTheConfiguredThreshold() throws {
        var configuration = Configuration(file: "naptrack.yaml", location: .wholeFile("naptrack.yaml"))
        configuration.thresholds = [
            Located(Threshold(key: "coe-cathb:guardian_hours", value: 72), at: .wholeFile("naptrack.yaml"))
        ]
        let framework = "children: {guardian: {appointed_within_hours: 72}}"
        #expect(try Fixture.result("coe-cathb:art10.4a", framework: framework).status == .notMet)
        #expect(try Fixture.result("coe-cathb:art10.4a", framework: framework, configuration: configuration).status == .met)
    }

    @Test func coordinationBodyNamesWhatItLacks() throws {
        let result = try Fixture.result("coe-cathb:art5.1", framework: "coordination: {round_table: {agency: ministries}}")
        let finding = try #require(result.findings.first)
        #expect(finding.message.contains("law-enforcement, prosecution or labour-inspection body"))
        #expect(!finding.message.contains("government body"))
        #expect(finding.location.line == 14, "points at the body's agency entry")
        let met = try Fixture.result("coe-cathb:art5.1", framework: "coordination: {round_table: {agency: table}}")
        #expect(met.evidence.map(\.summary) == [
            "coordination.round_table.agency = table", "member coord (government)", "member police (law-enforcement)",
        ])
    }

    @Test func partnershipMayRestOnTheCoordinatingBody() throws {
        let result = try Fixture.result("coe-cathb:art35",
            framework: "cooperation_agreements: [{parties: [interior, police], kind: mou}]\ncoordination: {round_table: {includes_ngos: true}}")
        #expect(result.status == .met)
        #expect(result.evidence.map(\.summary) == ["coordination.round_table.includes_ngos = true"])
    }
}
