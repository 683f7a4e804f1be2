import Foundation
import NaptrackCore
import NaptrackProgress
import NaptrackStandards

/// Renders a dashboard as a GitHub-flavoured Markdown brief for round-table minutes: per plan the
/// headline, the objectives table, what is overdue or late, and the compliance summary, with the
/// provenance at the end. Plan text is escaped so that `|`, `*`, `_` or `<` in a title cannot
/// break a table or turn into markup.
public enum MarkdownBriefRenderer {
    /// The brief on every plan.
    public static func render(_ dashboard: Dashboard) -> String {
        var output = "# Action plan brief as of \(dashboard.asOf)\n\n"
        if dashboard.plans.isEmpty { output += "No plans found.\n\n" }
        for plan in dashboard.plans { output += brief(plan) }
        output += otherFindings(dashboard.otherFindings)
        return output + provenance(dashboard.provenance)
    }

    /// The plans side by side: scores per standard, then each standard's requirements by plan.
    public static func renderComparison(_ dashboard: Dashboard) -> String {
        let comparison = PlanComparison(dashboard)
        var output = "# Action plans compared as of \(dashboard.asOf)\n\n"
        if comparison.standards.isEmpty { output += "No plan was checked against a standard.\n\n" }
        let plans = comparison.columns.map { Markdown.code($0.planID) }
        if !comparison.standards.isEmpty {
            output += "## Scores\n\n"
            output += row(["Plan"] + comparison.standards.map { Markdown.code($0.id) })
            output += "|---|" + comparison.standards.map { _ in "---:|" }.joined() + "\n"
            for (index, column) in comparison.columns.enumerated() {
                output += row([Markdown.code(column.planID) + " " + Markdown.escape(column.title)]
                    + comparison.standards.map { $0.checked[index] ? ComplianceRenderer.scoreText($0.scores[index]) : "not checked" })
            }
            output += "\n"
        }
        for standard in comparison.standards {
            output += "## \(Markdown.escape(standard.title)) (\(Markdown.code(standard.id)), version \(Markdown.escape(standard.version)))\n\n"
            output += row(["Requirement", "Reference"] + plans)
            output += "|---|---|" + plans.map { _ in "---|" }.joined() + "\n"
            for requirement in standard.rows {
                output += row([Markdown.code(requirement.requirementID) + " " + Markdown.escape(requirement.title),
                    Markdown.escape(requirement.reference)]
                    + requirement.statuses.map { $0.map(statusText) ?? "not checked" })
            }
            output += "\n"
        }
        return output + provenance(dashboard.provenance)
    }

    // MARK: Parts

