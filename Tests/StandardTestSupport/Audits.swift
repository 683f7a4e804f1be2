import Foundation
import NaptrackCore
import NaptrackStandards

/// Checks a standard's catalog the way a reviewer would, returning every problem as a sentence so
/// that a test can show them all at once.
public enum CatalogAudit {
    /// Problems with the catalog: ids, prefixes, facts unknown to the vocabulary, missing texts.
    public static func problems(in standard: CatalogStandard) -> [String] {
        var problems: [String] = []
        var seen = Set<String>()
        for requirement in standard.requirements {
            let id = requirement.id
            if !seen.insert(id).inserted { problems.append("\(id) is defined twice") }
            if !id.hasPrefix(standard.id + ":") { problems.append("\(id) does not start with '\(standard.id):'") }
            let anchor = id.dropFirst(standard.id.count + 1)
            if anchor.isEmpty || anchor.contains(where: { !($0.isLowercase || $0.isNumber || $0 == "-" || $0 == ".") }) {
                problems.append("\(id) has an anchor that is not lower-case words joined by hyphens")
            }
            if requirement.facts.isEmpty { problems.append("\(id) reads no fact") }
            for fact in requirement.facts where FactVocabulary.type(at: fact) == nil {
                problems.append("\(id) reads '\(fact)', which the fact vocabulary does not have")
            }
            for (name, text) in [("title", requirement.title), ("reference", requirement.reference),
                ("rationale", requirement.rationale), ("remedy", requirement.remedy)]
            where text.trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append("\(id) has no \(name)")
            }
        }
        return problems
    }

    /// The fact paths among `paths` that the plan JSON Schema does not describe.
    public static func pathsMissingFromSchema(_ paths: [String]) -> [String] {
        guard let data = FormatSchema.plan.json.data(using: .utf8),
            let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let definitions = root["$defs"] as? [String: Any],
            let framework = definitions["framework"] as? [String: Any]
        else { return paths }
        return paths.filter { path in
            var node: [String: Any]? = framework
            for component in path.split(separator: ".") {
                var next = (node?["properties"] as? [String: Any])?[String(component)] as? [String: Any]
                if next?["type"] as? String == "array", let items = next?["items"] as? [String: Any] { next = items }
                node = next
            }
            return node == nil
        }
    }
}

extension RequirementResult {
    /// Why this result is not a well-founded `met` verdict: the status, a finding, or evidence that
    /// does not point into `file`.
    public func problemsAsMet(in file: String) -> [String] {
        var problems: [String] = []
        if status != .met { problems.append("\(requirement.id) is \(status.rawValue), not met; missing \(missingFacts)") }
        if !findings.isEmpty { problems.append("\(requirement.id) is met but reports \(findings.map(\.message))") }
        if evidence.isEmpty { problems.append("\(requirement.id) is met without evidence") }
        for item in evidence where item.location.file != file || item.location.line < 1 {
            problems.append("\(requirement.id) cites evidence '\(item.summary)' at \(item.location), outside \(file)")
        }
        return problems
    }

    /// Why this result is not a well-founded `not-met` verdict: the status, the severity its modality
    /// implies, the title and reference in each message, and findings that point into `file`.
    public func problemsAsNotMet(in file: String) -> [String] {
        var problems: [String] = []
        let id = requirement.id
        if status != .notMet { problems.append("\(id) is \(status.rawValue), not not-met; missing \(missingFacts)") }
        if findings.isEmpty { problems.append("\(id) is not met but reports nothing") }
        for finding in findings {
            if finding.severity != requirement.modality.defaultSeverity {
                problems.append("\(id) reports a \(finding.severity) for a \(requirement.modality.rawValue) requirement")
            }
            if finding.rule.rawValue != id { problems.append("\(id) reports under rule \(finding.rule.rawValue)") }
            if !finding.message.contains(requirement.title) || !finding.message.contains(requirement.reference) {
                problems.append("\(id) reports '\(finding.message)' without its title and reference")
            }
            if finding.location.file != file || finding.location.line < 1 {
                problems.append("\(id) reports at \(finding.location), outside \(file)")
            }
        }
        return problems
    }
}

extension RequirementResult {
    /// Why this verdict is not grounded in the plan file ending with `suffix`: a met verdict needs
    /// evidence there, a failed one findings there, an unknown one the facts it lacks.
    public func groundingProblems(inFileEndingWith suffix: String) -> [String] {
        let id = requirement.id
        switch status {
        case .met:
            return !evidence.isEmpty && evidence.allSatisfy({ $0.location.file.hasSuffix(suffix) })
                ? [] : ["\(id) is met without evidence in \(suffix): \(evidence)"]
        case .notMet, .partial:
            return !findings.isEmpty && findings.allSatisfy({ $0.location.file.hasSuffix(suffix) })
                ? [] : ["\(id) is \(status.rawValue) without findings in \(suffix): \(findings)"]
        case .unknown:
            return missingFacts.isEmpty ? ["\(id) is unknown without naming a missing fact"] : []
        case .notApplicable, .waived:
            return []
        }
    }
}
