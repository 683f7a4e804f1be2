import Foundation
import NaptrackCore
import NaptrackProgress
import NaptrackStandards

// The values the HTML templates read. Mustache is logic-less: every number is formatted and
// every choice made here, so the templates only place text, and escape it.

/// A label with a figure, such as a headline card or a count.
struct FigureView {
    var label: String
    var value: String
    var detail: String
    /// A CSS modifier such as `alert` or `good`; empty when plain.
    var tone: String
}

/// One row of the progress tables (by objective, by lead agency).
struct GroupRowView {
    var id: String
    var name: String
    var indent: String
    var percent: String
    /// The percent as a CSS width, such as `26.6%`; `0%` when not known.
    var meter: String
    var activities: String
    var completed: String
    var overdue: String
    var late: String
    var behind: String
    var planned: String
    var committed: String
    var spent: String
    var gap: String
    var flagged: Bool
}

/// One activity in the activities table.
struct ActivityRowView {
    var anchor: String
    var id: String
    var title: String
    var lead: String
    var start: String
    var due: String
    var status: String
    var state: String
    var health: String
    var percent: String
    var planned: String
    var spent: String
    /// The latest note reported; `nil` when none.
    var note: String?
}

/// One line of the list of what needs attention.
struct AttentionView {
    var href: String
    var kind: String
    var id: String
    var title: String
    var lead: String
    var due: String
    var reasons: String
    var overdue: String
}

/// One funder in the funding table.
struct FunderView {
    var funder: String
    var committed: String
    var pledged: String
    var requested: String
    var activities: String
}

/// One cell of a compliance matrix row: filled for the requirement's status.
struct StatusCellView {
    var filled: Bool
    var status: String
    var symbol: String
    var label: String
    var href: String
}

/// One activity addressing a requirement, with how it is going.
struct AddressingActivityView {
    /// The activity's row; `nil` when the document has no activities table (a comparison).
    var href: String?
    var id: String
    var title: String
    var progress: String
    var budget: String
}

/// A requirement's row in the matrix and its evidence entry below it.
struct RequirementView {
    var anchor: String
    var id: String
    var title: String
    var reference: String
    var status: String
    var symbol: String
    var label: String
    var cells: [StatusCellView]
    /// The waiver, the missing facts or the findings count; `nil` when there is nothing to add.
    var note: String?
    var evidence: [String]
    var activities: [AddressingActivityView]
    var hasEvidence: Bool
    var hasActivities: Bool
}

/// One standard's compliance matrix.
struct StandardView {
    var id: String
    var title: String
    var version: String
    var score: String
    var counts: String
    var columns: [String]
    var requirements: [RequirementView]
}

/// One finding.
struct FindingView {
    var location: String
    var severity: String
    var rule: String
    var message: String
    var waiver: String
}

/// The findings of one severity.
struct FindingGroupView {
    var severity: String
    var title: String
    var count: String
    var findings: [FindingView]
}

/// One waiver.
struct WaiverView {
    var requirement: String
    var plan: String
    var reason: String
    var approvedBy: String
    var expires: String
    var state: String
}

/// Everything the `plan` template shows of one plan.
struct PlanView {
    var anchor: String
    var timelineAnchor: String
    var complianceAnchor: String
    var id: String
    var title: String
    var file: String
    var period: String
    var currency: String
    var asOf: String
    var elapsed: String
    var elapsedMeter: String
    var complete: String
    var completeMeter: String
    var cards: [FigureView]
    var statusCounts: [FigureView]
    var attention: [AttentionView]
    var hasAttention: Bool
    var objectives: [GroupRowView]
    var leads: [GroupRowView]
    var rollupExplanation: String
    var gantt: GanttChart?
    var activities: [ActivityRowView]
    var objectiveBars: BarChart?
    var funderBars: BarChart?
    var funders: [FunderView]
    var hasFunders: Bool
    var moneyNote: String
    var standards: [StandardView]
    var hasStandards: Bool
    var findingGroups: [FindingGroupView]
    var hasFindings: Bool
    var waivedFindings: [FindingView]
    var hasWaivedFindings: Bool
    var waiversInForce: [WaiverView]
    var waiversExpired: [WaiverView]
    var hasWaivers: Bool
}

/// One input file in the provenance footer.
struct InputFileView {
    var path: String
    var sha256: String
    var bytes: String
}

/// The provenance footer.
struct ProvenanceView {
    var toolVersion: String
    var asOf: String
    var inputs: [InputFileView]
    var catalogs: [FigureView]
    var hasCatalogs: Bool

    init(_ provenance: Provenance) {
        toolVersion = provenance.toolVersion
        asOf = "\(provenance.asOf)"
        inputs = provenance.inputs.map { InputFileView(path: $0.path, sha256: $0.sha256, bytes: "\($0.bytes)") }
        catalogs = provenance.catalogs.map { FigureView(label: $0.id, value: $0.version, detail: $0.title, tone: "") }
        hasCatalogs = !catalogs.isEmpty
    }
}

/// A link in the table of contents.
struct ContentsEntryView {
    var href: String
    var label: String
}

/// The whole document of `naptrack report --format html`.
struct ReportPageView {
    var title: String
    var asOf: String
    var toolVersion: String
    var stylesheet: String
    var script: String
    var contents: [ContentsEntryView]
    var hasContents: Bool
    var plans: [PlanView]
    var noPlans: Bool
    var otherFindings: [FindingView]
    var hasOtherFindings: Bool
    var comparison: ComparisonView?
    var isComparison: Bool
    var provenance: ProvenanceView
}

/// One plan's cell in the comparison matrix.
struct ComparisonCellView {
    var status: String
    var symbol: String
    var label: String
    var href: String
    var sortKey: String
    var checked: Bool
}

/// One requirement across the plans.
struct ComparisonRowView {
    var id: String
    var title: String
    var reference: String
    var cells: [ComparisonCellView]
}

/// One plan's score in the comparison.
struct ScoreCellView {
    var score: String
    var sortKey: String
}

/// One plan's scores across the standards, a row of the scores table.
struct ScoreRowView {
    var href: String
    var planID: String
    var title: String
    var scores: [ScoreCellView]
}

/// One standard's plans-by-requirements matrix.
struct ComparisonStandardView {
    var id: String
    var title: String
    var version: String
    var plans: [ContentsEntryView]
    var scores: [ScoreCellView]
    var rows: [ComparisonRowView]
}

/// The comparison section of `naptrack report --compare`.
struct ComparisonView {
    var plans: [ContentsEntryView]
    /// The standards as columns of the scores table.
    var standardNames: [ContentsEntryView]
    var scoreRows: [ScoreRowView]
    var standards: [ComparisonStandardView]
    var hasStandards: Bool
}
