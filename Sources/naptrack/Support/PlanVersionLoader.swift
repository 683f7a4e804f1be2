import NaptrackCore
import NaptrackRevisions

/// Loads one version of a plan for `diff`: from a file, or from git history, with its
/// diagnostics (loading and validation).
enum PlanVersionLoader {
    /// The problem with reading a version from git.
    static let historyRule: RuleID = "git-history"

    /// The plan in `file`, or `nil` (with a run-preventing diagnostic) when it is not one.
    static func load(file: String, into diagnostics: inout [Diagnostic]) -> Plan? {
        let (document, found) = DocumentLoader().load(file: file)
        return plan(in: document, file: file, found: found, into: &diagnostics)
    }

    /// The plan in `file` as of git `revision`.
    static func load(file: String, at revision: String, into diagnostics: inout [Diagnostic]) -> Plan? {
        do {
            let version = try GitHistory.version(of: file, at: revision)
            let (document, found) = DocumentLoader().load(bytes: version.bytes, file: version.label)
            return plan(in: document, file: version.label, found: found, into: &diagnostics)
        } catch {
            diagnostics.append(Diagnostic(.error, error.description, rule: historyRule, at: .wholeFile(file),
                preventsRun: true))
            return nil
        }
    }

    /// The configuration in `file`, or `nil` (with a run-preventing diagnostic) when it is not one.
    static func loadConfiguration(file: String, into diagnostics: inout [Diagnostic]) -> Configuration? {
        let (document, found) = DocumentLoader().load(file: file)
        diagnostics += found
        guard case .configuration(let configuration)? = document else {
            if document != nil {
                diagnostics.append(Diagnostic(.error, "not a configuration file", rule: .document, at: .wholeFile(file),
                    preventsRun: true))
            }
            return nil
        }
        return configuration
    }

    private static func plan(in document: LoadedDocument?, file: String, found: [Diagnostic],
        into diagnostics: inout [Diagnostic]) -> Plan?
    {
        diagnostics += found
        guard case .plan(let plan)? = document else {
            if document != nil || !found.containsRunPreventingProblem {
                diagnostics.append(Diagnostic(.error, "not a plan file: diff compares two versions of a plan", rule: .document,
                    at: .wholeFile(file), preventsRun: true))
            }
            return nil
        }
        diagnostics += PlanValidator().validate(plan)
        return plan
    }
}
