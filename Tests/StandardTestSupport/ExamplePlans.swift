import NaptrackCore
import NaptrackStandards

/// The example plans under `plans/`, loaded with their configuration as `naptrack check plans` would.
public struct ExamplePlans: Sendable {
    /// Everything loaded from `plans/`, with its diagnostics.
    public let workspace: Workspace

    /// Loads the example plans and their configuration.
    public init() {
        workspace = WorkspaceLoader().load(paths: [examplePlansFolder])
    }

    /// The plan with `id`, if the examples have it.
    public func plan(_ id: String) -> Plan? { workspace.plans.first { $0.id == id } }

    /// Every requirement id that some example activity names in `addresses:` with `prefix`.
    public func addressedRequirements(withPrefix prefix: String) -> Set<String> {
        Set(workspace.plans.flatMap(\.activities).flatMap(\.addresses).map(\.value).filter { $0.hasPrefix(prefix) })
    }

    /// The verdict on each requirement of `harness.standard` for the plan with `id`, by requirement id,
    /// with the examples' configuration (thresholds, severity overrides, waivers) applied.
    public func results(of harness: StandardHarness, for id: String) -> [String: RequirementResult] {
        guard let plan = plan(id), let results = harness.evaluate(plan, configuration: workspace.configuration)?.results
        else { return [:] }
        return Dictionary(results.map { ($0.requirement.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
