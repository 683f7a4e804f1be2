import Foundation
import NaptrackCore
import NaptrackRevisions

/// The JSON document of `naptrack diff --format json`: `snake_case` keys (converted from the
/// property names by the encoder), ISO dates, amounts
/// as exact decimal numbers, and every list in the comparison's stable order. Absent values
/// are `null`, so every change has the same keys.
struct RevisionJSON: Encodable {
    var old: VersionJSON
    var new: VersionJSON
    var plan: [ChangeJSON]
    var agencies: [ItemJSON]
    var framework: [ChangeJSON]
    var objectives: [ItemJSON]
    var activities: [ActivityJSON]
    var totals: TotalsJSON
    var compliance: Nullable<ComplianceJSON>

    init(_ diff: PlanDiff) {
        old = VersionJSON(diff.old)
        new = VersionJSON(diff.new)
        plan = diff.header.map { ChangeJSON($0) }
        agencies = diff.agencies.map(ItemJSON.init)
        framework = diff.framework.map { ChangeJSON($0, keyedBy: .path) }
        objectives = diff.objectives.map(ItemJSON.init)
        activities = diff.activities.map(ActivityJSON.init)
        totals = TotalsJSON(diff.totals)
        compliance = Nullable(diff.compliance.map(ComplianceJSON.init))
    }
}

// The parts of the document, named within `RevisionJSON` so they stay apart from other reports.
extension RevisionJSON {
    struct VersionJSON: Encodable {
        var file: String
        var id: String
        var title: String
        var revision: Nullable<Int>
        var adopted: Nullable<String>

        init(_ version: PlanVersion) {
            file = version.file
            id = version.id
            title = version.title
            revision = Nullable(version.revision)
            adopted = Nullable(version.adopted?.description)
        }
    }

    /// A location as in the output contract's evidence: file, line, column.
    struct LocationJSON: Encodable {
        var file: String
        var line: Int
        var column: Int

        static func of(_ location: SourceLocation?) -> Nullable<LocationJSON> {
            Nullable(location.map { LocationJSON(file: $0.file, line: $0.line, column: $0.column) })
        }
    }

    /// A field value as JSON: text and dates as strings, amounts and numbers as exact numbers.
    struct ValueJSON: Encodable {
        var value: FieldValue

