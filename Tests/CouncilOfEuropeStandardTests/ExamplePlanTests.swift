import CouncilOfEuropeStandard
import Foundation
import NaptrackCore
import NaptrackStandards
import Testing

/// Checks the example plans under `plans/` against the Convention, as `naptrack check` does.
@Suite struct ExamplePlanTests {
    static let plansFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("plans").path

    let workspace = WorkspaceLoader().load(paths: [Self.plansFolder])
    let asOf = CalendarDate(iso: "2026-06-30") ?? CalendarDate(dayNumber: 0)

    func compliance(_ planID: String) throws -> StandardResult {
        let plan = try #require(workspace.plans.first { $0.id == planID })
        let engine = ComplianceEngine(registry: StandardRegistry([CouncilOfEuropeConvention.standard]))
        let result = engine.evaluate(plan, standards: ["coe-cathb"], asOf: asOf, configuration: workspace.configuration)
        return try #require(result.standards.first)
    }

    func result(_ id: String, in standard: StandardResult) throws -> RequirementResult {
        try #require(standard.results.first { $0.requirement.id == id })
    }

    @Test func examplesLoadWithoutErrorsOrUnknownRequirementIDs() {
        #expect(workspace.diagnostics.filter { $0.severity == .error }.isEmpty)
        let known = StandardRegistry([CouncilOfEuropeConvention.standard]).requirementIDs
        for plan in workspace.plans {
            for activity in plan.activities {
                for id in activity.addresses where id.value.hasPrefix("coe-cathb:") {
                    #expect(known.contains(id.value), "\(activity.id) addresses unknown \(id.value)")
                }
            }
        }
    }

    @Test func exampliaGetsAMixOfVerdictsWithEvidence() throws {
        let standard = try compliance("ex-nap-2026")
        let counts = standard.counts
        for status in [RequirementStatus.met, .notMet, .partial, .unknown, .waived] {
            #expect((counts[status] ?? 0) > 0, "no \(status) verdict")
        }
        let file = "\(Self.plansFolder)/examplia/plan.yaml"

        let reflection = try result("coe-cathb:art13.1", in: standard)
        #expect(reflection.status == .notMet)
        let error = try #require(reflection.findings.first { $0.severity == .error })
        #expect(error.location.file == file)
        #expect(error.message.contains("conditional_on_cooperation"))

        let guardian = try result("coe-cathb:art10.4a", in: standard)
        #expect(guardian.status == .partial)
        #expect(guardian.activities.map(\.id) == ["O2.3.2"])

        let compensation = try result("coe-cathb:art15.4", in: standard)
        #expect(compensation.status == .waived)
        #expect(compensation.assessedStatus == .partial)

        let removal = try result("coe-cathb:art10.2", in: standard)
        #expect(removal.status == .unknown)
        #expect(removal.missingFacts == ["identification.no_removal_before_identification"])

        let assistance = try result("coe-cathb:art12.6", in: standard)
        #expect(assistance.status == .met)
        #expect(assistance.evidence.allSatisfy { $0.location.file == file && $0.location.line > 0 })
    }

    @Test func pernambucoGetsVerdictsToo() throws {
        let standard = try compliance("br-pe-programa-2025")
        #expect(standard.results.count == CouncilOfEuropeConvention.standard.requirements.count)
        #expect(try result("coe-cathb:art12.6", in: standard).status == .met)
        #expect(try result("coe-cathb:art12.1", in: standard).status == .notMet)
        #expect(try result("coe-cathb:art13.1", in: standard).status == .unknown)
        #expect(try result("coe-cathb:art5.1", in: standard).status == .met)
    }
}
