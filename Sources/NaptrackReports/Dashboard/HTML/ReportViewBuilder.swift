import Foundation
import NaptrackCore
import NaptrackProgress
import NaptrackStandards

/// Turns the report values into the views the templates read.
enum ReportViewBuilder {
    static func page(_ dashboard: Dashboard, comparison: PlanComparison?) -> ReportPageView {
        let plans = dashboard.plans.map { plan($0, linkingActivities: comparison == nil) }
        let contents = dashboard.plans.map { ContentsEntryView(href: "#" + AnchorNames(planID: $0.id).plan, label: $0.displayTitle) }
        let title = comparison == nil
            ? (dashboard.plans.count == 1 ? "\(dashboard.plans[0].displayTitle): report" : "Action plans: report")
            : "Action plans compared"
        return ReportPageView(
            title: "\(title) as of \(dashboard.asOf)", asOf: "\(dashboard.asOf)",
            toolVersion: dashboard.provenance.toolVersion, stylesheet: ReportTemplates.stylesheet,
            script: comparison == nil ? "" : ReportTemplates.sortScript, contents: contents,
            hasContents: dashboard.plans.count > 1 && comparison == nil, plans: plans, noPlans: plans.isEmpty,
            otherFindings: dashboard.otherFindings.map { finding($0) }, hasOtherFindings: !dashboard.otherFindings.isEmpty,
            comparison: comparison.map(self.comparison), isComparison: comparison != nil,
            provenance: ProvenanceView(dashboard.provenance))
    }

    // MARK: One plan

