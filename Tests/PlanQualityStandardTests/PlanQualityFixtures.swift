import Foundation
import NaptrackCore
import NaptrackStandards
import PlanQualityStandard
import Testing

/// Loads plan fixtures and evaluates them against `plan-quality`.
enum PlanQualityFixtures {
    static let asOf = CalendarDate(iso: "2026-06-30") ?? CalendarDate(dayNumber: 0)

    /// The plan in `Fixtures/<name>.yaml`.
    static func plan(named name: String) throws -> Plan {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "yaml", subdirectory: "Fixtures"))
        let bytes = Array(try Data(contentsOf: url))
        return try plan(bytes: bytes, file: "Fixtures/\(name).yaml")
    }

    /// A plan from YAML text; the loader's own diagnostics are not the subject here.
    static func plan(yaml: String, file: String = "inline.yaml") throws -> Plan {
        try plan(bytes: Array(yaml.utf8), file: file)
    }

    private static func plan(bytes: [UInt8], file: String) throws -> Plan {
        let (document, _) = DocumentLoader().load(bytes: bytes, file: file)
        guard case .plan(let plan)? = document else { throw FixtureError.notAPlan(file) }
        return plan
    }

    /// `plan` checked against `plan-quality` as of `date`.
    static func evaluate(_ plan: Plan, asOf date: CalendarDate = asOf, configuration: Configuration? = nil)
        -> PlanCompliance
    {
        ComplianceEngine(registry: StandardRegistry([PlanQuality.standard]))
            .evaluate(plan, standards: ["plan-quality"], asOf: date, configuration: configuration)
    }

    /// A minimal valid plan with `objectives` (indented as under `objectives:`) and `header` lines
    /// added under `plan:`.
    static func yaml(header: String = "", agencies: String = "", objectives: String) -> String {
        func indent(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
        }
        return """
            naptrack: 1
            plan:
              id: inline-plan
              title: Inline plan
              jurisdiction: EX
              period: {start: 2026-01-01, end: 2027-12-31}
              currency: EUR
            \(indent(header))
            agencies:
              - {id: coord, name: Coordinator, type: government}
            \(indent(agencies))
            objectives:
            \(indent(objectives))
            """
    }
}

enum FixtureError: Error { case notAPlan(String) }

extension PlanCompliance {
    /// The verdict on requirement `id`.
    func result(_ id: String) throws -> RequirementResult {
        try #require(standards.first?.results.first { $0.requirement.id == id })
    }

    /// The findings of requirement `id`, as `line:column`.
    func places(_ id: String) -> [String] {
        findings.filter { $0.rule.rawValue == id }.map { "\($0.location.line):\($0.location.column)" }
    }
}
