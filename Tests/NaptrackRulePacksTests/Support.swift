import Foundation
import NaptrackCore
import NaptrackRulePacks
import NaptrackStandards
import Testing

/// Where the repository and the test fixtures are, found from this file's path.
enum Paths {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }
    static func inRepository(_ path: String) -> String { repository.appendingPathComponent(path).path }
}

/// Reads a pack from text written in a test.
func readPack(_ text: String, file: String = "pack.yaml", limits: RulePackLimits = .standard)
    -> (pack: RulePack?, diagnostics: [Diagnostic])
{
    RulePackLoader(limits: limits).read(bytes: Array(text.utf8), file: file)
}

/// A one-requirement pack around `check` (and `appliesWhen`), as YAML text. The check starts
/// on line 13, column 12.
func singleRequirementPack(check: String, appliesWhen: String? = nil, id: String = "demo") -> String {
    """
    naptrack: 1
    standard:
      id: \(id)
      title: Demo standard
      version: "1"
      source: Test source
    requirements:
      - id: \(id):req
        title: Demo requirement
        reference: Art. 1
        modality: binding
        rationale: Why it matters.
        check: \(check)
        remedy: What to do.
    \(appliesWhen.map { "    applies_when: \($0)" } ?? "")
    """
}

/// A plan whose framework and objectives are the given YAML, indented under their keys.
func plan(framework: String = "", objectives: String = "") throws -> Plan {
    let header = try String(contentsOfFile: Paths.fixture("plan-header.yaml"), encoding: .utf8)
    func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }
    let text = header + "framework:\n" + indented(framework) + "\nobjectives:\n" + indented(objectives) + "\n"
    let (document, diagnostics) = DocumentLoader().load(bytes: Array(text.utf8), file: "plan.yaml")
    let errors = diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "the plan written by the test has errors: \(errors)")
    guard case .plan(let plan)? = document else { throw TestFailure("the text is not a plan") }
    return plan
}

/// The status of each requirement of `standard` for `plan`.
func statuses(of standard: any Standard, for plan: Plan, configuration: Configuration? = nil) throws
    -> [String: RequirementStatus]
{
    let engine = ComplianceEngine(registry: StandardRegistry([standard]))
    let compliance = engine.evaluate(
        plan, standards: [standard.id], asOf: try #require(CalendarDate(iso: "2026-06-30")),
        configuration: configuration)
    var result: [String: RequirementStatus] = [:]
    for item in compliance.standards.flatMap(\.results) { result[item.requirement.id] = item.status }
    return result
}

/// A failure of the test's own setup.
struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension Array where Element == Diagnostic {
    /// `line:column rule` of each diagnostic, for compact expectations.
    var places: [String] { map { "\($0.location.line):\($0.location.column) \($0.rule.rawValue)" } }
    var errors: [Diagnostic] { filter { $0.severity == .error } }
}
