import Foundation
import NaptrackCore

/// One plan as a normalised listing of what it says: every section sorted by id, every list
/// sorted, no comments or layout. Two listings differ exactly where the plans differ in
/// substance, which is what `git diff` should show (`naptrack diff --textconv`).
public struct PlanListing: Sendable {
    /// A plan item and its values, such as `activity O1.1` with its `due` and `budget.amount`.
    public struct Section: Sendable, Hashable {
        /// `plan ID`, `agency ID`, `framework`, `objective ID` or `activity ID`.
        public var heading: String
        /// The item's values that are given, in a fixed order.
        public var entries: [Entry]
    }

    /// One value of a listed item.
    public struct Entry: Sendable, Hashable {
        /// The key, or a path below the item such as `budget.sources[donor].amount`.
        public var name: String
        public var value: FieldValue
    }

    /// The items in listing order: plan, agencies, framework, objectives, activities.
    public var sections: [Section]

    /// The listing of `plan`.
    public init(_ plan: Plan) {
        var sections: [Section] = []
        func add(_ heading: String, _ facets: [Facet]) {
            let entries = facets.compactMap { facet in facet.value.map { Entry(name: facet.name, value: $0) } }
            sections.append(Section(heading: heading, entries: entries))
        }
        add("plan \(plan.id)", plan.headerFacets.filter { $0.name != "id" })
        for agency in plan.agencies.sorted(by: { IDOrder.precedes($0.id, $1.id) }) {
            add("agency \(agency.id)", agency.facets)
        }
        let facts = FactComparison.leaves(plan.framework.facts, fields: FactVocabulary.fields, prefix: "")
        add("framework", facts.map { Facet($0.path, $0.value, at: $0.location) })
        for (objective, parent) in plan.objectivesWithParents.sorted(by: { IDOrder.precedes($0.objective.id, $1.objective.id) }) {
            add("objective \(objective.id)", objective.facets(parent: parent))
        }
        for activity in plan.activities.sorted(by: { IDOrder.precedes($0.id, $1.id) }) {
            add("activity \(activity.id)", activity.listingFacets)
        }
        self.sections = sections
    }
}

extension Activity {
    /// Every value of the activity, its budget, funding sources, indicators and milestones
    /// included, named by their path below the activity.
    var listingFacets: [Facet] {
        var result = facets
        if let budget {
            result += budget.facets.map { Facet("budget." + $0.name, $0.value, at: $0.location) }
            for source in budget.sources.sorted(by: { IDOrder.precedes($0.funder, $1.funder) }) {
                result += source.facets.map { Facet("budget.sources[\(source.funder)].\($0.name)", $0.value, at: $0.location) }
            }
        }
        for indicator in indicators.sorted(by: { IDOrder.precedes($0.id, $1.id) }) {
            result += indicator.facets.map { Facet("indicators[\(indicator.id)].\($0.name)", $0.value, at: $0.location) }
        }
        for milestone in milestones.sorted(by: { IDOrder.precedes($0.id, $1.id) }) {
            result += milestone.facets.map { Facet("milestones[\(milestone.id)].\($0.name)", $0.value, at: $0.location) }
        }
        return result
    }
}

/// The order ids are listed in: numbers within ids compare by value, so `O2` comes before
/// `O10`; the same on every machine.
enum IDOrder {
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        switch lhs.compare(rhs, options: [.numeric, .literal]) {
        case .orderedAscending: true
        case .orderedDescending: false
        case .orderedSame: lhs < rhs
        }
    }
}