    /// The view of one plan; with `linkingActivities`, activities cited by requirements link to
    /// their row in the activities table (a comparison has none).
    static func plan(_ report: PlanReport, linkingActivities: Bool = true) -> PlanView {
        let anchors = AnchorNames(planID: report.id)
        let headline = report.headline, money = headline.money, counts = headline.counts
        let currency = report.currency
        let elapsed = headline.periodElapsed.map { Percent.format(share: $0) }
        let complete = headline.percentComplete.map { Percent.format($0) }
        let cards = [
            FigureView(label: "Activities completed", value: "\(counts.completed) of \(counts.total)",
                detail: "\(counts.inProgress) in progress, \(counts.notStarted) not started", tone: ""),
            FigureView(label: "Late", value: "\(headline.late)", detail: "overdue or not started on time",
                tone: headline.late > 0 ? "alert" : "good"),
            FigureView(label: "At risk", value: "\(headline.atRisk)", detail: "behind schedule, not yet late",
                tone: headline.atRisk > 0 ? "warn" : "good"),
            FigureView(label: "Budget executed", value: money.executed.map { Percent.format(share: $0) } ?? "n/a",
                detail: "\(currency) \(Money.format(money.spent)) spent of \(Money.format(money.planned)) planned",
                tone: ""),
            FigureView(label: "Committed", value: "\(currency) \(Money.format(money.committed))",
                detail: "pledged \(Money.format(money.pledged)), requested \(Money.format(money.requested))", tone: ""),
            FigureView(label: "Funding gap", value: "\(currency) \(Money.format(money.gap))",
                detail: "planned minus committed", tone: money.gap > 0 ? "warn" : "good"),
        ]
        let statusCounts = [
            ("Not started", counts.notStarted), ("In progress", counts.inProgress), ("Completed", counts.completed),
            ("Suspended", counts.suspended), ("Cancelled", counts.cancelled), ("Overdue", counts.overdue),
            ("Late", counts.late), ("Behind", counts.behind), ("Never reported", counts.notReported),
        ].map { FigureView(label: $0.0, value: "\($0.1)", detail: "", tone: "") }
        let progress = report.progress
        let objectiveMoney = Dictionary(progress.ledger.byObjective.map { ($0.id, $0.money) }, uniquingKeysWith: { a, _ in a })
        let leadMoney = Dictionary(progress.ledger.byLead.map { ($0.id, $0.money) }, uniquingKeysWith: { a, _ in a })
        let waivers = report.waivers.map(waiver)
        let findingGroups = Severity.allCases.reversed().compactMap { severity -> FindingGroupView? in
            let findings = report.findings(severity)
            guard !findings.isEmpty else { return nil }
            let title = severity == .error ? "Errors" : severity == .warning ? "Warnings" : "Notes"
            return FindingGroupView(severity: severity.rawValue, title: title, count: "\(findings.count)",
                findings: findings.map { finding($0) })
        }
        let waived = report.waivedFindings.map { finding($0.finding, waiver: $0.waiver) }
        let funderNames = progress.ledger.byFunder.map { row in
            (row, row.name.flatMap { $0.isEmpty ? nil : $0 } ?? report.agencyNames[row.funder] ?? row.funder)
        }
        var moneyNote = "Amounts in \(currency). Funding gap is planned minus committed, never below zero."
        let kept = progress.ledger.otherCurrencies.map(\.currency)
        if !kept.isEmpty {
            moneyNote += " Amounts in \(kept.joined(separator: ", ")) are kept out of these totals."
        }
        return PlanView(
            anchor: anchors.plan, timelineAnchor: anchors.section("timeline"),
            complianceAnchor: anchors.section("compliance"), id: report.id, title: report.displayTitle,
            file: report.file, period: report.period.map { "\($0.start) to \($0.end)" } ?? "not declared",
            currency: currency, asOf: "\(report.asOf)", elapsed: elapsed ?? "n/a",
            elapsedMeter: meter(headline.periodElapsed.map { $0 * 100 }), complete: complete ?? "n/a",
            completeMeter: meter(headline.percentComplete), cards: cards, statusCounts: statusCounts,
            attention: report.attention.map { attention($0, report: report, anchors: anchors) },
            hasAttention: !report.attention.isEmpty,
            objectives: progress.rollup.objectives.map { groupRow($0, money: objectiveMoney[$0.id], nested: true) },
            leads: progress.rollup.leads.map { group in
                var row = groupRow(group, money: leadMoney[group.id], nested: false)
                row.name = report.agencyName(group.id)
                return row
            },
            rollupExplanation: progress.rollup.explanation, gantt: GanttChart(report, anchors: anchors),
            activities: progress.activities.map { activityRow($0, report: report, anchors: anchors) },
            objectiveBars: BarChart(
                caption: "Planned, committed and spent by objective, \(currency)",
                series: [.init(name: "planned", key: "planned"), .init(name: "committed", key: "committed"),
                         .init(name: "spent", key: "spent")],
                groups: progress.ledger.byObjective.map { row in
                    ("\(row.id) \(row.name)", [row.money.planned, row.money.committed, row.money.spent])
                }, currency: currency),
            funderBars: BarChart(
                caption: "Committed, pledged and requested by funder, \(currency)",
                series: [.init(name: "committed", key: "committed"), .init(name: "pledged", key: "pledged"),
                         .init(name: "requested", key: "requested")],
                groups: funderNames.map { row, name in
                    (name, [row.money.committed, row.money.pledged, row.money.requested])
                }, currency: currency),
            funders: funderNames.map { row, name in
                FunderView(funder: name, committed: Money.format(row.money.committed),
                    pledged: Money.format(row.money.pledged), requested: Money.format(row.money.requested),
                    activities: "\(row.activities)")
            },
            hasFunders: !funderNames.isEmpty, moneyNote: moneyNote,
            standards: report.standards.map { standard($0, anchors: anchors, linkingActivities: linkingActivities) }, hasStandards: !report.standards.isEmpty,
            findingGroups: findingGroups, hasFindings: !findingGroups.isEmpty, waivedFindings: waived,
            hasWaivedFindings: !waived.isEmpty, waiversInForce: waivers.filter { $0.state == "in force" },
            waiversExpired: waivers.filter { $0.state == "expired" }, hasWaivers: !waivers.isEmpty)
    }

    /// A percent (0 to 100) as a CSS width, clamped.
    static func meter(_ percent: Decimal?) -> String {
        guard let percent else { return "0%" }
        return "\(min(max(percent, 0), 100).rounded(places: 1))%"
    }

