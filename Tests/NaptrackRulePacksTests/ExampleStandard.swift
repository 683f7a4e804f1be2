import NaptrackCore
import NaptrackStandards

/// Example standard: a ministry's commitments to child victims, written as a Swift module.
///
/// A Swift standard is a `CatalogStandard`, exactly like a rule pack. Write one in Swift when a
/// check needs logic the primitives cannot express, such as counting activities.
public enum ExampleChildStandard {
    /// The standard, as registered in `BuiltInStandards.all`.
    public static let standard = CatalogStandard(
        id: "example-children",
        title: "Example ministry — commitments to child victims",
        version: "1",
        source: "Example Ministry of Social Affairs, guidelines on child victims of trafficking, chapter 3",
        requirements: [guardian, fundedActivities])

    /// A check built from primitives, as a pack would write it.
    static let guardian = Requirement(
        id: "example-children:guardian",
        title: "Guardians appointed within the agreed hours, with supervision",
        reference: "Guidelines ch. 3.1",
        modality: .binding,
        rationale: "A child without a guardian has nobody to speak for them while their case is decided.",
        remedy: "Appoint guardians within the agreed hours and put them under supervision.",
        appliesWhen: .fact("scope.children", .isTrue),
        check: .all([
            .fact("children.guardian.appointed_within_hours",
                .atMost(.threshold("example-children:guardian_hours", default: 24))),
            .fact("children.guardian.supervised", .isTrue),
        ]))

    /// A check that counts, which only Swift can express.
    static let fundedActivities = Requirement(
        id: "example-children:funded-activities",
        title: "At least two funded protection activities for children",
        reference: "Guidelines ch. 3.2",
        modality: .qualified,
        rationale: "A single project is a pilot; a programme needs more than one funded line of work.",
        remedy: "Plan and budget at least two protection activities whose target groups include children.",
        check: .custom(name: "two-funded-child-activities", facts: []) { context in
            let filter = ActivityFilter(area: .protection, targetGroup: "child-victims", withBudget: true)
            let activities = context.activities(matching: filter)
            if activities.count >= 2 {
                return .satisfied(activities.map { Evidence("activity \($0.id)", at: $0.location) })
            }
            let place = context.plan.objectives.first?.location ?? context.plan.location
            return .contradicted([
                Violation("the plan has \(activities.count) funded protection activities for children; it needs 2", at: place)
            ])
        })
}
