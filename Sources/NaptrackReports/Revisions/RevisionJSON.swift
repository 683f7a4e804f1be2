import Foundation
import NaptrackCore
import NaptrackRevisions
import NaptrackStandards

/// The JSON document of `naptrack diff --format json`: `snake_case` keys, ISO dates, amounts
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
    var compliance: ComplianceJSON?

    init(_ diff: PlanDiff) {
        old = VersionJSON(diff.old)
        new = VersionJSON(diff.new)
        plan = diff.header.map { ChangeJSON($0, key: $0.field) }
        agencies = diff.agencies.map(ItemJSON.init)
        framework = diff.framework.map { ChangeJSON($0, key: $0.path) }
        objectives = diff.objectives.map(ItemJSON.init)
        activities = diff.activities.map(ActivityJSON.init)
        totals = TotalsJSON(diff.totals)
        compliance = diff.compliance.map(ComplianceJSON.init)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(old, forKey: .old)
        try container.encode(new, forKey: .new)
        try container.encode(plan, forKey: .plan)
        try container.encode(agencies, forKey: .agencies)
        try container.encode(framework, forKey: .framework)
        try container.encode(objectives, forKey: .objectives)
        try container.encode(activities, forKey: .activities)
        try container.encode(totals, forKey: .totals)
        try container.encode(compliance, forKey: .compliance)
    }

    enum CodingKeys: String, CodingKey {
        case old, new, plan, agencies, framework, objectives, activities, totals, compliance
    }
}

struct VersionJSON: Encodable {
    var file: String
    var id: String
    var title: String
    var revision: Int?
    var adopted: String?

    init(_ version: PlanVersion) {
        file = version.file
        id = version.id
        title = version.title
        revision = version.revision
        adopted = version.adopted?.description
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(revision, forKey: .revision)
        try container.encode(adopted, forKey: .adopted)
    }

    enum CodingKeys: String, CodingKey { case file, id, title, revision, adopted }
}

/// A location as in the output contract's evidence: file, line, column.
struct LocationJSON: Encodable {
    var file: String
    var line: Int
    var column: Int

    init?(_ location: SourceLocation?) {
        guard let location else { return nil }
        file = location.file
        line = location.line
        column = location.column
    }
}

/// A field value as JSON: text and dates as strings, amounts and numbers as exact numbers.
struct ValueJSON: Encodable {
    var value: FieldValue

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

/// One changed value: a header field, an item field or a framework fact (keyed by `path`).
struct ChangeJSON: Encodable {
    var key: String
    var keyName: CodingKeys
    var change: ChangeKind
    var old: ValueJSON?
    var new: ValueJSON?
    var oldLocation: LocationJSON?
    var newLocation: LocationJSON?
    var shiftDays: Int?
    var difference: Decimal?
    var added: [String]?
    var removed: [String]?

    init(_ change: some ValueChange, key: String, keyName: CodingKeys = .field) {
        self.key = key
        self.keyName = change is FactChange ? .path : keyName
        self.change = change.kind
        old = change.old.map(ValueJSON.init)
        new = change.new.map(ValueJSON.init)
        oldLocation = LocationJSON(change.oldLocation)
        newLocation = LocationJSON(change.newLocation)
        shiftDays = change.shiftInDays
        difference = change.difference
        if case .list? = change.old ?? change.new {
            added = change.addedItems
            removed = change.removedItems
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: keyName)
        try container.encode(change.rawValue, forKey: .change)
        try container.encode(old, forKey: .old)
        try container.encode(new, forKey: .new)
        try container.encode(oldLocation, forKey: .oldLocation)
        try container.encode(newLocation, forKey: .newLocation)
        if let shiftDays { try container.encode(shiftDays, forKey: .shiftDays) }
        if let difference { try container.encode(difference, forKey: .difference) }
        if let added { try container.encode(added, forKey: .added) }
        if let removed { try container.encode(removed, forKey: .removed) }
    }

    enum CodingKeys: String, CodingKey {
        case field, path, change, old, new, added, removed, difference
        case oldLocation = "old_location", newLocation = "new_location", shiftDays = "shift_days"
    }
}

/// An added, removed or changed item with an id.
struct ItemJSON: Encodable {
    var id: String
    var change: String
    var fields: [ChangeJSON]
    var oldLocation: LocationJSON?
    var newLocation: LocationJSON?

    init(_ item: ItemChange) {
        id = item.id
        change = item.kind.rawValue
        fields = item.fields.map { ChangeJSON($0, key: $0.field) }
        oldLocation = LocationJSON(item.oldLocation)
        newLocation = LocationJSON(item.newLocation)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(change, forKey: .change)
        try container.encode(fields, forKey: .fields)
        try container.encode(oldLocation, forKey: .oldLocation)
        try container.encode(newLocation, forKey: .newLocation)
    }

