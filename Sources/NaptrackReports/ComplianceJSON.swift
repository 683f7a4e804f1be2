import Foundation
import NaptrackCore
import NaptrackStandards

/// The JSON document of `naptrack check`, as the output contract defines it (plans, standards,
/// requirements with status, activities and evidence, findings), with added detail: titles,
/// counts, coverage with budgets, waivers and the waiver audit.
struct ComplianceJSON: Encodable {
    var asOf: String
    var plans: [PlanJSON]
    var findings: [FindingRecord]
    var waivers: [WaiverJSON]
    var waiverAudit: [FindingRecord]
    var summary: SummaryJSON

    enum CodingKeys: String, CodingKey {
        case asOf = "as_of"
        case plans, findings, waivers, summary
        case waiverAudit = "waiver_audit"
    }

    init(_ report: ComplianceReport) {
        asOf = report.asOf.description
        plans = report.plans.map(PlanJSON.init)
        findings = report.findings.map(FindingRecord.init)
        waivers = report.waivers.map { WaiverJSON($0, asOf: report.asOf) }
        waiverAudit = report.waiverAudit.map(FindingRecord.init)
        let counts = report.counts
        summary = SummaryJSON(
            files: report.fileCount, plans: report.plans.count, errors: counts.errors, warnings: counts.warnings,
            notes: counts.notes, waived: report.plans.reduce(0) { $0 + $1.suppressedFindings.count })
    }
}

struct SummaryJSON: Encodable {
    var files: Int
    var plans: Int
    var errors: Int
    var warnings: Int
    var notes: Int
    /// Findings a waiver suppresses.
    var waived: Int
}

struct PlanJSON: Encodable {
    var id: String
    var title: String
    var file: String
    var standards: [StandardJSON]
    var findings: [FindingRecord]
    var suppressedFindings: [SuppressedFindingJSON]

    enum CodingKeys: String, CodingKey {
        case id, title, file, standards, findings
        case suppressedFindings = "suppressed_findings"
    }

    init(_ entry: ComplianceReport.PlanEntry) {
        let compliance = entry.compliance
        id = compliance.planID
        title = compliance.planTitle
        file = compliance.file
        standards = compliance.standards.map(StandardJSON.init)
        findings = entry.findings.map(FindingRecord.init)
        suppressedFindings = entry.suppressedFindings.map { SuppressedFindingJSON(finding: FindingRecord($0.finding),
            waiver: WaiverJSON($0.waiver, asOf: compliance.asOf)) }
    }
}

struct StandardJSON: Encodable {
    var id: String
    var title: String
    var version: String
    var source: String
    var score: Double?
    var counts: [String: Int]
    var requirements: [RequirementJSON]

    init(_ result: StandardResult) {
        id = result.standardID
        title = result.title
        version = result.version
        source = result.source
        score = result.score
        let counts = result.counts
        self.counts = Dictionary(uniqueKeysWithValues: RequirementStatus.allCases.map { ($0.rawValue, counts[$0] ?? 0) })
        requirements = result.results.map(RequirementJSON.init)
    }

    enum CodingKeys: String, CodingKey {
        case id, title, version, source, score, counts, requirements
    }

    /// `score` is written as `null` when no requirement applies, so the key is always there.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(version, forKey: .version)
        try container.encode(source, forKey: .source)
        try container.encode(score, forKey: .score)
        try container.encode(counts, forKey: .counts)
        try container.encode(requirements, forKey: .requirements)
    }
}

struct RequirementJSON: Encodable {
    var id: String
    var title: String
    var reference: String
    var modality: String
    /// The severity findings carry after configuration; absent when the check is turned off.
    var severity: String?
    var status: String
    /// The status before any waiver.
    var assessedStatus: String
    var activities: [String]
    var coverage: [CoverageJSON]
    var evidence: [EvidenceJSON]
    var missingFacts: [String]
    var waiver: WaiverJSON?

    enum CodingKeys: String, CodingKey {
        case id, title, reference, modality, severity, status, activities, coverage, evidence, waiver
        case assessedStatus = "assessed_status"
        case missingFacts = "missing_facts"
    }

    init(_ result: RequirementResult) {
        let requirement = result.requirement
        id = requirement.id
        title = requirement.title
        reference = requirement.reference
        modality = requirement.modality.rawValue
        severity = result.severity?.rawValue
        status = result.status.rawValue
        assessedStatus = result.assessedStatus.rawValue
        activities = result.activities.map(\.id)
        coverage = result.activities.map(CoverageJSON.init)
        evidence = result.evidence.map(EvidenceJSON.init)
        missingFacts = result.missingFacts
        waiver = result.waiver.map { WaiverJSON($0, asOf: nil) }
    }
}

/// An activity addressing a requirement, with its budget, for the coverage matrix.
struct CoverageJSON: Encodable {
    var id: String
    var title: String
    var objective: String
    var due: String?
    var budget: Decimal?
    var currency: String
    var file: String
    var line: Int
    var column: Int
    /// Present only when a progress evaluation has attached it.
    var progress: ProgressJSON?

    init(_ activity: ActivityReference) {
        id = activity.id
        title = activity.title
        objective = activity.objective
        due = activity.due?.description
        budget = activity.budget
        currency = activity.currency
        file = activity.location.file
        line = activity.location.line
        column = activity.location.column
        progress = activity.progress.map(ProgressJSON.init)
    }
}

struct ProgressJSON: Encodable {
    var status: String?
    var percent: Decimal?
    var spent: Decimal?
    var health: [String]
    var asOf: String?

    enum CodingKeys: String, CodingKey {
        case status, percent, spent, health
        case asOf = "as_of"
    }

    init(_ progress: ActivityProgress) {
        status = progress.status?.rawValue
        percent = progress.percent
        spent = progress.spent
        health = progress.health
        asOf = progress.reportedAsOf?.description
    }
}

struct EvidenceJSON: Encodable {
    var file: String
    var line: Int
    var column: Int
    var summary: String

    init(_ evidence: Evidence) {
        file = evidence.location.file
        line = evidence.location.line
        column = evidence.location.column
        summary = evidence.summary
    }
}

struct WaiverJSON: Encodable {
    var requirement: String
    var plan: String?
    var reason: String
    var approvedBy: String
    var expires: String
    /// `in-force` or `expired` on the report date; absent where the waiver is shown applied.
    var state: String?
    var file: String
    var line: Int
    var column: Int

    enum CodingKeys: String, CodingKey {
        case requirement, plan, reason, expires, state, file, line, column
        case approvedBy = "approved_by"
    }

    init(_ waiver: Waiver, asOf: CalendarDate?) {
        requirement = waiver.requirement
        plan = waiver.plan
        reason = waiver.reason
        approvedBy = waiver.approvedBy
        expires = waiver.expires.description
        state = asOf.map { waiver.isInForce(on: $0) ? "in-force" : "expired" }
        file = waiver.location.file
        line = waiver.location.line
        column = waiver.location.column
    }
}

/// A finding a waiver suppresses: the finding's own keys, plus the waiver.
struct SuppressedFindingJSON: Encodable {
    var finding: FindingRecord
    var waiver: WaiverJSON

    enum CodingKeys: String, CodingKey { case waiver }

    func encode(to encoder: any Encoder) throws {
        try finding.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(waiver, forKey: .waiver)
    }
}
