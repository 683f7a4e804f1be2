import Foundation
import NaptrackCore
import NaptrackRulePacks
import NaptrackStandards
import Testing

/// The two complete examples of docs/writing-a-standard.md: the documentation shows them
/// verbatim, and they load and evaluate as it says.
@Suite struct ExampleTests {
    func documentation() throws -> String {
        try String(contentsOfFile: Paths.inRepository("docs/writing-a-standard.md"), encoding: .utf8)
    }

    func examplePlan(_ folder: String) throws -> Plan {
        let (document, _) = DocumentLoader().load(file: Paths.inRepository("plans/\(folder)/plan.yaml"))
        guard case .plan(let plan)? = document else { throw TestFailure("no plan in \(folder)") }
        return plan
    }

    func examplia() throws -> Plan { try examplePlan("examplia") }

    @Test func theDocumentationShowsBothExamplesVerbatim() throws {
        let documentation = try documentation()
        let pack = try String(contentsOfFile: Paths.fixture("example-pack.yaml"), encoding: .utf8)
        let swift = try String(contentsOfFile: Paths.fixtures.deletingLastPathComponent()
            .appendingPathComponent("ExampleStandard.swift").path, encoding: .utf8)
        #expect(documentation.contains("```yaml\n" + pack + "```\n"))
        #expect(documentation.contains("```swift\n" + swift + "```\n"))
    }

    @Test func theExamplePackLoadsAndEvaluates() throws {
        let (pack, diagnostics) = RulePackLoader().read(file: Paths.fixture("example-pack.yaml"))
        #expect(diagnostics.isEmpty)
        let standard = try #require(pack).standard
        #expect(standard.id == "example-donor")
        let examplia = try statuses(of: standard, for: try examplia())
        #expect(examplia.count == 5)
        #expect(examplia.values.allSatisfy { $0 == .met })
        let pernambuco = try statuses(of: standard, for: try examplePlan("pernambuco"))
        #expect(pernambuco == [
            "example-donor:sop": .notMet, "example-donor:time-to-service": .unknown, "example-donor:shelter": .met,
            "example-donor:indicators": .met, "example-donor:children": .unknown,
        ])
    }

    @Test func theExampleSwiftStandardEvaluates() throws {
        let found = try statuses(of: ExampleChildStandard.standard, for: try examplia())
        #expect(found == [
            // Guardians within 72 hours against a target of 24.
            "example-children:guardian": .notMet,
            "example-children:funded-activities": .met,
        ])
        let bare = try plan(framework: "scope: {children: true}")
        #expect(try statuses(of: ExampleChildStandard.standard, for: bare) == [
            "example-children:guardian": .unknown, "example-children:funded-activities": .notMet,
        ])
    }
}