    static func groupRow(_ group: RollupGroup, money: MoneyLine?, nested: Bool) -> GroupRowView {
        let money = money ?? MoneyLine()
        let counts = group.counts
        return GroupRowView(
            id: group.id.isEmpty ? "(no lead)" : group.id, name: group.name,
            indent: nested ? "depth-\(min(group.depth, 3))" : "depth-0",
            percent: group.percent.map { Percent.format($0) } ?? "n/a", meter: meter(group.percent),
            activities: "\(counts.total)", completed: "\(counts.completed)", overdue: "\(counts.overdue)",
            late: "\(counts.late)", behind: "\(counts.behind)", planned: Money.format(money.planned),
            committed: Money.format(money.committed), spent: Money.format(money.spent), gap: Money.format(money.gap),
            flagged: counts.overdue + counts.late + counts.behind > 0)
    }

    static func activityRow(_ activity: NaptrackProgress.ActivityProgress, report: PlanReport, anchors: AnchorNames)
        -> ActivityRowView
    {
        ActivityRowView(
            anchor: anchors.activity(activity.id), id: activity.id, title: activity.title,
            lead: report.agencyName(activity.lead), start: activity.start.map { "\($0)" } ?? "",
            due: activity.due.map { "\($0)" } ?? "", status: activity.status.rawValue,
            state: GanttChart.state(of: activity),
            health: healthText(activity),
            percent: Percent.format(activity.percent),
            planned: activity.budgeted ? "\(activity.currency) \(Money.format(activity.money.planned))" : "",
            spent: Money.format(activity.money.spent), note: activity.note.flatMap { $0.isEmpty ? nil : $0 })
    }

    /// The health flags in words; `on track` without any, a dash for finished work.
    static func healthText(_ activity: NaptrackProgress.ActivityProgress) -> String {
        if !activity.health.isEmpty { return activity.health.map(\.rawValue).joined(separator: ", ") }
        return activity.status == .completed || activity.status == .cancelled ? "–" : "on track"
    }

    static func attention(_ item: PlanReport.AttentionItem, report: PlanReport, anchors: AnchorNames) -> AttentionView {
        AttentionView(
            href: "#" + anchors.activity(item.activity), kind: item.kind.rawValue, id: item.id, title: item.title,
            lead: report.agencyName(item.lead), due: item.due.map { "\($0)" } ?? "",
            reasons: item.reasons.joined(separator: ", "),
            overdue: item.daysOverdue.map { "\($0) day\($0 == 1 ? "" : "s")" } ?? "")
    }

    // MARK: Compliance

    static func statusSymbol(_ status: RequirementStatus) -> String {
        switch status {
        case .met: "✓"
        case .partial: "◐"
        case .notMet: "✗"
        case .unknown: "?"
        case .notApplicable: "–"
        case .waived: "⊘"
        }
    }

    static func standard(_ standard: StandardResult, anchors: AnchorNames, linkingActivities: Bool) -> StandardView {
        StandardView(
            id: standard.standardID, title: standard.title, version: standard.version,
            score: ComplianceRenderer.scoreText(standard.score), counts: ComplianceRenderer.countsText(standard),
            columns: RequirementStatus.allCases.map(ComplianceRenderer.statusTitle),
            requirements: standard.results.map { requirement($0, anchors: anchors, linkingActivities: linkingActivities) })
    }

    static func requirement(_ result: RequirementResult, anchors: AnchorNames, linkingActivities: Bool) -> RequirementView {
        let anchor = anchors.requirement(result.requirement.id)
        let label = ComplianceRenderer.statusTitle(result.status)
        let evidence = result.evidence.map { "\($0.summary) (\($0.location))" }
        let activities = result.activities.map { activity in
            AddressingActivityView(
                href: linkingActivities ? "#" + anchors.activity(activity.id) : nil, id: activity.id,
                title: activity.title, progress: activity.progress.map(progressText) ?? "no progress reported",
                budget: activity.budget.map { "\(activity.currency) \(Money.format($0))" } ?? "no budget")
        }
        let note = ComplianceRenderer.note(for: result)
        return RequirementView(
            anchor: anchor, id: result.requirement.id, title: result.requirement.title,
            reference: result.requirement.reference, status: result.status.rawValue,
            symbol: statusSymbol(result.status), label: label,
            cells: RequirementStatus.allCases.map { status in
                StatusCellView(filled: status == result.status, status: status.rawValue, symbol: statusSymbol(status),
                    label: ComplianceRenderer.statusTitle(status), href: "#" + anchor)
            },
            note: note, evidence: evidence, activities: activities, hasEvidence: !evidence.isEmpty,
            hasActivities: !activities.isEmpty)
    }

