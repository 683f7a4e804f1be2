/// The stable identifier of a loader rule or standard requirement, printed in brackets after
/// every diagnostic and used as the SARIF `ruleId`.
public struct RuleID: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
}

extension RuleID {
    /// The file cannot be read, or is not a naptrack document.
    public static let document: RuleID = "document"
    /// YAML that libyaml cannot parse.
    public static let syntax: RuleID = "yaml-syntax"
    /// Input that would cost unbounded time or memory: alias bombs, huge files, deep nesting.
    public static let limits: RuleID = "limits"
    /// The `naptrack:` format version is missing or unknown.
    public static let version: RuleID = "version"
    /// A value of the wrong type.
    public static let type: RuleID = "type"
    /// A required key is absent.
    public static let required: RuleID = "required"
    /// A date that is not a real ISO calendar date.
    public static let date: RuleID = "date"
    /// An amount that is negative or not a number.
    public static let amount: RuleID = "amount"
    /// A currency that is not an ISO 4217 code.
    public static let currency: RuleID = "currency"
    /// A value outside its allowed set, or an id with forbidden characters.
    public static let value: RuleID = "value"
    /// The same key twice in one mapping.
    public static let duplicateKey: RuleID = "duplicate-key"
    /// The same id twice within its kind.
    public static let duplicateID: RuleID = "duplicate-id"
    /// A reference to an agency, objective, activity, milestone or indicator that does not exist.
    public static let reference: RuleID = "reference"
    /// An end or due date before its start.
    public static let dateOrder: RuleID = "date-order"
    /// An activity or milestone dated outside the plan period.
    public static let period: RuleID = "period"
    /// A key the format does not know.
    public static let unknownKey: RuleID = "unknown-key"
    /// A progress file whose `plan` matches no loaded plan.
    public static let progressPlan: RuleID = "progress-plan"
}
