import Foundation
import NaptrackCore

/// Renders the short per-plan overview that `naptrack` prints with no subcommand.
public enum SummaryRenderer {
    public static func text(_ report: ValidationReport, workspace: Workspace) -> String {
        var output = ""
        if report.plans.isEmpty { output += "No plans found.\n" }
        for plan in report.plans {
            output += "\(plan.title.isEmpty ? plan.id : plan.title) (\(plan.id))\n"
            output += "  file:        \(plan.file)\n"
            if let period = plan.period { output += "  period:      \(period.start) to \(period.end)\n" }
            output += "  content:     \(ValidationRenderer.plural(plan.objectiveCount, "objective")), "
                + "\(ValidationRenderer.plural(plan.activityCount, "activity").replacingOccurrences(of: "activitys", with: "activities"))\n"
            output += "  budget:      \(Money.format(plan.plannedBudget)) \(plan.currency) planned\n"
            let latest = plan.latestProgress.map { ", latest as of \($0)" } ?? ""
            output += "  progress:    \(ValidationRenderer.plural(plan.progressFileCount, "file"))\(latest)\n"
            let errors = plan.diagnostics.filter { $0.severity == .error }.count
            let warnings = plan.diagnostics.filter { $0.severity == .warning }.count
            output += "  validation:  \(errors == 0 && warnings == 0 ? "clean" : "\(ValidationRenderer.plural(errors, "error")), \(ValidationRenderer.plural(warnings, "warning"))")\n\n"
        }
        for diagnostic in report.diagnostics { output += diagnostic.description + "\n" }
        output += ValidationRenderer.summaryLine(report) + "\n"
        return output
    }
}

/// Formatting of exact amounts for people: thousands separated, no floating point.
public enum Money {
    /// `1234567.5` → `1,234,567.50`; whole amounts keep no decimals.
    public static func format(_ amount: Decimal) -> String {
        var value = amount
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 2, .plain)
        let text = "\(rounded)"
        let negative = text.hasPrefix("-")
        let unsigned = negative ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        let integer = String(parts.first ?? "0")
        var grouped = ""
        for (index, character) in integer.reversed().enumerated() {
            if index > 0, index % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        var result = String(grouped.reversed())
        if parts.count == 2 {
            let fraction = String(parts[1])
            result += "." + (fraction.count == 1 ? fraction + "0" : fraction)
        }
        return (negative ? "-" : "") + result
    }
}
