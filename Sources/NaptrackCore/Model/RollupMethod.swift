/// How the percent complete of a group of activities (an objective, a lead agency's share, the
/// whole plan) is computed from the percents of its activities.
///
/// Chosen in the configuration (`tracking: {rollup: ...}`) so that a round-table always knows,
/// and can change, how the headline figure was reached. Cancelled activities never count.
public enum RollupMethod: String, Sendable, CaseIterable, Codable {
    /// Each activity counts in proportion to its planned budget in the plan currency; an
    /// activity without such a budget carries no weight.
    case budgetWeighted = "budget-weighted"
    /// Each activity counts the same.
    case equal

    /// The method used when the configuration names none.
    public static let standard = RollupMethod.budgetWeighted
}
