import NaptrackCore
import NaptrackStandards
import PlanQualityStandard
import Testing

/// Every rule against two fixtures: `sound-plan.yaml` meets them all, `weak-plan.yaml` fails them
/// all but `review-cycle` (tested on its own), each finding at its exact place.
@Suite struct PlanQualityRuleTests {
    static let ids = PlanQuality.standard.requirements.map(\.id)

    @Test(arguments: ids)
    func silentOnTheSoundPlan(_ id: String) throws {
        let compliance = PlanQualityFixtures.evaluate(try PlanQualityFixtures.plan(named: "sound-plan"))
        let result = try compliance.result(id)
        #expect(result.status == .met, "\(id): \(result.findings.map(\.message))")
        #expect(result.findings.isEmpty)
        #expect(!result.evidence.isEmpty, "\(id) is met but cites no evidence")
        #expect(result.evidence.allSatisfy { $0.location.line > 0 })
    }

    /// Where each rule fires on `weak-plan.yaml`, as `line:column`.
    static let weakPlaces: [String: [String]] = [
        "plan-quality:lead": ["19:9"],
        "plan-quality:timeframe": ["22:14"],
        "plan-quality:cost": ["39:9"],
        "plan-quality:indicator": ["25:11", "27:9", "39:9"],
        "plan-quality:coordinator": ["4:3"],
        "plan-quality:review-current": ["9:54"],
        "plan-quality:ngo-review": ["12:76"],
        "plan-quality:pillars": ["15:5", "15:5", "15:5"],
        "plan-quality:forms": ["15:5", "15:5", "15:5", "15:5"],
        "plan-quality:victim-outcomes": ["25:54"],
        "plan-quality:health": ["15:5"],
        "plan-quality:training": ["38:24"],
        "plan-quality:funding-source": ["23:17"],
        "plan-quality:funding-gap": ["15:5"],
    ]

    @Test(arguments: ids.filter { $0 != "plan-quality:review-cycle" })
    func firesOnTheWeakPlan(_ id: String) throws {
        let compliance = PlanQualityFixtures.evaluate(try PlanQualityFixtures.plan(named: "weak-plan"))
        let result = try compliance.result(id)
        #expect(result.status == .notMet, "\(id) is \(result.status)")
        #expect(compliance.places(id) == Self.weakPlaces[id], "\(id): \(result.findings.map(\.description))")
        let severity = result.requirement.modality.defaultSeverity
        #expect(result.findings.allSatisfy { $0.severity == severity && $0.location.file == "Fixtures/weak-plan.yaml" })
    }

    @Test func everyRuleHasAPlaceInTheTable() {
        #expect(Set(Self.weakPlaces.keys).union(["plan-quality:review-cycle"]) == Set(Self.ids))
    }

    @Test func scoresReflectTheVerdicts() throws {
        let sound = PlanQualityFixtures.evaluate(try PlanQualityFixtures.plan(named: "sound-plan"))
        #expect(sound.standards.first?.score == 1.0)
        let weak = PlanQualityFixtures.evaluate(try PlanQualityFixtures.plan(named: "weak-plan"))
        #expect(weak.standards.first?.score == 0.07)
        #expect(weak.standards.first?.counts[.notMet] == 14)
    }
}
