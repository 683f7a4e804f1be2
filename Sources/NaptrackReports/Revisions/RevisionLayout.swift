import Foundation
import NaptrackCore
import NaptrackRevisions

/// Lays out a plan comparison as a document: a summary first, then each kind of change.
extension RevisionDocument {
    typealias Wording = RevisionWording

    init(_ diff: PlanDiff) {
        let name = diff.new.title.isEmpty ? diff.new.id : diff.new.title
        title = "Changes to \(name): \(Self.version(diff.old)) → \(Self.version(diff.new))"
        var blocks: [Block] = [.paragraph(.text("From ") + .code(diff.old.file) + .text(" to ") + .code(diff.new.file))]
        blocks += Self.summary(diff)
        if diff.isEmpty {
            blocks.append(.paragraph("No changes in substance."))
        }
        if !diff.header.isEmpty {
            blocks.append(.heading("Plan"))
            blocks.append(.items(diff.header.map { Item(.code($0.field) + .text(": " + Wording.change($0))) }))
        }
        if !diff.agencies.isEmpty {
            blocks.append(.heading("Agencies"))
            blocks.append(.items(diff.agencies.map { Self.item($0, kind: "agency") }))
        }
        if !diff.framework.isEmpty {
            blocks.append(.heading("Framework facts"))
            blocks.append(.items(diff.framework.map { change in
                Item(.code(change.path) + .text(": " + Wording.change(change)),
                    details: [.text(Wording.locations(change.oldLocation, change.newLocation))])
            }))
        }
        if !diff.objectives.isEmpty {
            blocks.append(.heading("Objectives"))
            blocks.append(.items(diff.objectives.map { Self.item($0, kind: "objective") }))
        }
        for (kind, heading) in [(ChangeKind.added, "Activities added"), (.removed, "Activities removed"),
            (.changed, "Activities changed")]
        {
            let changes = diff.activities(kind)
            guard !changes.isEmpty else { continue }
            blocks.append(.heading(heading))
            blocks.append(.items(changes.map(Self.item)))
        }
        blocks += Self.budgetByObjective(diff.totals)
        if let compliance = diff.compliance { blocks += Self.compliance(compliance) }
        self.blocks = blocks
    }

    /// `revision 2 (adopted 2026-06-15)`, or the file when the plan has no revision number.
    private static func version(_ version: PlanVersion) -> String {
        guard let revision = version.revision else { return version.file }
        return "revision \(revision)"
    }

    private static func summary(_ diff: PlanDiff) -> [Block] {
        let totals = diff.totals
        var lines: [Item] = []
        var counts: [String] = []
        for (count, word) in [(totals.activitiesAdded, "added"), (totals.activitiesRemoved, "removed"),
            (totals.activitiesChanged, "changed")] where count > 0
        {
            counts.append("\(count) \(word)")
        }
        if totals.activitiesMoved > 0 { counts.append("\(totals.activitiesMoved) of them moved") }
        lines.append(Item(.text("Activities: \(totals.activitiesBefore) → \(totals.activitiesAfter)"
            + (counts.isEmpty ? "" : " (" + counts.joined(separator: ", ") + ")"))))
        var budget = "Budget: \(Money.format(totals.budgetBefore)) \(totals.currencyBefore) → "
            + "\(Money.format(totals.budgetAfter)) \(totals.currencyAfter)"
        if totals.currencyBefore == totals.currencyAfter {
            budget += " (\(Wording.signedMoney(totals.budgetDifference)))"
        }
        var budgetDetails: [Line] = []
        if totals.otherCurrencyBefore > 0 || totals.otherCurrencyAfter > 0 {
            budgetDetails.append(.text("leaves out activities budgeted in another currency: "
                + "\(totals.otherCurrencyBefore) before, \(totals.otherCurrencyAfter) after"))
        }
        lines.append(Item(.text(budget), details: budgetDetails))
        let schedule = totals.schedule
        var deadlines = "Deadlines: "
        if schedule.slippedActivities == 0 && schedule.advancedActivities == 0 {
            deadlines += "no due date moved"
        } else {
            var parts: [String] = []
            if schedule.slippedActivities > 0 {
                parts.append(Wording.count(schedule.slippedActivities, "activity", "activities")
                    + " due later by \(Wording.count(schedule.daysLater, "day", "days")) in total")
            }
            if schedule.advancedActivities > 0 {
                parts.append(Wording.count(schedule.advancedActivities, "activity", "activities")
                    + " due earlier by \(Wording.count(schedule.daysEarlier, "day", "days")) in total")
            }
            deadlines += parts.joined(separator: ", ") + "; net slip \(Wording.signedInteger(schedule.netDays)) days"
        }
        lines.append(Item(.text(deadlines)))
        if let compliance = diff.compliance {
            let scores = compliance.standards.map { standard in
                "\(standard.id) \(score(standard.scoreBefore)) → \(score(standard.scoreAfter))"
            }
            let changed = Wording.count(compliance.changeCount, "requirement", "requirements") + " changed status"
            lines.append(Item(.text("Compliance: " + (scores.isEmpty ? "no standard evaluated" : scores.joined(separator: ", ")
                + "; " + changed))))
        }
        return [.heading("Summary"), .items(lines)]
    }

