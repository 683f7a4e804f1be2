import Foundation
import NaptrackCore

/// Why a test fixture could not be turned into a plan.
public enum FixtureError: Error, CustomStringConvertible {
    /// The fixture loaded with errors; they are listed so the failing test shows them.
    case invalid([Diagnostic])
    /// The fixture is not a plan document.
    case notAPlan

    /// The reason, with the fixture's errors.
    public var description: String {
        switch self {
        case .invalid(let errors): "fixture has errors: " + errors.map(\.message).joined(separator: "; ")
        case .notAPlan: "fixture is not a plan"
        }
    }
}

/// Loads a small plan from YAML text for standard tests. The plan header and one agency, `coord`,
/// are supplied; `agencies`, `framework` and `objectives` are indented into place, so fixtures stay
/// short. Without extra agencies, `framework:` is on line 10 and its first fact on line 11.
///
/// - Throws: `FixtureError` when the text does not load as a plan without errors.
public func loadPlan(framework: String = "", objectives: String = "", agencies: String = "",
    file: String = "test.yaml") throws -> Plan
{
    func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }
    let header = """
        naptrack: 1
        plan:
          id: test-plan
          title: Test plan
          jurisdiction: EX
          period: {start: 2026-01-01, end: 2027-12-31}
          currency: EUR
        agencies:
          - {id: coord, name: Coordinator, type: government}
        """
    let text = [header, agencies.isEmpty ? nil : indented(agencies), "framework:", indented(framework),
        "objectives:", indented(objectives)].compactMap { $0 }.joined(separator: "\n")
    let (document, diagnostics) = DocumentLoader().load(bytes: Array(text.utf8), file: file)
    let errors = diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty else { throw FixtureError.invalid(errors) }
    guard case .plan(let plan)? = document else { throw FixtureError.notAPlan }
    return plan
}

/// A configuration holding only the given thresholds, as `naptrack.yaml` would declare them.
public func configuration(thresholds: [String: Decimal]) -> Configuration {
    let file = "naptrack.yaml"
    var configuration = Configuration(file: file, location: .wholeFile(file))
    configuration.thresholds = thresholds.sorted { $0.key < $1.key }.map {
        Located(Threshold(key: $0.key, value: $0.value), at: .wholeFile(file))
    }
    return configuration
}

/// The repository's `plans/` folder with the example plans, found from this source file's place.
public let examplePlansFolder: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("plans").path
}()