    static func brief(_ plan: PlanReport) -> String {
        let headline = plan.headline, counts = headline.counts, money = headline.money, currency = plan.currency
        var output = "## \(Markdown.escape(plan.displayTitle)) (\(Markdown.code(plan.id)))\n\n"
        output += "File \(Markdown.code(plan.file))"
        if let period = plan.period { output += ", period \(period.start) to \(period.end)" }
        output += ", amounts in \(Markdown.escape(currency)).\n\n"
        output += "**" + Markdown.escape(ProgressRenderer.headline(plan.progress, asOf: plan.asOf)) + "**\n\n"
        let elapsed = headline.periodElapsed.map { Percent.format(share: $0) } ?? "n/a"
        output += "- Plan period elapsed: \(elapsed); work complete: \(headline.percentComplete.map { Percent.format($0) } ?? "n/a").\n"
        output += "- Activities: \(counts.total): \(counts.completed) completed, \(counts.inProgress) in progress, "
            + "\(counts.notStarted) not started, \(counts.suspended) suspended, \(counts.cancelled) cancelled; "
            + "\(counts.overdue) overdue, \(counts.late) late, \(counts.behind) behind.\n"
        output += "- Budget (\(Markdown.escape(currency))): \(Money.format(money.planned)) planned, "
            + "\(Money.format(money.committed)) committed, \(Money.format(money.spent)) spent"
            + " (\(money.executed.map { Percent.format(share: $0) } ?? "n/a") executed); funding gap "
            + "\(Money.format(money.gap)).\n\n"

        output += "### Objectives\n\n"
        output += row(["Objective", "Complete", "Activities", "Completed", "Overdue", "Late", "Behind", "Planned", "Spent"])
        output += "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n"
        let objectiveMoney = Dictionary(plan.progress.ledger.byObjective.map { ($0.id, $0.money) },
            uniquingKeysWith: { first, _ in first })
        for group in plan.progress.rollup.objectives {
            let money = objectiveMoney[group.id] ?? MoneyLine()
            let indent = String(repeating: "↳ ", count: group.depth)
            output += row([indent + Markdown.code(group.id) + " " + Markdown.escape(group.name),
                group.percent.map { Percent.format($0) } ?? "n/a", "\(group.counts.total)", "\(group.counts.completed)",
                "\(group.counts.overdue)", "\(group.counts.late)", "\(group.counts.behind)", Money.format(money.planned),
                Money.format(money.spent)])
        }
        output += "\n### Overdue and late\n\n"
        if plan.attention.isEmpty {
            output += "Nothing is overdue or late.\n\n"
        } else {
            output += row(["Item", "Title", "Lead", "Due", "Why", "Past due by"]) + "|---|---|---|---|---|---:|\n"
            for item in plan.attention {
                output += row([Markdown.code(item.id) + " (\(item.kind.rawValue))", Markdown.escape(item.title),
                    Markdown.escape(plan.agencyName(item.lead)), item.due.map { "\($0)" } ?? "",
                    item.reasons.joined(separator: ", "), item.daysOverdue.map { "\($0) days" } ?? ""])
            }
            output += "\n"
        }
        output += "### Compliance\n\n"
        if plan.standards.isEmpty {
            output += "The plan was not checked against any standard.\n\n"
        } else {
            let statuses = RequirementStatus.allCases
            output += row(["Standard", "Version", "Score"] + statuses.map(ComplianceRenderer.statusTitle))
            output += "|---|---|---:|" + statuses.map { _ in "---:|" }.joined() + "\n"
            for standard in plan.standards {
                let counts = standard.counts
                output += row([Markdown.code(standard.standardID) + " " + Markdown.escape(standard.title),
                    Markdown.escape(standard.version), ComplianceRenderer.scoreText(standard.score)]
                    + statuses.map { "\(counts[$0] ?? 0)" })
            }
            output += "\n"
            let results = plan.standards.flatMap(\.results)
            output += requirementList("Not met", results.filter { $0.status == .notMet }) { result in
                " (\(Markdown.escape(result.requirement.reference)))"
            }
            output += requirementList("Waived", results.filter { $0.status == .waived }) { result in
                result.waiver.map { ": until \($0.expires), approved by \(Markdown.escape($0.approvedBy))" } ?? ""
            }
            let errors = plan.findings(.error).count, warnings = plan.findings(.warning).count
            output += "Findings: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"); "
                + "`naptrack check` lists them with their places.\n\n"
        }
        return output
    }

    /// A bulleted list of `results` under `title`, each with what `detail` adds; empty without results.
    static func requirementList(_ title: String, _ results: [RequirementResult], detail: (RequirementResult) -> String)
        -> String
    {
        guard !results.isEmpty else { return "" }
        return "\(title):\n\n" + results.map { result in
            "- \(Markdown.code(result.requirement.id)) \(Markdown.escape(result.requirement.title))" + detail(result) + "\n"
        }.joined() + "\n"
    }

    static func otherFindings(_ findings: [Diagnostic]) -> String {
        guard !findings.isEmpty else { return "" }
        var output = "## Findings outside the plans\n\n" + row(["Location", "Severity", "Rule", "Message"])
        output += "|---|---|---|---|\n"
        for finding in findings {
            output += row([Markdown.code(finding.location.description), finding.severity.rawValue,
                Markdown.code(finding.rule.rawValue), Markdown.escape(finding.message)])
        }
        return output + "\n"
    }

    static func provenance(_ provenance: Provenance) -> String {
        var output = "---\n\n## Provenance\n\n"
        output += "Made by naptrack \(Markdown.escape(provenance.toolVersion)) for the report date \(provenance.asOf). "
            + "The same version on files with these SHA-256 digests, for the same date, gives this brief again.\n\n"
        output += row(["File", "SHA-256", "Bytes"]) + "|---|---|---:|\n"
        for input in provenance.inputs {
            output += row([Markdown.code(input.path), Markdown.code(input.sha256), "\(input.bytes)"])
        }
        if !provenance.catalogs.isEmpty {
            output += "\n" + row(["Standard", "Version", "Title"]) + "|---|---|---|\n"
            for catalog in provenance.catalogs {
                output += row([Markdown.code(catalog.id), Markdown.escape(catalog.version), Markdown.escape(catalog.title)])
            }
        }
        return output
    }

    static func statusText(_ status: RequirementStatus) -> String {
        ReportViewBuilder.statusSymbol(status) + " " + ComplianceRenderer.statusTitle(status)
    }

    /// One table row of cells that are already escaped.
    static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }
}
