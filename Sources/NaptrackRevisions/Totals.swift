import Foundation
import NaptrackCore

/// The figures a round-table looks at first: how many activities came and went, how the
/// budget moved overall and by objective, and how far deadlines slipped.
public struct Totals: Sendable, Hashable {
    /// The number of activities in the older version.
    public var activitiesBefore: Int
    /// The number of activities in the newer version.
    public var activitiesAfter: Int
    /// Activities only the newer version has.
    public var activitiesAdded: Int
    /// Activities only the older version has.
    public var activitiesRemoved: Int
    /// Activities now under another objective.
    public var activitiesMoved: Int
    /// Activities present in both versions with any difference (moved ones included).
    public var activitiesChanged: Int
    /// The plan currency of each version; the budget totals are in these.
    public var currencyBefore: String
    public var currencyAfter: String
    /// The sum of activity budgets given in the plan currency.
    public var budgetBefore: Decimal
    public var budgetAfter: Decimal
    /// Activities whose budget is in another currency than the plan's, left out of the sums.
    public var otherCurrencyBefore: Int
    public var otherCurrencyAfter: Int
    /// The budget under each objective an activity sits directly under.
    public var byObjective: [ObjectiveBudget]
    /// How due dates moved.
    public var schedule: ScheduleShift

    /// The newer budget minus the older one.
    public var budgetDifference: Decimal { budgetAfter - budgetBefore }
}

/// The budget under one objective in both versions.
public struct ObjectiveBudget: Sendable, Hashable {
    /// The objective id.
    public var objective: String
    /// The objective's title, as in the newer version when it still exists.
    public var title: String
    /// The sum of its activities' budgets in the older version (plan currency).
    public var before: Decimal
    /// The same sum in the newer version.
    public var after: Decimal

    /// An objective's budget in both versions.
    public init(objective: String, title: String, before: Decimal, after: Decimal) {
        self.objective = objective
        self.title = title
        self.before = before
        self.after = after
    }

    /// The newer budget minus the older one.
    public var difference: Decimal { after - before }
}

/// How due dates moved across the activities present in both versions.
public struct ScheduleShift: Sendable, Hashable {
    /// Activities now due later, and the days they slipped in total.
    public var slippedActivities: Int
    public var daysLater: Int
    /// Activities now due earlier, and the days they gained in total.
    public var advancedActivities: Int
    public var daysEarlier: Int

    /// A shift with the given counts; all zero by default (nothing moved).
    public init(slippedActivities: Int = 0, daysLater: Int = 0, advancedActivities: Int = 0, daysEarlier: Int = 0) {
        self.slippedActivities = slippedActivities
        self.daysLater = daysLater
        self.advancedActivities = advancedActivities
        self.daysEarlier = daysEarlier
    }

    /// Days later minus days earlier: the net slip of the plan.
    public var netDays: Int { daysLater - daysEarlier }

    /// Adds one activity's due-date shift.
    mutating func record(_ shift: Int) {
        if shift > 0 {
            slippedActivities += 1
            daysLater += shift
        } else if shift < 0 {
            advancedActivities += 1
            daysEarlier -= shift
        }
    }
}

extension Totals {
    /// The totals of a comparison of `old` with `new` whose activity changes are `changes`.
    init(old: Plan, new: Plan, changes: [ActivityChange]) {
        let before = old.activities, after = new.activities
        activitiesBefore = before.count
        activitiesAfter = after.count
        activitiesAdded = changes.filter { $0.kind == .added }.count
        activitiesRemoved = changes.filter { $0.kind == .removed }.count
        activitiesMoved = changes.filter(\.isMoved).count
        activitiesChanged = changes.filter { $0.kind == .changed }.count
        currencyBefore = old.currency
        currencyAfter = new.currency
        let oldSums = Self.budgets(of: old), newSums = Self.budgets(of: new)
        budgetBefore = oldSums.total
        budgetAfter = newSums.total
        otherCurrencyBefore = oldSums.otherCurrency
        otherCurrencyAfter = newSums.otherCurrency
        var titles: [String: String] = [:]
        for objective in old.allObjectives + new.allObjectives { titles[objective.id] = objective.title }
        let order = Matching(old: old.allObjectives.map(\.id), new: new.allObjectives.map(\.id), key: { $0 })
        byObjective = order.entries.compactMap { entry in
            let previous = oldSums.byObjective[entry.key], current = newSums.byObjective[entry.key]
            guard previous != nil || current != nil else { return nil }
            return ObjectiveBudget(objective: entry.key, title: titles[entry.key] ?? "", before: previous ?? 0,
                after: current ?? 0)
        }
        schedule = ScheduleShift()
        for change in changes {
            if let shift = change.dueShift { schedule.record(shift) }
        }
    }

    private static func budgets(of plan: Plan) -> (total: Decimal, otherCurrency: Int, byObjective: [String: Decimal]) {
        var total = Decimal(0), otherCurrency = 0
        var byObjective: [String: Decimal] = [:]
        for activity in plan.activities {
            guard let budget = activity.budget, let amount = budget.amount else { continue }
            guard (budget.currency ?? plan.currency) == plan.currency else {
                otherCurrency += 1
                continue
            }
            total += amount
            byObjective[activity.objective, default: 0] += amount
        }
        return (total, otherCurrency, byObjective)
    }
}