        static func of(_ value: FieldValue?) -> Nullable<ValueJSON> { Nullable(value.map(ValueJSON.init)) }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch value {
            case .text(let text): try container.encode(text)
            case .date(let date): try container.encode(date.description)
            case .amount(let number), .number(let number): try container.encode(number)
            case .bool(let flag): try container.encode(flag)
            case .list(let items): try container.encode(items)
            }
        }
    }

    /// One changed value: a header or item field (keyed `field`) or a framework fact (keyed `path`),
    /// with `shift_days`, `difference` or `added` and `removed` where they apply.
    struct ChangeJSON: Encodable {
        var change: FieldChange
        var key: CodingKeys

        init(_ change: FieldChange, keyedBy key: CodingKeys = .field) {
            self.change = change
            self.key = key
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(change.field, forKey: key)
            try container.encode(change.kind.rawValue, forKey: .change)
            try container.encode(ValueJSON.of(change.old), forKey: .old)
            try container.encode(ValueJSON.of(change.new), forKey: .new)
            try container.encode(LocationJSON.of(change.oldLocation), forKey: .oldLocation)
            try container.encode(LocationJSON.of(change.newLocation), forKey: .newLocation)
            try container.encodeIfPresent(change.shiftInDays, forKey: .shiftDays)
            try container.encodeIfPresent(change.difference, forKey: .difference)
            if change.isListChange {
                try container.encode(change.addedItems, forKey: .added)
                try container.encode(change.removedItems, forKey: .removed)
            }
        }

        enum CodingKeys: String, CodingKey {
            case field, path, change, old, new, added, removed, difference, oldLocation, newLocation, shiftDays
        }
    }

    /// An added, removed or changed item with an id.
    struct ItemJSON: Encodable {
        var id: String
        var change: String
        var fields: [ChangeJSON]
        var oldLocation: Nullable<LocationJSON>
        var newLocation: Nullable<LocationJSON>

        init(_ item: ItemChange) {
            id = item.id
            change = item.kind.rawValue
            fields = item.fields.map { ChangeJSON($0) }
            oldLocation = LocationJSON.of(item.oldLocation)
            newLocation = LocationJSON.of(item.newLocation)
        }
    }

    struct ActivityJSON: Encodable {
        /// One version of the activity, in brief.
        struct SummaryJSON: Encodable {
            var title: String
            var objective: String
            var lead: Nullable<String>
            var start: Nullable<String>
            var due: Nullable<String>
            var amount: Nullable<Decimal>
            var currency: String
            var location: LocationJSON

            init(_ summary: ActivitySummary) {
                title = summary.title
                objective = summary.objective
                lead = Nullable(summary.lead)
                start = Nullable(summary.start?.description)
                due = Nullable(summary.due?.description)
                amount = Nullable(summary.amount)
                currency = summary.currency
                location = LocationJSON(file: summary.location.file, line: summary.location.line,
                    column: summary.location.column)
            }
        }

        struct BudgetJSON: Encodable {
            var fields: [ChangeJSON]
            var sources: [ItemJSON]
        }

        var id: String
        var change: String
        var moved: Bool
        var dueShiftDays: Nullable<Int>
        var old: Nullable<SummaryJSON>
        var new: Nullable<SummaryJSON>
        var fields: [ChangeJSON]
        var budget: Nullable<BudgetJSON>
        var indicators: [ItemJSON]
        var milestones: [ItemJSON]

        init(_ change: ActivityChange) {
            id = change.id
            self.change = change.kind.rawValue
            moved = change.isMoved
            dueShiftDays = Nullable(change.dueShift)
            old = Nullable(change.old.map(SummaryJSON.init))
            new = Nullable(change.new.map(SummaryJSON.init))
            fields = change.fields.map { ChangeJSON($0) }
            budget = Nullable(change.budget.map { budget in
                BudgetJSON(fields: budget.fields.map { ChangeJSON($0) }, sources: budget.sources.map(ItemJSON.init))
            })
            indicators = change.indicators.map(ItemJSON.init)
            milestones = change.milestones.map(ItemJSON.init)
        }
    }

    struct TotalsJSON: Encodable {
        struct ActivitiesJSON: Encodable {
            var before: Int
            var after: Int
            var added: Int
            var removed: Int
            var moved: Int
            var changed: Int
        }

        struct BudgetJSON: Encodable {
            var currencyBefore: String
            var currencyAfter: String
            var before: Decimal
            var after: Decimal
            var difference: Decimal
            var otherCurrencyActivitiesBefore: Int
            var otherCurrencyActivitiesAfter: Int
            var byObjective: [ObjectiveJSON]
        }

        struct ObjectiveJSON: Encodable {
            var objective: String
            var title: String
            var before: Decimal
            var after: Decimal
            var difference: Decimal
        }

        struct ScheduleJSON: Encodable {
            var slippedActivities: Int
            var daysLater: Int
            var advancedActivities: Int
            var daysEarlier: Int
            var netSlipDays: Int
        }

        var activities: ActivitiesJSON
        var budget: BudgetJSON
        var schedule: ScheduleJSON

        init(_ totals: Totals) {
            activities = ActivitiesJSON(before: totals.activitiesBefore, after: totals.activitiesAfter,
                added: totals.activitiesAdded, removed: totals.activitiesRemoved, moved: totals.activitiesMoved,
                changed: totals.activitiesChanged)
            budget = BudgetJSON(currencyBefore: totals.currencyBefore, currencyAfter: totals.currencyAfter,
                before: totals.budgetBefore, after: totals.budgetAfter, difference: totals.budgetDifference,
                otherCurrencyActivitiesBefore: totals.otherCurrencyBefore,
                otherCurrencyActivitiesAfter: totals.otherCurrencyAfter,
                byObjective: totals.byObjective.map {
                    ObjectiveJSON(objective: $0.objective, title: $0.title, before: $0.before, after: $0.after,
                        difference: $0.difference)
                })
            let schedule = totals.schedule
            self.schedule = ScheduleJSON(slippedActivities: schedule.slippedActivities, daysLater: schedule.daysLater,
                advancedActivities: schedule.advancedActivities, daysEarlier: schedule.daysEarlier,
                netSlipDays: schedule.netDays)
        }
    }

    struct ComplianceJSON: Encodable {
        struct StandardJSON: Encodable {
            var id: String
            var title: String
            var scoreBefore: Nullable<Decimal>
            var scoreAfter: Nullable<Decimal>
            var changes: [RequirementJSON]
        }

        struct RequirementJSON: Encodable {
            var id: String
            var title: String
            var reference: String
            var before: Nullable<String>
            var after: Nullable<String>
        }

        var standards: [StandardJSON]

        init(_ delta: ComplianceDelta) {
            standards = delta.standards.map { standard in
                StandardJSON(id: standard.id, title: standard.title, scoreBefore: Nullable(standard.scoreBefore),
                    scoreAfter: Nullable(standard.scoreAfter), changes: standard.changes.map {
                        RequirementJSON(id: $0.requirement, title: $0.title, reference: $0.reference,
                            before: Nullable($0.before?.rawValue), after: Nullable($0.after?.rawValue))
                    })
            }
        }
    }
}
