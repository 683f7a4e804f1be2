import Foundation
import NaptrackCore

/// What changed in substance between two versions of a plan: header, agencies, framework
/// facts, objectives, activities, the totals, and optionally the effect on compliance.
///
/// Items are matched by id, never by position, so reordering a list changes nothing. Every
/// list is in a stable order: the newer version's plan order, then removed items in the older
/// version's order.
public struct PlanDiff: Sendable {
    /// The older version.
    public var old: PlanVersion
    /// The newer version.
    public var new: PlanVersion
    /// Changed header fields: `title`, `period.start`, `coordinator`, `review.every_months`, ...
    public var header: [FieldChange]
    /// Agencies added, removed, renamed, or with another type or members.
    public var agencies: [ItemChange]
    /// Framework facts whose value changed, in the order of the fact vocabulary.
    public var framework: [FactChange]
    /// Objectives added, removed, or with another title, area or parent.
    public var objectives: [ItemChange]
    /// Activities added, removed, moved or changed; unchanged ones are left out.
    public var activities: [ActivityChange]
    /// Counts, budget sums and deadline slip.
    public var totals: Totals
    /// How compliance with each standard moved, when both versions were evaluated.
    public var compliance: ComplianceDelta?

    /// Compares `old` with `new`.
    public init(from old: Plan, to new: Plan) {
        self.old = PlanVersion(old)
        self.new = PlanVersion(new)
        header = Facet.changes(from: old.headerFacets, to: new.headerFacets)
        agencies = ItemChange.changes(old: old.agencies, new: new.agencies, key: \.id, facets: \.facets,
            location: \.location)
        framework = FactComparison.changes(from: old.framework, to: new.framework)
        objectives = ItemChange.changes(old: old.objectivesWithParents, new: new.objectivesWithParents,
            key: \.objective.id, facets: { $0.objective.facets(parent: $0.parent) }, location: \.objective.location)
        activities = Matching(old: old.activities, new: new.activities, key: \.id).entries.compactMap { entry in
            ActivityChange(id: entry.key, old: entry.old, new: entry.new, oldCurrency: old.currency,
                newCurrency: new.currency)
        }
        totals = Totals(old: old, new: new, changes: activities)
        compliance = nil
    }

    /// Whether the two versions are the same in substance (compliance aside).
    public var isEmpty: Bool {
        header.isEmpty && agencies.isEmpty && framework.isEmpty && objectives.isEmpty && activities.isEmpty
    }

    /// The activity changes of one kind, in order.
    public func activities(_ kind: ChangeKind) -> [ActivityChange] { activities.filter { $0.kind == kind } }
}

/// Which version of which plan one side of a comparison is.
public struct PlanVersion: Sendable, Hashable {
    /// The file as named by the user, or `REV:path` for a version read from git.
    public var file: String
    /// The plan id.
    public var id: String
    public var title: String
    /// The `revision` the version declares, if any.
    public var revision: Int?
    /// The adoption date the version declares, if any.
    public var adopted: CalendarDate?

    /// The version `plan` is.
    public init(_ plan: Plan) {
        file = plan.file
        id = plan.id
        title = plan.title
        revision = plan.revision
        adopted = plan.adopted
    }
}

extension ActivityChange {
    /// The change between two versions of an activity matched by id; `nil` when nothing differs.
    init?(id: String, old: Activity?, new: Activity?, oldCurrency: String, newCurrency: String) {
        let oldSummary = old.map { ActivitySummary($0, planCurrency: oldCurrency) }
        let newSummary = new.map { ActivitySummary($0, planCurrency: newCurrency) }
        guard let old, let new else {
            self.init(id: id, kind: old == nil ? .added : .removed, old: oldSummary, new: newSummary)
            return
        }
        let fields = Facet.changes(from: old.facets, to: new.facets)
        let budget = BudgetChange(old: old.budget, new: new.budget)
        let indicators = ItemChange.changes(old: old.indicators, new: new.indicators, key: \.id, facets: \.facets,
            location: \.location)
        let milestones = ItemChange.changes(old: old.milestones, new: new.milestones, key: \.id, facets: \.facets,
            location: \.location)
        if fields.isEmpty && budget == nil && indicators.isEmpty && milestones.isEmpty { return nil }
        self.init(id: id, kind: .changed, old: oldSummary, new: newSummary, fields: fields, budget: budget,
            indicators: indicators, milestones: milestones)
    }
}

extension Plan {
    /// Every objective with the id of the objective it is nested in, depth first in plan order.
    var objectivesWithParents: [(objective: Objective, parent: String?)] {
        var result: [(objective: Objective, parent: String?)] = []
        func collect(_ objectives: [Objective], parent: String?) {
            for objective in objectives {
                result.append((objective, parent))
                collect(objective.objectives, parent: objective.id)
            }
        }
        collect(objectives, parent: nil)
        return result
    }
}
