import Foundation
import NaptrackCore
import NaptrackProgress

/// Renders the short per-plan overview that `naptrack` prints with no subcommand: the terminal
/// dashboard.
public enum SummaryRenderer {
    /// Each plan's file, period, content and budget, with, when `progress` is given, its headline
    /// (activities done, late and at risk; budget executed and funding gap), then its validation
    /// state. `style` colours what needs attention on a terminal.
    public static func text(
        _ report: ValidationReport, workspace: Workspace, progress: WorkspaceProgress? = nil,
        style: TerminalStyle = .plain
    ) -> String {
        var output = ""
        if report.plans.isEmpty { output += "No plans found.\n" }
        let progressByPlan = Dictionary((progress?.plans ?? []).map { ("\($0.file)\u{0}\($0.id)", $0) },
            uniquingKeysWith: { first, _ in first })
        for plan in report.plans {
            output += style.bold("\(plan.title.isEmpty ? plan.id : plan.title) (\(plan.id))") + "\n"
            output += "  file:        \(plan.file)\n"
            if let period = plan.period { output += "  period:      \(period.start) to \(period.end)\n" }
            output += "  content:     \(ValidationRenderer.plural(plan.objectiveCount, "objective")), "
                + "\(ValidationRenderer.plural(plan.activityCount, "activity").replacingOccurrences(of: "activitys", with: "activities"))\n"
            output += "  budget:      \(Money.format(plan.plannedBudget)) \(plan.currency) planned\n"
            let latest = plan.latestProgress.map { ", latest as of \($0)" } ?? ""
            output += "  progress:    \(ValidationRenderer.plural(plan.progressFileCount, "file"))\(latest)\n"
            if let evaluated = progressByPlan["\(plan.file)\u{0}\(plan.id)"] {
                output += headlineLines(PlanReport.Headline(evaluated, asOf: report.asOf), style: style)
            }
            let errors = plan.diagnostics.filter { $0.severity == .error }.count
            let warnings = plan.diagnostics.filter { $0.severity == .warning }.count
            let validation = errors == 0 && warnings == 0
                ? style.green("clean")
                : style.alert(ValidationRenderer.plural(errors, "error"), when: errors) + ", "
                    + style.caution(ValidationRenderer.plural(warnings, "warning"), when: warnings)
            output += "  validation:  \(validation)\n\n"
        }
        for diagnostic in report.diagnostics { output += style.diagnostic(diagnostic) + "\n" }
        output += ValidationRenderer.summaryLine(report) + "\n"
        return output
    }

    /// `  activities:  2 of 30 completed, 3 late, 3 at risk; 26.64% complete, 24.9% of the period elapsed`
    /// and `  money:       22.6% executed (EUR 1,226,200 of 5,415,000), funding gap EUR 1,770,000`.
    static func headlineLines(_ headline: PlanReport.Headline, style: TerminalStyle) -> String {
        let counts = headline.counts, money = headline.money, currency = headline.currency
        var activities = "\(counts.completed) of \(counts.total) completed, "
            + style.alert("\(headline.late) late", when: headline.late) + ", "
            + style.caution("\(headline.atRisk) at risk", when: headline.atRisk)
        var progress: [String] = []
        if let percent = headline.percentComplete { progress.append("\(Percent.format(percent)) complete") }
        if let elapsed = headline.periodElapsed { progress.append("\(Percent.format(share: elapsed)) of the period elapsed") }
        if !progress.isEmpty { activities += "; " + progress.joined(separator: ", ") }
        let executed = money.executed.map { Percent.format(share: $0) } ?? "n/a"
        let gap = "funding gap \(currency) \(Money.format(money.gap))"
        return "  activities:  \(activities)\n"
            + "  money:       \(executed) executed (\(currency) \(Money.format(money.spent)) of "
            + "\(Money.format(money.planned))), \(money.gap > 0 ? style.yellow(gap) : gap)\n"
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
