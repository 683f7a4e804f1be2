import Foundation
import NaptrackCore
import Testing

/// Loads `yaml` as if it were the file `file`.
func loadDocument(_ yaml: String, file: String = "plan.yaml") -> (document: LoadedDocument?, diagnostics: [Diagnostic]) {
    DocumentLoader().load(bytes: Array(yaml.utf8), file: file)
}

/// Loads `yaml` and, when it is a plan, validates it: every diagnostic a user would see, sorted.
func diagnose(_ yaml: String, file: String = "plan.yaml") -> [Diagnostic] {
    let (document, diagnostics) = loadDocument(yaml, file: file)
    guard case .plan(let plan)? = document else { return diagnostics.sorted() }
    return (diagnostics + PlanValidator().validate(plan)).sorted()
}

/// Loads `yaml`, which must be a plan.
func loadPlan(_ yaml: String, file: String = "plan.yaml") throws -> Plan {
    let (document, _) = loadDocument(yaml, file: file)
    guard case .plan(let plan)? = document else { throw FixtureProblem.notA("plan") }
    return plan
}

/// The URL of a file under `Tests/NaptrackCoreTests/Fixtures`.
func fixture(_ name: String) throws -> URL {
    let url = Bundle.module.resourceURL?.appendingPathComponent("Fixtures").appendingPathComponent(name)
    return try #require(url, "the test bundle has no Fixtures folder")
}

/// The text of a fixture.
func fixtureText(_ name: String) throws -> String {
    try String(contentsOf: try fixture(name), encoding: .utf8)
}

enum FixtureProblem: Error {
    case notA(String)
}

extension Diagnostic {
    /// `line:column severity [rule] path`: the parts of a diagnostic tests compare exactly.
    var brief: String { "\(location.line):\(location.column) \(severity.rawValue) [\(rule.rawValue)] \(path)" }
}

extension Array where Element == Diagnostic {
    /// The `brief` form of each diagnostic, in order.
    var briefs: [String] { map(\.brief) }

    /// The diagnostics produced by `rule`.
    func with(_ rule: RuleID) -> [Diagnostic] { filter { $0.rule == rule } }
}

/// Sample plan texts whose line numbers tests rely on.
enum Sample {
    /// Lines 1-10 of a valid plan: the header (period 2026-01-01 to 2027-12-31, currency EUR)
    /// and the agencies `coord` and `ngo`. Append `objectives:`, `framework:` and so on from line 11.
    static let header = """
        naptrack: 1
        plan:
          id: ex
          title: Example plan
          jurisdiction: EX
          period: {start: 2026-01-01, end: 2027-12-31}
          currency: EUR
        agencies:
          - {id: coord, name: Coordinator}
          - {id: ngo, name: An NGO, type: ngo}

        """

    /// `header`, then one objective `O1` (lines 11-14) with one activity `A1` whose keys start at
    /// line 15 (`- id: A1` at 15:9, `title` 16, `lead` 17, `start` 18, `due` 19), then `extra`
    /// from line 20, indented as activity keys.
    static func plan(activity extra: String = "", start: String = "2026-03-01", due: String = "2026-09-30") -> String {
        header + """
            objectives:
              - id: O1
                title: Prevention
                activities:
                  - id: A1
                    title: Hotline
                    lead: coord
                    start: \(start)
                    due: \(due)

            """ + indented(extra, by: 8)
    }

    /// `text` with every non-empty line indented by `count` spaces, ending with a newline.
    static func indented(_ text: String, by count: Int) -> String {
        guard !text.isEmpty else { return "" }
        let padding = String(repeating: " ", count: count)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : padding + $0 }
            .joined(separator: "\n") + "\n"
    }
}
