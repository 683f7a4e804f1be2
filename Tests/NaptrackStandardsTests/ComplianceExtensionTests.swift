import NaptrackCore
import NaptrackStandards
import StandardTestSupport
import Testing

/// The additions to the plugin API: anchors for findings, catalog summaries, attached progress.
@Suite struct ComplianceExtensionTests {
    let date = CalendarDate(iso: "2026-06-30")!

    @Test func unknownFindingPointsAtTheOutcomesAnchor() throws {
        let anchor = SourceLocation(file: "test.yaml", line: 3, column: 3)
        let standard = CatalogStandard(
            id: "demo", title: "Demo", version: "1", source: "Test", requirements: [
                Requirement(
                    id: "demo:review", title: "Review date", reference: "Ref", modality: .binding,
                    facts: ["plan.review.last"], rationale: "r", remedy: "m",
                    check: .custom(name: "review", facts: ["plan.review.last"]) { _ in
                        .undetermined(missing: ["plan.review.last"], at: anchor)
                    })
            ])
        #expect(standard.summary == "")
        let plan = try loadPlan()
        let result = ComplianceEngine(registry: StandardRegistry([standard]))
            .evaluate(plan, standards: ["demo"], asOf: date, configuration: nil)
        let finding = try #require(result.findings.first)
        #expect(finding.location == anchor)
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("'plan.review.last'"))
    }

    @Test func anchorSurvivesCombination() throws {
        let anchor = SourceLocation(file: "test.yaml", line: 2, column: 1)
        let condition = Condition.all([
            .fact("reflection_period.days", .atLeast(.value(30))),
            .custom(name: "x", facts: []) { _ in .undetermined(missing: ["x"], at: anchor) },
        ])
        let outcome = condition.evaluate(in: EvaluationContext(plan: try loadPlan(framework: "reflection_period: {days: 90}"),
            asOf: date))
        #expect(outcome.truth == .undetermined)
        #expect(outcome.anchor == anchor)
    }

    @Test func progressCanBeAttachedToTheActivitiesCited() throws {
        let objectives = """
            - id: O1
              title: Law reform
              activities:
                - {id: A1, title: Draft the law, lead: coord, start: 2026-01-01, due: 2026-12-31,
                   addresses: [demo:reflection]}
            """
        let standard = CatalogStandard(id: "demo", title: "Demo", version: "1", source: "Test", requirements: [
            Requirement(id: "demo:reflection", title: "Reflection", reference: "Ref", modality: .binding,
                rationale: "r", remedy: "m", check: .fact("reflection_period.days", .atLeast(.value(30))))
        ])
        let plan = try loadPlan(framework: "reflection_period: {days: 10}", objectives: objectives)
        let compliance = ComplianceEngine(registry: StandardRegistry([standard]))
            .evaluate(plan, standards: ["demo"], asOf: date, configuration: nil)
        #expect(compliance.standards[0].results[0].activities[0].progress == nil)
        let attached = compliance.attachingProgress { id in
            id == "A1" ? ActivityProgress(status: .inProgress, percent: 40, health: ["behind"]) : nil
        }
        let progress = try #require(attached.standards[0].results[0].activities[0].progress)
        #expect(progress.status == .inProgress)
        #expect(progress.percent == 40)
        #expect(progress.health == ["behind"])
    }
}
