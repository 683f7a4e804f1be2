import NaptrackCore
import NaptrackStandards

/// The compliance part of the overview `naptrack` prints with no subcommand: each plan's score
/// per standard and its most serious findings.
public enum ComplianceSummaryRenderer {
    /// Scores per plan and standard with up to `top` findings per plan, most serious first, then
    /// the problems with the standards and waivers named in the files.
    public static func text(_ report: ComplianceReport, top: Int = 3, style: TerminalStyle = .plain) -> String {
        guard !report.plans.isEmpty else { return "" }
        var output = style.bold("Standards (as of \(report.asOf))") + "\n"
        for entry in report.plans {
            let plan = entry.compliance
            output += "  \(style.bold(plan.planID))\n" + ComplianceRenderer.scoreLines(plan, indent: "    ")
            let findings = mostSeriousFirst(plan)
            guard !findings.isEmpty else { continue }
            output += "    top findings:\n"
            for finding in findings.prefix(top) { output += "      \(style.diagnostic(finding))\n" }
            if findings.count > top {
                output += "      … and \(findings.count - top) more; 'naptrack check' lists them all\n"
            }
        }
        let problems = report.referenceDiagnostics + report.waiverAudit
        if !problems.isEmpty {
            output += "  standards and waivers:\n" + problems.map { "    \(style.diagnostic($0))\n" }.joined()
        }
        return output + "\n"
    }

    /// The plan's findings by severity, then shortfalls before work under way before facts not
    /// declared, then by place, so the headline shows what is wrong before what is unknown.
    static func mostSeriousFirst(_ plan: PlanCompliance) -> [Diagnostic] {
        func rank(_ status: RequirementStatus) -> Int {
            switch status {
            case .notMet: 0
            case .partial: 1
            default: 2
            }
        }
        let ranked = plan.standards.flatMap(\.results).flatMap { result in
            result.findings.map { (finding: $0, rank: rank(result.status)) }
        }
        return ranked.sorted { lhs, rhs in
            if lhs.finding.severity != rhs.finding.severity { return lhs.finding.severity > rhs.finding.severity }
            if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
            return lhs.finding < rhs.finding
        }.map(\.finding)
    }
}
