import Foundation
import NaptrackCore
import NaptrackStandards

/// Renders the result of `check` as a SARIF 2.1.0 log, for code-scanning services and editors.
///
/// Requirements become rules (with reference, rationale and remedy); loader and configuration
/// diagnostics become results of rules named `naptrack/<rule>`. Waived findings are results with
/// an accepted external suppression carrying the waiver's reason. Columns count Unicode code
/// points, as the loader does, and the log says so in `columnKind`.
public enum SARIFRenderer {
    /// The SARIF document for `report`, produced by naptrack `version`.
    public static func render(_ report: ComplianceReport, toolVersion version: String) throws -> String {
        var rules: [SARIF.Rule] = []
        var index: [String: Int] = [:]
        func ruleIndex(for requirement: Requirement) -> Int {
            if let known = index[requirement.id] { return known }
            index[requirement.id] = rules.count
            rules.append(SARIF.Rule(requirement))
            return rules.count - 1
        }
        func ruleIndex(for rule: RuleID, severity: Severity) -> Int {
            let id = "naptrack/" + rule.rawValue
            if let known = index[id] { return known }
            index[id] = rules.count
            rules.append(SARIF.Rule(coreRule: rule, id: id, level: severity))
            return rules.count - 1
        }

        var results: [SARIF.Result] = []
        let requirements = Dictionary(
            report.plans.flatMap(\.compliance.standards).flatMap(\.results).map { ($0.requirement.id, $0.requirement) },
            uniquingKeysWith: { first, _ in first })
        for standard in report.plans.flatMap(\.compliance.standards) {
            for requirement in standard.results.map(\.requirement) { _ = ruleIndex(for: requirement) }
        }
        for entry in report.plans {
            func standardResult(_ finding: Diagnostic) -> SARIF.Result {
                let position = index[finding.rule.rawValue] ?? ruleIndex(for: finding.rule, severity: finding.severity)
                return result(finding, id: rules[position].id, index: position)
            }
            results += entry.compliance.findings.map(standardResult)
            for (finding, waiver) in entry.suppressedFindings {
                var suppressed = standardResult(finding)
                suppressed.suppressions = [SARIF.Suppression(waiver)]
                results.append(suppressed)
            }
        }
        for diagnostic in report.diagnostics + report.waiverAudit where requirements[diagnostic.rule.rawValue] == nil {
            let position = ruleIndex(for: diagnostic.rule, severity: diagnostic.severity)
            results.append(result(diagnostic, id: rules[position].id, index: position))
        }
        results.sort { ($0.sortKey, $0.ruleId, $0.message.text) < ($1.sortKey, $1.ruleId, $1.message.text) }

        let log = SARIF.Log(runs: [
            SARIF.Run(
                tool: SARIF.Tool(driver: SARIF.Driver(name: "naptrack", version: version, rules: rules)),
                results: results,
                properties: ["asOf": report.asOf.description])
        ])
        return try JSONOutput.encode(log)
    }

    private static func result(_ diagnostic: Diagnostic, id: String, index: Int) -> SARIF.Result {
        SARIF.Result(
            ruleId: id, ruleIndex: index, level: diagnostic.severity.rawValue,
            message: SARIF.Text(text: diagnostic.message),
            locations: [SARIF.Location(diagnostic.location)], suppressions: nil,
            sortKey: diagnostic.location)
    }
}

/// The part of the SARIF 2.1.0 object model naptrack writes.
enum SARIF {
    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
        var columnKind = "unicodeCodePoints"
        var properties: [String: String]

        enum CodingKeys: String, CodingKey { case tool, results, columnKind, properties }

