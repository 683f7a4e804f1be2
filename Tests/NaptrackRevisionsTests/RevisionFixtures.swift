import Foundation
import NaptrackCore
import Testing

/// Small plans for comparison tests: a base plan in YAML, and versions of it made by replacing
/// exact pieces of its text, so each test shows the amendment it makes.
enum RevisionFixtures {
    static let base = """
        naptrack: 1
        plan:
          id: test-plan
          title: Test plan
          jurisdiction: EX
          period: {start: 2026-01-01, end: 2027-12-31}
          adopted: 2025-12-01
          revision: 1
          currency: EUR
          coordinator: coord
          review: {body: board, every_months: 6}
          standards: [plan-quality]
        agencies:
          - {id: coord, name: Coordinator, type: government}
          - {id: board, name: Review Board, type: coordination-body}
          - {id: ngo, name: Helping Hands, type: ngo}
          - {id: police, name: Police, type: law-enforcement}
        framework:
          reflection_period: {days: 30, conditional_on_cooperation: true}
          prevention:
            measures: [research, awareness]
          cooperation_agreements:
            - {parties: [coord, ngo], kind: mou, signed: 2024-05-01, covers: [roles, referral]}
            - {parties: [police, ngo], kind: protocol, signed: 2025-01-10, covers: [referral]}
        objectives:
          - id: O1
            title: Prevention
            area: prevention
            activities:
              - id: A1
                title: Hotline
                lead: ngo
                partners: [coord, police]
                start: 2026-01-01
                due: 2026-12-31
                budget:
                  amount: 1000
                  sources:
                    - {funder: state-budget, amount: 600, status: committed}
                    - {funder: donor, amount: 400, status: pledged}
                indicators:
                  - {id: calls, name: Calls answered, unit: calls, baseline: 0, target: 500}
                  - {id: referrals, name: Referrals, baseline: 0, target: 50}
                milestones:
                  - {id: A1-m1, title: Line open, due: 2026-03-31}
                addresses: [coe-cathb:art5.2]
                target_groups: [migrants, youth]
                forms: [sexual, labour]
              - id: A2
                title: Campaign
                lead: coord
                start: 2026-02-01
                due: 2026-10-31
                budget: {amount: 500}
          - id: O2
            title: Protection
            area: protection
            activities:
              - id: B1
                title: Shelter
                lead: ngo
                start: 2026-01-01
                due: 2027-12-31
                budget: {amount: 2000}

        """

    /// The base plan, read as `old.yaml`.
    static func old() throws -> Plan { try plan(base, file: "old.yaml") }

    /// The base plan with each `(original, replacement)` applied, read as `new.yaml`. Each
    /// original must occur exactly once, so a test cannot silently amend nothing.
    static func new(_ replacements: (String, String)...) throws -> Plan {
        try plan(amended(replacements), file: "new.yaml")
    }

    /// The base text with the replacements applied.
    static func amended(_ replacements: [(String, String)]) throws -> String {
        var text = base
        for (original, replacement) in replacements {
            let count = text.components(separatedBy: original).count - 1
            try #require(count == 1, "'\(original)' occurs \(count) times in the base plan")
            text = text.replacingOccurrences(of: original, with: replacement)
        }
        return text
    }

    /// The plan in `text`, which must load without errors.
    static func plan(_ text: String, file: String) throws -> Plan {
        let (document, diagnostics) = DocumentLoader().load(bytes: Array(text.utf8), file: file)
        let errors = diagnostics.filter { $0.severity == .error }
        try #require(errors.isEmpty, "fixture has errors: \(errors)")
        guard case .plan(let plan)? = document else { throw FixtureError.notAPlan }
        return plan
    }

    /// The plan in a file given relative to the package root, such as `plans/examplia/plan.yaml`,
    /// named by that relative path as when naptrack runs in the root.
    static func plan(at relativePath: String) throws -> Plan {
        let data = try Data(contentsOf: packageRoot.appendingPathComponent(relativePath))
        let (document, diagnostics) = DocumentLoader().load(bytes: [UInt8](data), file: relativePath)
        let errors = diagnostics.filter { $0.severity == .error }
        try #require(errors.isEmpty, "\(relativePath) has errors: \(errors)")
        guard case .plan(let plan)? = document else { throw FixtureError.notAPlan }
        return plan
    }

    /// The package's root directory, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The second revision of the Examplia plan, relative to the package root.
    static let exampliaRevision2 = "Tests/NaptrackRevisionsTests/Fixtures/examplia-rev2.yaml"

    /// The 1-based line of the first line of `text` containing `fragment`, and the column
    /// where the fragment starts.
    static func position(of fragment: String, in text: String) -> (line: Int, column: Int)? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: fragment) {
                return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        return nil
    }
}

enum FixtureError: Error { case notAPlan }