    /// `in-progress, 28%, behind`.
    static func progressText(_ progress: NaptrackStandards.ActivityProgress) -> String {
        var parts = [progress.status?.rawValue ?? "not reported"]
        if let percent = progress.percent { parts.append(Percent.format(percent)) }
        parts += progress.health
        return parts.joined(separator: ", ")
    }

    static func finding(_ diagnostic: Diagnostic, waiver: Waiver? = nil) -> FindingView {
        FindingView(
            location: diagnostic.location.description, severity: diagnostic.severity.rawValue,
            rule: diagnostic.rule.rawValue, message: diagnostic.message,
            waiver: waiver.map { "waived until \($0.expires) by \($0.approvedBy): \($0.reason)" } ?? "")
    }

    static func waiver(_ entry: PlanReport.WaiverEntry) -> WaiverView {
        WaiverView(
            requirement: entry.waiver.requirement, plan: entry.waiver.plan ?? "all plans", reason: entry.waiver.reason,
            approvedBy: entry.waiver.approvedBy, expires: "\(entry.waiver.expires)",
            state: entry.inForce ? "in force" : "expired")
    }

    // MARK: Comparison

    /// How a status sorts in the comparison: the most serious shortfall first.
    static func sortRank(_ status: RequirementStatus?) -> Int {
        switch status {
        case .notMet?: 0
        case .unknown?: 1
        case .partial?: 2
        case .waived?: 3
        case .met?: 4
        case .notApplicable?: 5
        case nil: 6
        }
    }

    static func comparison(_ comparison: PlanComparison) -> ComparisonView {
        let columns = comparison.columns.map {
            ContentsEntryView(href: "#" + AnchorNames(planID: $0.planID).plan, label: $0.planID)
        }
        let standards = comparison.standards.map { standard in
            ComparisonStandardView(
                id: standard.id, title: standard.title, version: standard.version, plans: columns,
                scores: zip(standard.scores, standard.checked).map { score, checked in
                    ScoreCellView(score: checked ? ComplianceRenderer.scoreText(score) : "not checked",
                        sortKey: score.map { String(format: "%.2f", $0) } ?? "-1")
                },
                rows: standard.rows.map { row in
                    ComparisonRowView(
                        id: row.requirementID, title: row.title, reference: row.reference,
                        cells: zip(comparison.columns, row.statuses).map { column, status in
                            let anchors = AnchorNames(planID: column.planID)
                            return ComparisonCellView(
                                status: status?.rawValue ?? "unchecked", symbol: status.map(statusSymbol) ?? "",
                                label: status.map(ComplianceRenderer.statusTitle) ?? "not checked",
                                href: "#" + anchors.requirement(row.requirementID), sortKey: "\(sortRank(status))",
                                checked: status != nil)
                        })
                })
        }
        let standardNames = comparison.standards.map {
            ContentsEntryView(href: "#comparison/" + $0.id, label: $0.id)
        }
        let scoreRows = comparison.columns.enumerated().map { index, column in
            ScoreRowView(
                href: "#" + AnchorNames(planID: column.planID).plan, planID: column.planID, title: column.title,
                scores: comparison.standards.map { standard in
                    ScoreCellView(
                        score: standard.checked[index] ? ComplianceRenderer.scoreText(standard.scores[index]) : "not checked",
                        sortKey: standard.scores[index].map { String(format: "%.2f", $0) } ?? "-1")
                })
        }
        return ComparisonView(plans: columns, standardNames: standardNames, scoreRows: scoreRows, standards: standards,
            hasStandards: !standards.isEmpty)
    }
}
