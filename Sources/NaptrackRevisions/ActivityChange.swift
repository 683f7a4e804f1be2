import Foundation
import NaptrackCore

/// An activity that was added, removed, moved to another objective or changed, with every
/// difference in substance: fields, budget and funding, indicators and milestones.
public struct ActivityChange: Sendable, Hashable {
    /// The activity id the versions were matched by.
    public var id: String
    /// Added, removed, or changed (moved activities included).
    public var kind: ChangeKind
    /// The activity as it was, when it existed in the older version.
    public var old: ActivitySummary?
    /// The activity as it is, when it exists in the newer version.
    public var new: ActivitySummary?
    /// The plain fields that differ (for a changed activity only): `title`, `objective`,
    /// `lead`, `partners`, `start`, `due`, `addresses`, `target_groups`, `forms`, `tags`.
    public var fields: [FieldChange]
    /// What changed in the budget and its funding, if anything did.
    public var budget: BudgetChange?
    /// Indicators added, removed or changed (name, unit, kind, baseline, target, means of verification).
    public var indicators: [ItemChange]
    /// Milestones added, removed or changed (title, due date).
    public var milestones: [ItemChange]

    /// A change with its parts; a comparison builds these itself.
    public init(id: String, kind: ChangeKind, old: ActivitySummary?, new: ActivitySummary?, fields: [FieldChange] = [],
        budget: BudgetChange? = nil, indicators: [ItemChange] = [], milestones: [ItemChange] = [])
    {
        self.id = id
        self.kind = kind
        self.old = old
        self.new = new
        self.fields = fields
        self.budget = budget
        self.indicators = indicators
        self.milestones = milestones
    }

    /// The change of a plain field, if it changed.
    public func field(_ name: String) -> FieldChange? { fields.first { $0.field == name } }

    /// Whether the activity now sits under another objective.
    public var isMoved: Bool { field("objective") != nil }

    /// Days the due date moved: positive when later (a slip), negative when earlier.
    public var dueShift: Int? { field("due")?.shiftInDays }

    /// The title to show: the current one, or the last one for a removed activity.
    public var title: String { new?.title ?? old?.title ?? "" }
}

/// The essentials of one version of an activity, so an added or removed activity can be
/// described without the rest of the plan.
public struct ActivitySummary: Sendable, Hashable {
    public var title: String
    /// The id of the objective the activity sits directly under.
    public var objective: String
    /// The lead agency id.
    public var lead: String?
    public var start: CalendarDate?
    public var due: CalendarDate?
    /// The estimated cost, if given.
    public var amount: Decimal?
    /// The currency of `amount`: the budget's own or the plan's.
    public var currency: String
    /// Where the activity starts in its file.
    public var location: SourceLocation

    /// The summary of `activity`, in a plan whose currency is `planCurrency`.
    public init(_ activity: Activity, planCurrency: String) {
        title = activity.title
        objective = activity.objective
        lead = activity.lead
        start = activity.start
        due = activity.due
        amount = activity.budget?.amount
        currency = activity.budget?.currency ?? planCurrency
        location = activity.location
    }
}

/// What changed in an activity's budget: the amount or currency, and each funding source
/// matched by funder (amount and status).
public struct BudgetChange: Sendable, Hashable {
    /// `amount` and `currency`, when they differ.
    public var fields: [FieldChange]
    /// Funding sources matched by funder: added, removed, or with another amount, status or currency.
    public var sources: [ItemChange]

    /// A budget change with its parts.
    public init(fields: [FieldChange], sources: [ItemChange]) {
        self.fields = fields
        self.sources = sources
    }

    /// The change of the estimated cost, if it changed.
    public var amount: FieldChange? { fields.first { $0.field == "amount" } }

    /// The differences between two budgets, or `nil` when there are none.
    init?(old: Budget?, new: Budget?) {
        fields = Facet.changes(from: old?.facets, to: new?.facets)
        sources = ItemChange.changes(old: old?.sources ?? [], new: new?.sources ?? [], key: \.funder,
            facets: \.facets, location: \.location)
        if fields.isEmpty && sources.isEmpty { return nil }
    }
}