    private static func score(_ score: Decimal?) -> String { score.map { "\($0)" } ?? "n/a" }

    /// An added, removed or changed item with an id, one detail line per field.
    private static func item(_ change: ItemChange, kind: String) -> Item {
        var verb: String
        switch change.kind {
        case .added: verb = " added"
        case .removed: verb = " removed"
        case .changed: verb = change.field("name") != nil && kind == "agency" ? " renamed" : " changed"
        }
        let details = change.fields.map { field -> Line in
            switch change.kind {
            case .added: .code(field.field) + .text(": " + Wording.value(field.new))
            case .removed: .code(field.field) + .text(" was " + Wording.value(field.old))
            case .changed: .code(field.field) + .text(": " + Wording.change(field))
            }
        }
        return Item(.text(kind + " ") + .code(change.id) + .text(verb), details: details)
    }

    private static func item(_ change: ActivityChange) -> Item {
        let line = Line.code(change.id) + .text(" " + change.title)
        var details: [Line] = []
        switch change.kind {
        case .added, .removed:
            if let summary = change.new ?? change.old {
                var facts = ["objective \(summary.objective)"]
                if let lead = summary.lead { facts.append("lead \(lead)") }
                if let start = summary.start, let due = summary.due { facts.append("\(start) to \(due)") }
                if let amount = summary.amount { facts.append("\(Money.format(amount)) \(summary.currency)") }
                details.append(.text(facts.joined(separator: ", ")))
                details.append(.text(Wording.locations(change.old?.location, change.new?.location)))
            }
        case .changed:
            for field in change.fields {
                if field.field == "objective" {
                    details.append(.text("moved from objective \(Wording.value(field.old)) to \(Wording.value(field.new))"))
                } else {
                    details.append(.code(field.field) + .text(": " + Wording.change(field)))
                }
            }
            if let budget = change.budget {
                for field in budget.fields {
                    details.append(.code("budget." + field.field) + .text(": " + Wording.change(field)))
                }
                for source in budget.sources { details.append(subitem(source, kind: "funding from")) }
            }
            for indicator in change.indicators { details.append(subitem(indicator, kind: "indicator")) }
            for milestone in change.milestones { details.append(subitem(milestone, kind: "milestone")) }
            details.append(.text(Wording.locations(change.old?.location, change.new?.location)))
        }
        return Item(line, details: details)
    }

    /// A funding source, indicator or milestone change on one line.
    private static func subitem(_ change: ItemChange, kind: String) -> Line {
        let head = Line.text(kind + " ") + .code(change.id)
        let fields: String
        switch change.kind {
        case .added:
            fields = " added: " + change.fields.map { "\($0.field) \(Wording.value($0.new))" }.joined(separator: ", ")
        case .removed:
            fields = " removed (was " + change.fields.map { "\($0.field) \(Wording.value($0.old))" }
                .joined(separator: ", ") + ")"
        case .changed:
            fields = ": " + change.fields.map { "\($0.field) \(Wording.change($0))" }.joined(separator: "; ")
        }
        return head + .text(fields)
    }

    private static func budgetByObjective(_ totals: Totals) -> [Block] {
        guard !totals.byObjective.isEmpty, totals.byObjective.contains(where: { $0.difference != 0 }) else { return [] }
        let currency = totals.currencyBefore == totals.currencyAfter
            ? totals.currencyAfter : "\(totals.currencyBefore) → \(totals.currencyAfter)"
        var rows = totals.byObjective.map { entry in
            [entry.objective, entry.title, Money.format(entry.before), Money.format(entry.after),
                Wording.signedMoney(entry.difference)]
        }
        rows.append(["", "Total", Money.format(totals.budgetBefore), Money.format(totals.budgetAfter),
            Wording.signedMoney(totals.budgetDifference)])
        return [
            .heading("Budget by objective (\(currency))"),
            .table(Table(header: ["Objective", "Title", "Before", "After", "Change"], rows: rows, numeric: [2, 3, 4])),
        ]
    }

    private static func compliance(_ compliance: ComplianceDelta) -> [Block] {
        var blocks: [Block] = [.heading("Compliance")]
        guard !compliance.standards.isEmpty else {
            return blocks + [.paragraph("No standard was evaluated.")]
        }
        blocks.append(.table(Table(
            header: ["Standard", "Score before", "Score after", "Change"],
            rows: compliance.standards.map { standard in
                [standard.id, score(standard.scoreBefore), score(standard.scoreAfter),
                    standard.scoreDifference.map(Wording.signedNumber) ?? "n/a"]
            }, numeric: [1, 2, 3])))
        let changes = compliance.standards.flatMap(\.changes)
        if changes.isEmpty {
            blocks.append(.paragraph("No requirement changed status."))
        } else {
            blocks.append(.items(changes.map { change in
                Item(.code(change.requirement) + .text(" \(status(change.before)) → \(status(change.after))"),
                    details: [.text("\(change.title) (\(change.reference))")])
            }))
        }
        return blocks
    }

    private static func status(_ status: (some RawRepresentable<String>)?) -> String { status?.rawValue ?? "not evaluated" }
}
