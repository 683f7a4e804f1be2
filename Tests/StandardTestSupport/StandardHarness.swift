import NaptrackCore
import NaptrackStandards

/// Evaluates one standard against fixtures and example plans, the way `naptrack check` does.
public struct StandardHarness: Sendable {
    /// The standard under test.
    public let standard: CatalogStandard
    /// The date evaluations are made for; fixed so that results never depend on the clock.
    public let asOf: CalendarDate

    public init(_ standard: CatalogStandard, asOf: CalendarDate = CalendarDate(year: 2026, month: 6, day: 30)
        ?? CalendarDate(dayNumber: 0))
    {
        self.standard = standard
        self.asOf = asOf
    }

    /// The results of every requirement of the standard for `plan`.
    public func evaluate(_ plan: Plan, configuration: Configuration? = nil) -> StandardResult? {
        let engine = ComplianceEngine(registry: StandardRegistry([standard]))
        return engine.evaluate(plan, standards: [standard.id], asOf: asOf, configuration: configuration)
            .standards.first
    }

    /// The result of requirement `id` for a fixture plan built from `framework` and `objectives`.
    ///
    /// - Throws: `FixtureError` when the fixture does not load, `HarnessError` when no such requirement exists.
    public func result(_ id: String, framework: String, objectives: String = "", agencies: String = "",
        configuration: Configuration? = nil) throws -> RequirementResult
    {
        let plan = try loadPlan(framework: framework, objectives: objectives, agencies: agencies)
        guard let result = evaluate(plan, configuration: configuration)?.results.first(where: { $0.requirement.id == id })
        else { throw HarnessError.unknownRequirement(id) }
        return result
    }
}

/// A harness lookup that named something the standard does not have.
public enum HarnessError: Error {
    /// The standard has no requirement with this id.
    case unknownRequirement(String)
}
