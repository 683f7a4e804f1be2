import Foundation
import NaptrackCore
import NaptrackStandards

/// Renders the result of `check` as text, Markdown or JSON. Every format leads with the headline
/// (score and counts per plan and standard) before the detail, so a long list of findings never
/// buries it; waived requirements are shown as waived, with reason, approver and expiry.
public enum ComplianceRenderer {
    // MARK: Text

    /// The summary per plan and standard, the requirements of each, then every finding compiler
    /// style, the waived findings and the waiver audit, and a closing count.
    public static func text(_ report: ComplianceReport) -> String {
        var output = "Compliance as of \(report.asOf)\n\n"
        if report.plans.isEmpty { output += "No plans found.\n\n" }
        for entry in report.plans {
            let plan = entry.compliance
            output += "\(displayTitle(plan)) (\(plan.planID))\n  file: \(plan.file)\n"
            output += scoreLines(plan, indent: "  ") + "\n"
        }
        for entry in report.plans {
            for standard in entry.compliance.standards {
                output += "\(entry.compliance.planID): \(standard.standardID) (\(standard.title), version \(standard.version))\n"
                let width = standard.results.map(\.requirement.id.count).max() ?? 0
                for result in standard.results {
                    output += "  \(pad(result.status.rawValue, 14))  \(pad(result.requirement.id, width))  \(result.requirement.title)"
                    if let note = note(for: result) { output += "; \(note)" }
                    output += "\n"
                }
                output += "\n"
            }
        }
        let findings = report.plans.flatMap(\.compliance.findings) + report.diagnostics
        if !findings.isEmpty {
            output += "Findings\n" + findings.sorted().map { $0.description + "\n" }.joined() + "\n"
        }
        let suppressed = report.plans.flatMap(\.suppressedFindings)
        if !suppressed.isEmpty {
            output += "Waived findings\n"
            for (finding, waiver) in suppressed {
                output += "\(finding.description) (waived until \(waiver.expires) by \(waiver.approvedBy))\n"
            }
            output += "\n"
        }
        if !report.waiverAudit.isEmpty {
            output += "Waivers\n" + report.waiverAudit.map { $0.description + "\n" }.joined() + "\n"
        }
        output += summaryLine(report) + "\n"
        return output
    }

    /// `3 files, 2 plans, 1 standard: 0 errors, 12 warnings, 4 notes, 2 waived`.
    public static func summaryLine(_ report: ComplianceReport) -> String {
        let (errors, warnings, notes) = report.counts
        let waived = report.plans.reduce(0) { $0 + $1.suppressedFindings.count }
        var parts = [plural(errors, "error"), plural(warnings, "warning"), plural(notes, "note")]
        if waived > 0 { parts.append("\(waived) waived") }
        return "\(plural(report.fileCount, "file")), \(plural(report.plans.count, "plan")), "
            + "\(plural(report.standardIDs.count, "standard")): " + parts.joined(separator: ", ")
    }

    // MARK: Markdown

    /// A summary table per plan and standard, then each standard's requirement table, then the
    /// findings, the waived findings and the waivers.
    public static func markdown(_ report: ComplianceReport) -> String {
        var output = "# Compliance report\n\n"
        output += "As of \(report.asOf). \(summaryLine(report)).\n\n"
        output += "## Summary\n\n"
        if report.plans.isEmpty {
            output += "No plans found.\n\n"
        } else {
            let statuses = RequirementStatus.allCases
            output += "| Plan | Standard | Score | " + statuses.map { statusTitle($0) }.joined(separator: " | ") + " |\n"
            output += "|---|---|---:|" + statuses.map { _ in "---:|" }.joined() + "\n"
            for entry in report.plans {
                for standard in entry.compliance.standards {
                    let counts = standard.counts
                    output += "| \(Markdown.code(entry.compliance.planID)) | \(Markdown.code(standard.standardID)) | "
                        + "\(scoreText(standard.score)) | "
                        + statuses.map { String(counts[$0] ?? 0) }.joined(separator: " | ") + " |\n"
                }
            }
            output += "\n"
        }
        for entry in report.plans {
            let plan = entry.compliance
            output += "## \(Markdown.escape(displayTitle(plan))) (\(Markdown.code(plan.planID)))\n\n"
            output += "File: \(Markdown.code(plan.file))\n\n"
            for standard in plan.standards {
                output += "### \(Markdown.escape(standard.title)) (\(Markdown.code(standard.standardID)), version \(Markdown.escape(standard.version)))\n\n"
                output += "Score: \(scoreText(standard.score)). \(countsText(standard)).\n\n"
                output += "| Requirement | Title | Reference | Status | Activities | Note |\n|---|---|---|---|---|---|\n"
                for result in standard.results {
                    let activities = result.activities.map { activity in
                        activity.id + (activity.budget.map { " (\(Money.format($0)) \(activity.currency))" } ?? "")
                    }.joined(separator: ", ")
                    output += "| \(Markdown.code(result.requirement.id)) | \(Markdown.escape(result.requirement.title)) | "
                        + "\(Markdown.escape(result.requirement.reference)) | \(result.status.rawValue) | "
                        + "\(Markdown.escape(activities)) | \(Markdown.escape(note(for: result) ?? "")) |\n"
                }
                output += "\n"
            }
            output += findingsTable("Findings", entry.findings, level: 3)
            output += findingsTable("Waived findings", entry.suppressedFindings.map(\.finding), level: 3)
        }
        let planFiles = Set(report.plans.flatMap { $0.diagnostics.map(\.location.file) + [$0.compliance.file] })
        output += findingsTable("Other findings", report.diagnostics.filter { !planFiles.contains($0.location.file) },
            level: 2)
        if !report.waivers.isEmpty {
            output += "## Waivers\n\n| Requirement | Plan | Reason | Approved by | Expires | State |\n|---|---|---|---|---|---|\n"
            for waiver in report.waivers {
                output += "| \(Markdown.code(waiver.requirement)) | \(waiver.plan.map(Markdown.code) ?? "all plans") | "
                    + "\(Markdown.escape(waiver.reason)) | \(Markdown.escape(waiver.approvedBy)) | \(waiver.expires) | "
                    + "\(waiver.isInForce(on: report.asOf) ? "in force" : "expired") |\n"
            }
            output += "\n"
            output += findingsTable("Waiver audit", report.waiverAudit, level: 3)
        }
        return output
    }

