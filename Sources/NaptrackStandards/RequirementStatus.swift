/// The verdict on one requirement for one plan.
public enum RequirementStatus: String, Sendable, CaseIterable, Codable {
    /// The declared facts satisfy it.
    case met
    /// The facts do not satisfy it yet, but an activity of the plan addresses it.
    case partial
    /// The declared facts contradict it.
    case notMet = "not-met"
    /// A fact it needs is not declared.
    case unknown
    /// The plan's scope excludes it.
    case notApplicable = "not-applicable"
    /// A finding accepted for a time by a waiver in force.
    case waived
}
