import Foundation
import NaptrackCore
import NaptrackRulePacks
import NaptrackStandards
import Testing

/// The pack shipped in `plugins/`: it loads cleanly and reads the example plans sensibly.
@Suite struct ShippedPackTests {
    let file = Paths.inRepository("plugins/eu-thb-directive.yaml")

    func pack() throws -> RulePack {
        let (pack, diagnostics) = RulePackLoader().read(file: file)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return try #require(pack)
    }

    @Test func loadsWithoutDiagnostics() throws {
        let standard = try pack().standard
        #expect(standard.id == "eu-thb-directive")
        #expect(standard.requirements.count >= 10)
        for requirement in standard.requirements {
            #expect(requirement.id.hasPrefix("eu-thb-directive:art"))
            #expect(requirement.reference.hasPrefix("Directive 2011/36/EU Art. "), "\(requirement.id)")
        }
    }

    @Test func printsStatuses() throws {
        for path in ["plans/examplia/plan.yaml", "plans/pernambuco/plan.yaml"] {
            let (document, _) = DocumentLoader().load(file: Paths.inRepository(path))
            guard case .plan(let plan)? = document else { throw TestFailure("no plan") }
            let engine = ComplianceEngine(registry: StandardRegistry([try pack().standard]))
            let c = engine.evaluate(plan, standards: ["eu-thb-directive"], asOf: CalendarDate(iso: "2026-06-30")!, configuration: nil)
            for r in c.standards[0].results { print(path, r.requirement.id, r.status, r.findings.map(\.description)) }
        }
    }
}
