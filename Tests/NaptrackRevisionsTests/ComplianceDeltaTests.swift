import Foundation
import NaptrackCore
import NaptrackRevisions
import NaptrackStandards
import Testing

/// A small standard over the fixture's facts, so the delta is computed from real evaluations.
let testStandard = CatalogStandard(
    id: "test", title: "Test standard", version: "1", source: "tests",
    requirements: [
        Requirement(id: "test:reflection", title: "Reflection period of 90 days", reference: "Test Art. 1",
            modality: .binding, rationale: "r", remedy: "m", check: .fact("reflection_period.days", .atLeast(.value(90)))),
        Requirement(id: "test:unconditional", title: "Not tied to cooperation", reference: "Test Art. 2",
            modality: .binding, rationale: "r", remedy: "m",
            check: .fact("reflection_period.conditional_on_cooperation", .isFalse)),
        Requirement(id: "test:return", title: "Voluntary return", reference: "Test Art. 3",
            modality: .qualified, rationale: "r", remedy: "m", check: .fact("return.voluntary", .isTrue)),
    ])

let otherStandard = CatalogStandard(
    id: "other", title: "Other standard", version: "1", source: "tests",
    requirements: [
        Requirement(id: "other:measures", title: "Awareness measures", reference: "Other Art. 1",
            modality: .guidance, rationale: "r", remedy: "m",
            check: .fact("prevention.measures", .includesAll(["awareness"]))),
    ])

func evaluate(_ plan: Plan, standards: [String] = ["test", "other"]) -> PlanCompliance {
    let engine = ComplianceEngine(registry: StandardRegistry([testStandard, otherStandard]))
    return engine.evaluate(plan, standards: standards, asOf: CalendarDate(iso: "2026-06-30") ?? .today(),
        configuration: nil)
}

@Suite struct ComplianceDeltaTests {
    @Test func requirementsWhoseStatusChangedAndScores() throws {
        let old = try RevisionFixtures.old()
        let new = try RevisionFixtures.new(("{days: 30,", "{days: 90,"))
        let delta = ComplianceDelta(before: evaluate(old), after: evaluate(new))
        #expect(delta.standards.map(\.id) == ["test", "other"])
        let test = delta.standards[0]
        #expect(test.changes == [
            RequirementStatusChange(requirement: "test:reflection", title: "Reflection period of 90 days",
                reference: "Test Art. 1", before: .notMet, after: .met),
        ])
        #expect(test.scoreBefore == 0)
        #expect(test.scoreAfter == Decimal(string: "0.33"))
        #expect(test.scoreDifference == Decimal(string: "0.33"))
        #expect(delta.standards[1].changes.isEmpty)
        #expect(delta.standards[1].scoreBefore == 1)
        #expect(delta.standards[1].scoreAfter == 1)
        #expect(delta.changeCount == 1)
    }

    @Test func unknownBecomesKnownWhenAFactIsDeclared() throws {
        let old = try RevisionFixtures.old()
        let new = try RevisionFixtures.new(("framework:\n", "framework:\n  return: {voluntary: false}\n"))
        let delta = ComplianceDelta(before: evaluate(old), after: evaluate(new))
        #expect(delta.standards[0].changes.map(\.requirement) == ["test:return"])
        #expect(delta.standards[0].changes.first?.before == .unknown)
        #expect(delta.standards[0].changes.first?.after == .notMet)
    }

    @Test func sameEvaluationHasNoChanges() throws {
        let plan = try RevisionFixtures.old()
        let delta = ComplianceDelta(before: evaluate(plan), after: evaluate(plan))
        #expect(delta.changeCount == 0)
        #expect(delta.standards.allSatisfy { $0.scoreBefore == $0.scoreAfter })
    }

    @Test func standardEvaluatedForOneVersionOnly() throws {
        let plan = try RevisionFixtures.old()
        let delta = ComplianceDelta(before: evaluate(plan, standards: ["test"]), after: evaluate(plan))
        let other = try #require(delta.standards.first { $0.id == "other" })
        #expect(other.scoreBefore == nil)
        #expect(other.scoreAfter == 1)
        #expect(other.scoreDifference == nil)
        #expect(other.changes.map(\.before) == [nil])
        #expect(other.changes.map(\.after) == [.met])
    }

    @Test func evaluatesTheStandardsCheckWouldUse() throws {
        let engine = ComplianceEngine(registry: StandardRegistry([testStandard, otherStandard]))
        let date = try #require(CalendarDate(iso: "2026-06-30"))
        let old = try RevisionFixtures.old()
        #expect(ComplianceDelta.evaluating(old, old, engine: engine, asOf: date) == nil,
            "the fixture names only plan-quality, which this registry does not have")
        let naming = try RevisionFixtures.new(("standards: [plan-quality]", "standards: [plan-quality, test]"),
            ("{days: 30,", "{days: 90,"))
        let delta = try #require(ComplianceDelta.evaluating(old, naming, engine: engine, asOf: date))
        #expect(delta.standards.map(\.id) == ["test"])
        #expect(delta.standards[0].changes.map(\.requirement) == ["test:reflection"])
        let requested = try #require(ComplianceDelta.evaluating(old, naming, engine: engine,
            selection: StandardSelection(requested: ["other", "other"]), asOf: date))
        #expect(requested.standards.map(\.id) == ["other"])
        let namingNone = try RevisionFixtures.new(("  standards: [plan-quality]\n", ""))
        let all = try #require(ComplianceDelta.evaluating(namingNone, namingNone, engine: engine, asOf: date))
        #expect(all.standards.map(\.id) == ["test", "other"], "a plan naming no standard is checked against all")
    }

    @Test func waiversFromTheConfigurationApply() throws {
        let engine = ComplianceEngine(registry: StandardRegistry([testStandard]))
        let date = try #require(CalendarDate(iso: "2026-06-30"))
        let configurationText = """
            naptrack: 1
            waivers:
              - {requirement: test:unconditional, reason: Bill before parliament, approved_by: board, expires: 2027-01-31}
            """
        let (document, _) = DocumentLoader().load(bytes: Array(configurationText.utf8), file: "naptrack.yaml")
        guard case .configuration(let configuration)? = document else {
            Issue.record("the configuration did not load")
            return
        }
        let old = try RevisionFixtures.old()
        let new = try RevisionFixtures.new(("conditional_on_cooperation: true", "conditional_on_cooperation: false"))
        let plain = try #require(ComplianceDelta.evaluating(old, new, engine: engine, selection: StandardSelection(requested: ["test"]), asOf: date))
        #expect(plain.standards[0].changes.map(\.before) == [.notMet])
        let waived = try #require(ComplianceDelta.evaluating(old, new, engine: engine, selection: StandardSelection(requested: ["test"]), asOf: date,
            configuration: configuration))
        #expect(waived.standards[0].changes.map(\.before) == [.waived])
        #expect(waived.standards[0].changes.map(\.after) == [.met])
    }

    @Test func planDiffCarriesTheDeltaOnlyWhenGiven() throws {
        var diff = PlanDiff(from: try RevisionFixtures.old(), to: try RevisionFixtures.new())
        #expect(diff.compliance == nil)
        diff.compliance = ComplianceDelta(before: evaluate(try RevisionFixtures.old()), after: evaluate(try RevisionFixtures.new()))
        #expect(diff.compliance?.changeCount == 0)
    }
}