    enum CodingKeys: String, CodingKey {
        case id, change, fields
        case oldLocation = "old_location", newLocation = "new_location"
    }
}

struct ActivityJSON: Encodable {
    struct SummaryJSON: Encodable {
        var title: String
        var objective: String
        var lead: String?
        var start: String?
        var due: String?
        var amount: Decimal?
        var currency: String
        var location: LocationJSON?

        init(_ summary: ActivitySummary) {
            title = summary.title
            objective = summary.objective
            lead = summary.lead
            start = summary.start?.description
            due = summary.due?.description
            amount = summary.amount
            currency = summary.currency
            location = LocationJSON(summary.location)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(title, forKey: .title)
            try container.encode(objective, forKey: .objective)
            try container.encode(lead, forKey: .lead)
            try container.encode(start, forKey: .start)
            try container.encode(due, forKey: .due)
            try container.encode(amount, forKey: .amount)
            try container.encode(currency, forKey: .currency)
            try container.encode(location, forKey: .location)
        }

        enum CodingKeys: String, CodingKey { case title, objective, lead, start, due, amount, currency, location }
    }

    struct BudgetJSON: Encodable {
        var fields: [ChangeJSON]
        var sources: [ItemJSON]
    }

    var id: String
    var change: String
    var moved: Bool
    var dueShiftDays: Int?
    var old: SummaryJSON?
    var new: SummaryJSON?
    var fields: [ChangeJSON]
    var budget: BudgetJSON?
    var indicators: [ItemJSON]
    var milestones: [ItemJSON]

    init(_ change: ActivityChange) {
        id = change.id
        self.change = change.kind.rawValue
        moved = change.isMoved
        dueShiftDays = change.dueShift
        old = change.old.map(SummaryJSON.init)
        new = change.new.map(SummaryJSON.init)
        fields = change.fields.map { ChangeJSON($0, key: $0.field) }
        budget = change.budget.map { budget in
            BudgetJSON(fields: budget.fields.map { ChangeJSON($0, key: $0.field) }, sources: budget.sources.map(ItemJSON.init))
        }
        indicators = change.indicators.map(ItemJSON.init)
        milestones = change.milestones.map(ItemJSON.init)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(change, forKey: .change)
        try container.encode(moved, forKey: .moved)
        try container.encode(dueShiftDays, forKey: .dueShiftDays)
        try container.encode(old, forKey: .old)
        try container.encode(new, forKey: .new)
        try container.encode(fields, forKey: .fields)
        try container.encode(budget, forKey: .budget)
        try container.encode(indicators, forKey: .indicators)
        try container.encode(milestones, forKey: .milestones)
    }

    enum CodingKeys: String, CodingKey {
        case id, change, moved, old, new, fields, budget, indicators, milestones
        case dueShiftDays = "due_shift_days"
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
        var otherCurrencyBefore: Int
        var otherCurrencyAfter: Int
        var byObjective: [ObjectiveJSON]

        enum CodingKeys: String, CodingKey {
            case before, after, difference
            case currencyBefore = "currency_before", currencyAfter = "currency_after"
            case otherCurrencyBefore = "other_currency_activities_before"
            case otherCurrencyAfter = "other_currency_activities_after"
            case byObjective = "by_objective"
        }
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

        enum CodingKeys: String, CodingKey {
            case slippedActivities = "slipped_activities", daysLater = "days_later"
            case advancedActivities = "advanced_activities", daysEarlier = "days_earlier"
            case netSlipDays = "net_slip_days"
        }
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
            otherCurrencyBefore: totals.otherCurrencyBefore, otherCurrencyAfter: totals.otherCurrencyAfter,
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
        var scoreBefore: Decimal?
        var scoreAfter: Decimal?
        var changes: [RequirementJSON]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(scoreBefore, forKey: .scoreBefore)
            try container.encode(scoreAfter, forKey: .scoreAfter)
            try container.encode(changes, forKey: .changes)
        }

        enum CodingKeys: String, CodingKey {
            case id, title, changes
            case scoreBefore = "score_before", scoreAfter = "score_after"
        }
    }

    struct RequirementJSON: Encodable {
        var id: String
        var title: String
        var reference: String
        var before: String?
        var after: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(reference, forKey: .reference)
            try container.encode(before, forKey: .before)
            try container.encode(after, forKey: .after)
        }

        enum CodingKeys: String, CodingKey { case id, title, reference, before, after }
    }

    var standards: [StandardJSON]

    init(_ delta: ComplianceDelta) {
        standards = delta.standards.map { standard in
            StandardJSON(id: standard.id, title: standard.title, scoreBefore: standard.scoreBefore,
                scoreAfter: standard.scoreAfter, changes: standard.changes.map {
                    RequirementJSON(id: $0.requirement, title: $0.title, reference: $0.reference,
                        before: $0.before?.rawValue, after: $0.after?.rawValue)
                })
        }
    }
}
