import NaptrackCore
import NaptrackStandards
import StandardTestSupport
import Testing

@Suite struct ConditionTests {
    let date = CalendarDate(iso: "2026-06-30")!

    func outcome(_ condition: Condition, framework: String, objectives: String = "") throws -> Outcome {
        let plan = try loadPlan(framework: framework, objectives: objectives)
        return condition.evaluate(in: EvaluationContext(plan: plan, asOf: date))
    }

    @Test func factAtLeastIsSatisfiedContradictedOrUndetermined() throws {
        let condition = Condition.fact("reflection_period.days", .atLeast(.value(30)))
        #expect(try outcome(condition, framework: "reflection_period: {days: 90}").truth == .satisfied)
        let short = try outcome(condition, framework: "reflection_period: {days: 20}")
        #expect(short.truth == .contradicted)
        #expect(short.violations.first?.location.line == 11)
        #expect(short.violations.first?.message.contains("at least 30") == true)
        let missing = try outcome(condition, framework: "reflection_period: {in_law: true}")
        #expect(missing.truth == .undetermined)
        #expect(missing.missingFacts == ["reflection_period.days"])
    }

    @Test func thresholdComesFromConfigurationOrDefault() throws {
        let plan = try loadPlan(framework: "children: {guardian: {appointed_within_hours: 48}}")
        let condition = Condition.fact(
            "children.guardian.appointed_within_hours", .atMost(.threshold("child-guardian:appointment_hours", default: 24)))
        #expect(condition.evaluate(in: EvaluationContext(plan: plan, asOf: date)).truth == .contradicted)
        var configuration = Configuration(file: "naptrack.yaml", location: .wholeFile("naptrack.yaml"))
        configuration.thresholds = [
            Located(Threshold(key: "child-guardian:appointment_hours", value: 72), at: .wholeFile("naptrack.yaml"))
        ]
        let relaxed = EvaluationContext(plan: plan, asOf: date, configuration: configuration)
        #expect(condition.evaluate(in: relaxed).truth == .satisfied)
    }

    @Test func listTests() throws {
        let framework = "reflection_period: {exceptions: [public-order, national-interest]}"
        #expect(try outcome(.fact("reflection_period.exceptions", .onlyFrom(["public-order", "improper-claim"])),
            framework: framework).truth == .contradicted)
        #expect(try outcome(.fact("reflection_period.exceptions", .includesAll(["public-order"])),
            framework: framework).truth == .satisfied)
        #expect(try outcome(.fact("reflection_period.exceptions", .excludes(["national-interest"])),
            framework: framework).truth == .contradicted)
    }

    @Test func someRecordFindsAMatchingAgreement() throws {
        let framework = """
            cooperation_agreements:
              - {parties: [coord], kind: mou, covers: [roles]}
              - {parties: [coord], kind: mou, covers: [roles, referral]}
            """
        let condition = Condition.fact("cooperation_agreements", .someRecord(["covers": .includesAll(["referral"])]))
        let result = try outcome(condition, framework: framework)
        #expect(result.truth == .satisfied)
        #expect(result.evidence.first?.location.line == 13)
        let none = Condition.fact("cooperation_agreements", .someRecord(["covers": .includesAll(["data-sharing"])]))
        #expect(try outcome(none, framework: framework).truth == .contradicted)
    }

    @Test func threeValuedCombinations() throws {
        let framework = "remedies: {legal_assistance: true, free_legal_aid: false}"
        let yes = Condition.fact("remedies.legal_assistance", .isTrue)
        let no = Condition.fact("remedies.free_legal_aid", .isTrue)
        let unknown = Condition.fact("remedies.state_compensation", .isTrue)
        #expect(try outcome(.all([yes, unknown]), framework: framework).truth == .undetermined)
        #expect(try outcome(.all([no, unknown]), framework: framework).truth == .contradicted)
        #expect(try outcome(.any([no, unknown]), framework: framework).truth == .undetermined)
        #expect(try outcome(.any([no, yes]), framework: framework).truth == .satisfied)
        #expect(try outcome(.not(no), framework: framework).truth == .satisfied)
        #expect(try outcome(.not(unknown), framework: framework).truth == .undetermined)
    }

    @Test func activityPrimitives() throws {
        let objectives = """
            - id: O1
              title: Protection
              area: protection
              activities:
                - {id: A1, title: Shelter, lead: coord, start: 2026-01-01, due: 2026-12-31, tags: [shelter],
                   budget: {amount: 1000}}
                - {id: A2, title: Hotline, lead: coord, start: 2026-01-01, due: 2027-06-30, tags: [hotline]}
            """
        #expect(try outcome(.activityExists(ActivityFilter(area: .protection, tag: "hotline")), framework: "",
            objectives: objectives).truth == .satisfied)
        #expect(try outcome(.activityExists(ActivityFilter(area: .prevention)), framework: "",
            objectives: objectives).truth == .contradicted)
        let everyBudget = try outcome(.everyActivity(.anyActivity, has: .budget), framework: "", objectives: objectives)
        #expect(everyBudget.truth == .contradicted)
        #expect(everyBudget.violations.map(\.message) == ["activity 'A2' has no budget amount"])
        #expect(try outcome(.everyActivity(ActivityFilter(tag: "shelter"), has: .budget), framework: "",
            objectives: objectives).truth == .satisfied)
    }
}
