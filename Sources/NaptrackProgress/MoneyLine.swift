import Foundation
import NaptrackCore

/// The money of an activity, or of a group of activities, in one currency.
public struct MoneyLine: Sendable, Equatable {
    /// The budget: the sum of activity budget amounts.
    public var planned: Decimal = 0
    /// Funding sources by status.
    public var committed: Decimal = 0
    public var pledged: Decimal = 0
    public var requested: Decimal = 0
    /// Funding sources that give no status; they do not count as committed.
    public var unspecified: Decimal = 0
    /// The latest reported cumulative spend.
    public var spent: Decimal = 0

    public init() {}

    public init(planned: Decimal, committed: Decimal = 0, pledged: Decimal = 0, requested: Decimal = 0,
        unspecified: Decimal = 0, spent: Decimal = 0)
    {
        self.planned = planned
        self.committed = committed
        self.pledged = pledged
        self.requested = requested
        self.unspecified = unspecified
        self.spent = spent
    }

    /// Planned minus committed, never below zero. Computed on the totals of the line, so for a
    /// group it is the group's planned total minus its committed total.
    public var gap: Decimal { max(0, planned - committed) }

    /// Spent as a share of planned (0 to 1 and above), rounded to four places; `nil` with no budget.
    public var executed: Decimal? {
        planned > 0 ? (spent / planned).rounded(places: 4) : nil
    }

    /// Adds an amount of funding with `status` (`nil`: unspecified).
    mutating func addFunding(_ amount: Decimal, status: FundingStatus?) {
        switch status {
        case .committed?: committed += amount
        case .pledged?: pledged += amount
        case .requested?: requested += amount
        case nil: unspecified += amount
        }
    }

    public static func + (lhs: MoneyLine, rhs: MoneyLine) -> MoneyLine {
        var sum = lhs
        sum += rhs
        return sum
    }

    public static func += (lhs: inout MoneyLine, rhs: MoneyLine) {
        add(rhs.planned, to: &lhs.planned)
        add(rhs.committed, to: &lhs.committed)
        add(rhs.pledged, to: &lhs.pledged)
        add(rhs.requested, to: &lhs.requested)
        add(rhs.unspecified, to: &lhs.unspecified)
        add(rhs.spent, to: &lhs.spent)
    }

    /// Adds without the cost of decimal arithmetic when either side is zero, as most are.
    private static func add(_ amount: Decimal, to total: inout Decimal) {
        guard !amount.isZero else { return }
        total = total.isZero ? amount : total + amount
    }
}

/// An amount that is not in the plan currency, and so is reported on its own rather than added
/// to the plan's totals.
public struct SeparateAmount: Sendable, Equatable {
    /// What the amount is.
    public enum Kind: String, Sendable, Codable {
        /// An activity budget in another currency.
        case planned
        /// A funding source (``status`` says how firm).
        case funding
        /// The spend of an activity budgeted in another currency.
        case spent
    }

    public var activity: String
    public var kind: Kind
    public var currency: String
    public var amount: Decimal
    /// The funder, for funding.
    public var funder: String?
    /// The status of funding; `nil` when unspecified or not funding.
    public var status: FundingStatus?
}