        init(tool: Tool, results: [Result], properties: [String: String]) {
            self.tool = tool
            self.results = results
            self.properties = properties
        }
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var rules: [Rule]
    }

    struct Text: Encodable {
        var text: String
    }

    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var fullDescription: Text
        var help: Text
        var defaultConfiguration: Configuration
        var properties: [String: String]

        struct Configuration: Encodable {
            var level: String
        }

        init(_ requirement: Requirement) {
            id = requirement.id
            name = Rule.pascalCase(requirement.id)
            shortDescription = Text(text: requirement.title)
            fullDescription = Text(text: requirement.rationale)
            help = Text(text: requirement.remedy)
            defaultConfiguration = Configuration(level: requirement.modality.defaultSeverity.rawValue)
            properties = [
                "reference": requirement.reference, "modality": requirement.modality.rawValue,
                "standard": String(requirement.id.split(separator: ":", maxSplits: 1).first ?? ""),
            ]
        }

        init(coreRule: RuleID, id: String, level: Severity) {
            self.id = id
            name = Rule.pascalCase(id)
            let summary = CoreRules.summary(of: coreRule)
            shortDescription = Text(text: summary)
            fullDescription = Text(text: summary)
            help = Text(text: "See docs/plan-format.md for the format, and the message for the place to fix.")
            defaultConfiguration = Configuration(level: level.rawValue)
            properties = ["kind": "loader"]
        }

        /// `plan-quality:review-cycle` → `PlanQualityReviewCycle`.
        static func pascalCase(_ id: String) -> String {
            id.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }
                .joined()
        }
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
        var suppressions: [Suppression]?
        /// Orders results; not written.
        var sortKey: SourceLocation

        enum CodingKeys: String, CodingKey { case ruleId, ruleIndex, level, message, locations, suppressions }
    }

    struct Suppression: Encodable {
        var kind = "external"
        var status = "accepted"
        var justification: String
        var properties: [String: String]

        init(_ waiver: Waiver) {
            justification = waiver.reason
            properties = [
                "approvedBy": waiver.approvedBy, "expires": waiver.expires.description,
                "waiver": "\(waiver.location.file):\(waiver.location.line):\(waiver.location.column)",
            ]
        }
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation

        init(_ location: SourceLocation) {
            physicalLocation = PhysicalLocation(
                artifactLocation: ArtifactLocation(uri: ArtifactLocation.uri(for: location.file)),
                region: location.line > 0
                    ? Region(startLine: location.line, startColumn: max(1, location.column)) : nil)
        }
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        /// Absent when the finding concerns the file as a whole.
        var region: Region?
    }

    struct ArtifactLocation: Encodable {
        var uri: String

        /// A relative path stays relative, percent-encoded; an absolute one becomes a `file:` URI.
        static func uri(for path: String) -> String {
            var allowed = CharacterSet.urlPathAllowed
            allowed.remove(charactersIn: ";?#[]")
            let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
            return path.hasPrefix("/") ? "file://" + encoded : encoded
        }
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
    }
}

/// One-line descriptions of the loader's and the engine's own rules, for SARIF rule metadata.
enum CoreRules {
    static func summary(of rule: RuleID) -> String {
        switch rule {
        case .document: "The file cannot be read, or is not a naptrack document"
        case .syntax: "YAML that cannot be parsed"
        case .limits: "Input beyond the size, depth or alias limits"
        case .version: "Missing or unknown format version"
        case .type: "A value of the wrong type"
        case .required: "A required key is missing"
        case .date: "A date that is not a real ISO calendar date"
        case .amount: "An amount that is negative or not a number"
        case .currency: "A currency that is not an ISO 4217 code"
        case .value: "A value outside its allowed set"
        case .duplicateKey: "The same key twice in one mapping"
        case .duplicateID: "The same id twice within its kind"
        case .reference: "A reference to something that does not exist"
        case .dateOrder: "An end or due date before its start"
        case .period: "A date outside the plan period"
        case .unknownKey: "A key the format does not know"
        case .progressPlan: "A progress file for a plan that is not loaded"
        case "waiver-expired": "A waiver past its expiry date"
        case "waiver-unused": "A waiver that matches no checked requirement, or is no longer needed"
        default: "Reported by naptrack's \(rule.rawValue) check"
        }
    }
}
