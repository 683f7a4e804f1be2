/// One checkable obligation of a standard, traced to its article or chapter.
///
/// Like a lint rule, a requirement carries its own documentation (reference, rationale, remedy)
/// beside its check, so the catalog printed by `naptrack standards show` is the code that runs.
public struct Requirement: Sendable, Identifiable {
    /// `standard:requirement`, such as `coe-cathb:art13.1`.
    public var id: String
    /// A short title, such as "Recovery and reflection period of at least 30 days".
    public var title: String
    /// Where the obligation comes from, such as "CETS 197 Art. 13(1)".
    public var reference: String
    public var modality: Modality
    /// Dotted paths of the framework facts the check reads, or of the plan fields for checks on
    /// the plan itself (such as `plan.review.last` or `activity.lead`).
    public var facts: [String]
    /// One line on why the requirement matters.
    public var rationale: String
    /// What a coordinator can do to meet it.
    public var remedy: String
    /// When present and contradicted, the requirement is `not-applicable`.
    public var appliesWhen: Condition?
    /// The check itself.
    public var check: Condition

    public init(
        id: String, title: String, reference: String, modality: Modality, facts: [String] = [],
        rationale: String, remedy: String, appliesWhen: Condition? = nil, check: Condition
    ) {
        self.id = id
        self.title = title
        self.reference = reference
        self.modality = modality
        self.facts = facts.isEmpty ? check.factPaths + (appliesWhen?.factPaths ?? []) : facts
        self.rationale = rationale
        self.remedy = remedy
        self.appliesWhen = appliesWhen
        self.check = check
    }
}
