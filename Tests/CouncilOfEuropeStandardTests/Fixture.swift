import CouncilOfEuropeStandard
import NaptrackCore
import NaptrackStandards
import Testing

/// Small plans for the requirement tests: a fixed header and cast of agencies, the framework
/// facts and objectives each test supplies.
enum Fixture {
    static let asOf = CalendarDate(iso: "2026-06-30") ?? CalendarDate(dayNumber: 0)
    static let engine = ComplianceEngine(registry: StandardRegistry([CouncilOfEuropeConvention.standard]))

    /// A government body, a police unit, an NGO, a co-ordinating body joining all three and a
    /// committee of ministries alone.
    static let agencies = """
        - {id: coord, name: Coordinator, type: government}
        - {id: interior, name: Ministry of Interior, type: government}
        - {id: police, name: Police, type: law-enforcement}
        - {id: ngo, name: Shelter NGO, type: ngo}
        - {id: table, name: Round table, type: coordination-body, members: [coord, police, ngo]}
        - {id: ministries, name: Committee of ministries, type: coordination-body, members: [coord, interior]}
        """

    /// Loads a plan with `framework` and `objectives` (YAML written at column 0), requiring
    /// that it loads without errors.
    static func plan(framework: String, objectives: String = "") throws -> Plan {
        let text = """
            naptrack: 1
            plan:
              id: fixture-plan
              title: Fixture plan
              jurisdiction: EX
              period: {start: 2026-01-01, end: 2027-12-31}
              currency: EUR
            agencies:
            \(indented(agencies))
            framework:
            \(indented(framework))
            objectives:
            \(indented(objectives))
            """
        let (document, diagnostics) = DocumentLoader().load(bytes: Array(text.utf8), file: "fixture.yaml")
        let problems = diagnostics.filter { $0.severity != .note }
        #expect(problems.isEmpty, "fixture has problems: \(problems.map(\.message))")
        guard case .plan(let plan)? = document else { throw FixtureError.notAPlan }
        return plan
    }

    /// The verdict on requirement `id` for a plan with `framework` and `objectives`.
    static func result(_ id: String, framework: String, objectives: String = "", configuration: Configuration? = nil)
        throws -> RequirementResult
    {
        let plan = try plan(framework: framework, objectives: objectives)
        let requirement = try #require(CouncilOfEuropeConvention.standard.requirements.first { $0.id == id },
            "no requirement \(id)")
        let context = EvaluationContext(plan: plan, asOf: asOf, configuration: configuration)
        return engine.evaluate(requirement, in: context)
    }

    private static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }
}

enum FixtureError: Error { case notAPlan }
