import Foundation
import NaptrackCore

/// How many activities are in each status and carry each health flag.
public struct ActivityCounts: Sendable, Equatable {
    public var total = 0
    public var notStarted = 0
    public var inProgress = 0
    public var completed = 0
    public var suspended = 0
    public var cancelled = 0
    public var overdue = 0
    public var late = 0
    public var behind = 0
    /// Activities no update on or before the report date mentions (counted as not started).
    public var notReported = 0

    public init() {}

    /// Counts `activity` in.
    public mutating func add(_ activity: ActivityProgress) {
        total += 1
        switch activity.status {
        case .notStarted: notStarted += 1
        case .inProgress: inProgress += 1
        case .completed: completed += 1
        case .suspended: suspended += 1
        case .cancelled: cancelled += 1
        }
        for flag in activity.health {
            switch flag {
            case .overdue: overdue += 1
            case .late: late += 1
            case .behind: behind += 1
            }
        }
        if activity.lastReported == nil { notReported += 1 }
    }

    /// Adds the counts of a nested group.
    mutating func merge(_ other: ActivityCounts) {
        total += other.total
        notStarted += other.notStarted
        inProgress += other.inProgress
        completed += other.completed
        suspended += other.suspended
        cancelled += other.cancelled
        overdue += other.overdue
        late += other.late
        behind += other.behind
        notReported += other.notReported
    }
}

/// Progress of a group of activities: an objective with everything under it, the activities
/// of one lead agency, or the whole plan.
public struct RollupGroup: Sendable, Equatable {
    public var id: String
    public var name: String
    /// Nesting depth in the objective tree (0 for top-level objectives, agencies and the plan).
    public var depth: Int
    public var counts: ActivityCounts
    /// The rolled-up percent complete, rounded to two places; `nil` when no activity carries weight.
    public var percent: Decimal?
    /// Activities that count towards ``percent``.
    public var weighted: Int
    /// Activities that are not cancelled but carry no weight (budget-weighted: no budget in the
    /// plan currency).
    public var unweighted: Int
}

/// Progress rolled up from activities to objectives, lead agencies and the plan, by one method.
public struct Rollup: Sendable {
    public var method: RollupMethod
    /// How the percent is computed, in a sentence or two, for every report to print.
    public var explanation: String
    public var plan: RollupGroup
    /// Objectives in plan order, depth first.
    public var objectives: [RollupGroup]
    /// Lead agencies by id; activities without a lead are under the id `""`.
    public var leads: [RollupGroup]

    /// The weight of an activity that is not cancelled.
    static func weight(of activity: ActivityProgress, method: RollupMethod) -> Decimal {
        switch method {
        case .equal: 1
        case .budgetWeighted: activity.inPlanCurrency ? activity.money.planned : 0
        }
    }
}

/// Counts and weighted sums of a group of activities, added up one activity at a time and merged
/// from nested groups.
struct RollupTally {
    var counts = ActivityCounts()
    var weightedSum: Decimal = 0
    var totalWeight: Decimal = 0
    var weighted = 0
    var unweighted = 0

    mutating func add(_ activity: ActivityProgress, method: RollupMethod) {
        counts.add(activity)
        guard activity.status != .cancelled else { return }
        let weight = Rollup.weight(of: activity, method: method)
        guard weight > 0 else {
            unweighted += 1
            return
        }
        weighted += 1
        totalWeight += weight
        if !activity.percent.isZero { weightedSum += weight * activity.percent }
    }

    mutating func merge(_ other: RollupTally) {
        counts.merge(other.counts)
        weightedSum += other.weightedSum
        totalWeight += other.totalWeight
        weighted += other.weighted
        unweighted += other.unweighted
    }

    func group(id: String, name: String, depth: Int) -> RollupGroup {
        let percent = totalWeight > 0 ? (weightedSum / totalWeight).rounded(places: 2) : nil
        return RollupGroup(id: id, name: name, depth: depth, counts: counts, percent: percent, weighted: weighted,
            unweighted: unweighted)
    }
}

extension RollupMethod {
    /// How the method computes percent complete, for a plan whose currency is `currency`.
    public func explanation(currency: String) -> String {
        let common = "Cancelled activities are left out; a completed activity counts as 100% and an activity "
            + "never reported as 0%."
        switch self {
        case .budgetWeighted:
            return "Percent complete is the average of activity percents weighted by each activity's planned "
                + "budget in \(currency) (roll-up method budget-weighted); an activity without a budget in "
                + "\(currency) carries no weight. " + common
        case .equal:
            return "Percent complete is the plain average of activity percents, every activity counting the same "
                + "(roll-up method equal). " + common
        }
    }
}
