import NaptrackCore
import Testing

/// Loads a small plan from YAML text for engine tests; the header and one agency are supplied.
func loadPlan(framework: String = "", objectives: String = "", file: String = "test.yaml") throws -> Plan {
    let text = """
        naptrack: 1
        plan:
          id: test-plan
          title: Test plan
          jurisdiction: EX
          period: {start: 2026-01-01, end: 2027-12-31}
          currency: EUR
        agencies:
          - {id: coord, name: Coordinator, type: government}
        framework:
        \(framework.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n"))
        objectives:
        \(objectives.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n"))
        """
    let (document, diagnostics) = DocumentLoader().load(bytes: Array(text.utf8), file: file)
    let errors = diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "fixture has errors: \(errors)")
    guard case .plan(let plan)? = document else { throw FixtureError.notAPlan }
    return plan
}

enum FixtureError: Error { case notAPlan }
