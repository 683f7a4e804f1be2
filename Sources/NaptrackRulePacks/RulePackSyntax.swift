import NaptrackCore
import NaptrackStandards

/// The words of the rule-pack format, in one place: the reader, its suggestions and the tests
/// that keep `docs/schema/pack.schema.json` in step all use these lists.
public enum RulePackSyntax {
    /// The top-level keys of a pack file.
    public static let documentKeys = ["naptrack", "standard", "requirements"]
    /// The keys of the `standard:` header.
    public static let headerKeys = ["id", "title", "summary", "version", "source"]
    /// The header keys that must be present.
    public static let requiredHeaderKeys = ["id", "title", "version", "source"]
    /// The keys of one requirement.
    public static let requirementKeys = [
        "id", "title", "reference", "modality", "rationale", "remedy", "applies_when", "check",
    ]
    /// The requirement keys that must be present.
    public static let requiredRequirementKeys = ["id", "title", "reference", "modality", "rationale", "remedy", "check"]

    /// The primitives a condition is built from, besides the fact tests that go with `fact`.
    public static let primitives = ["fact", "activity_exists", "every_activity", "all", "any", "not"]
    /// The tests a `fact` condition can apply, one per condition.
    public static let factTests = [
        "present", "is", "equals", "at_least", "at_most", "one_of", "includes_all", "excludes", "only_from",
        "some_record",
    ]
    /// Every key a condition mapping may have.
    public static var conditionKeys: [String] { primitives + factTests }

    /// The criteria of an activity filter (`activity_exists`, `every_activity.where`).
    public static let filterKeys = ["area", "tag", "form", "target_group", "addresses", "with_budget", "due_by"]
    /// The keys of `every_activity`.
    public static let everyActivityKeys = ["where", "has"]
    /// The keys of a configurable bound.
    public static let thresholdKeys = ["threshold", "default"]
    /// The fields `every_activity` can require.
    public static var activityFields: [String] { ActivityField.allCases.map(\.rawValue) }

    /// How the loader speaks of a pack in the problems it reports itself.
    static let documentKind = DocumentKind(topLevelKeys: "'standard:' and 'requirements:'", singular: "rule pack")
}
