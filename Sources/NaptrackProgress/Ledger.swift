import Foundation
import NaptrackCore

/// The money of a plan on the report date, in the plan currency: planned, funded, spent, and the
/// funding gap, broken down by objective, lead agency, funder and calendar year.
///
/// Only activities budgeted in the plan currency, and funding sources in the currency of their
/// activity's budget, are added up; every other amount is listed in ``otherCurrencies``.
public struct Ledger: Sendable {
    /// The money of an objective (with everything under it) or of a lead agency.
    public struct Row: Sendable, Equatable {
        public var id: String
        public var name: String
        /// Nesting depth in the objective tree (0 for top-level objectives and for agencies).
        public var depth: Int
        public var money: MoneyLine
    }

    /// What one funder has committed, pledged or been asked for, across the plan.
    public struct FunderRow: Sendable, Equatable {
        public var funder: String
        /// The agency name when the funder is an agency of the plan.
        public var name: String?
        /// Only the funding fields are filled in.
        public var money: MoneyLine
        /// How many activities the funder contributes to.
        public var activities: Int
    }

    /// The budget and the reported spend falling in one calendar year.
    public struct YearRow: Sendable, Equatable {
        public var year: Int
        /// The budgets spread over the year by days (see ``BudgetSpread``).
        public var planned: Decimal
        /// The growth of the reported cumulative spend between reports dated in this year
        /// (negative when spend was corrected downwards).
        public var spent: Decimal
    }

    /// Totals in a currency other than the plan's, with the amounts they are made of.
    public struct CurrencyTotals: Sendable, Equatable {
        public var currency: String
        public var money: MoneyLine
        public var amounts: [SeparateAmount]
    }

    /// An activity whose reported spend exceeds its budget.
    public struct OverBudget: Sendable, Equatable {
        public var activity: String
        public var currency: String
        /// `nil` when the activity has no budget at all.
        public var planned: Decimal?
        public var spent: Decimal
        public var excess: Decimal { spent - (planned ?? 0) }
    }

    public var currency: String
    public var total: MoneyLine
    /// The part of ``MoneyLine/planned`` that belongs to cancelled activities.
    public var cancelledPlanned: Decimal
    /// Objectives in plan order (depth first), each with all activities under it.
    public var byObjective: [Row]
    /// Lead agencies by id; activities without a lead are under the id `""`.
    public var byLead: [Row]
    /// Funders by id.
    public var byFunder: [FunderRow]
    /// Calendar years in order.
    public var byYear: [YearRow]
    /// Budgets of activities without a usable start and due date, which cannot be spread.
    public var unscheduledPlanned: Decimal
    /// Amounts kept out of the plan-currency totals, by currency code: activities budgeted in
    /// another currency (their budget, funding and spend), and funding given in a currency other
    /// than that of its activity's budget.
    public var otherCurrencies: [CurrencyTotals]
    /// Activities spending more than their budget, in plan order.
    public var overBudget: [OverBudget]
}