    // MARK: JSON

    /// The JSON document of the output contract for `check`.
    public static func json(_ report: ComplianceReport) throws -> String {
        try JSONOutput.encode(ComplianceJSON(report))
    }

    // MARK: Shared pieces

    /// One line per standard checked for `plan`: id, score and counts by status.
    static func scoreLines(_ plan: PlanCompliance, indent: String) -> String {
        if plan.standards.isEmpty { return indent + "no standard was checked\n" }
        let width = plan.standards.map(\.standardID.count).max() ?? 0
        return plan.standards.map { standard in
            "\(indent)\(pad(standard.standardID, width))  score \(scoreText(standard.score))  \(countsText(standard))\n"
        }.joined()
    }

    /// `0.82`, or `n/a` when no requirement applies.
    static func scoreText(_ score: Double?) -> String {
        score.map { String(format: "%.2f", $0) } ?? "n/a"
    }

    /// `10 met, 1 partial, 2 not met`: the statuses that occur, in a fixed order.
    static func countsText(_ standard: StandardResult) -> String {
        let counts = standard.counts
        let parts = RequirementStatus.allCases.compactMap { status -> String? in
            guard let count = counts[status], count > 0 else { return nil }
            return "\(count) \(statusTitle(status).lowercased())"
        }
        return parts.isEmpty ? "no requirements" : parts.joined(separator: ", ")
    }

    static func statusTitle(_ status: RequirementStatus) -> String {
        switch status {
        case .met: "Met"
        case .partial: "Partial"
        case .notMet: "Not met"
        case .unknown: "Unknown"
        case .notApplicable: "Not applicable"
        case .waived: "Waived"
        }
    }

    /// What a reader needs beside the status: the waiver, the missing facts, the findings count.
    static func note(for result: RequirementResult) -> String? {
        if let waiver = result.waiver {
            return "waived until \(waiver.expires) by \(waiver.approvedBy): \(waiver.reason)"
        }
        if result.status == .unknown, !result.missingFacts.isEmpty {
            return "not declared: " + result.missingFacts.joined(separator: ", ")
        }
        if result.severity == nil, result.status != .met, result.status != .notApplicable {
            return "turned off in the configuration"
        }
        if !result.findings.isEmpty { return plural(result.findings.count, "finding") }
        return nil
    }

    static func displayTitle(_ plan: PlanCompliance) -> String { plan.planTitle.isEmpty ? plan.planID : plan.planTitle }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    static func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }

    private static func findingsTable(_ title: String, _ findings: [Diagnostic], level: Int) -> String {
        guard !findings.isEmpty else { return "" }
        var output = String(repeating: "#", count: level) + " \(title)\n\n"
        output += "| Location | Severity | Rule | Message |\n|---|---|---|---|\n"
        for finding in findings {
            output += "| \(Markdown.code(finding.location.description)) | \(finding.severity.rawValue) | "
                + "\(Markdown.code(finding.rule.rawValue)) | \(Markdown.escape(finding.message)) |\n"
        }
        return output + "\n"
    }
}

/// Escaping for text placed in Markdown tables and headings.
enum Markdown {
    /// `text` with the characters that would break a table cell or start markup escaped.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "|", "\\", "*", "_", "`", "[", "]", "<", ">": result += "\\" + String(character)
            case "\n": result += " "
            default: result.append(character)
            }
        }
        return result
    }

    /// `text` as inline code; backticks inside are replaced, pipes escaped for tables.
    static func code(_ text: String) -> String {
        "`" + text.replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "|", with: "\\|") + "`"
    }
}
