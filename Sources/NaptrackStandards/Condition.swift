import Foundation
import NaptrackCore

/// A check over a plan, built from a small closed set of primitives so that Swift standards
/// and declarative rule packs are evaluated the same way, in bounded time.
///
/// Evaluation is three-valued: a condition is satisfied, contradicted, or undetermined when a
/// fact it needs is not declared.
public indirect enum Condition: Sendable {
    /// A test on the framework fact at a dotted path.
    case fact(String, FactTest)
    /// Some activity of the plan matches the filter.
    case activityExists(ActivityFilter)
    /// Every activity matching the filter has the field.
    case everyActivity(ActivityFilter, has: ActivityField)
    /// All of the conditions hold.
    case all([Condition])
    /// At least one of the conditions holds.
    case any([Condition])
    /// The condition does not hold.
    case not(Condition)
    /// A check written in Swift, for logic the primitives cannot express. `facts` lists the
    /// fact paths it reads, for the catalog.
    case custom(name: String, facts: [String], evaluate: @Sendable (EvaluationContext) -> Outcome)

    /// The fact paths this condition reads, in order, without repeats.
    public var factPaths: [String] {
        var paths: [String] = []
        func collect(_ condition: Condition) {
            switch condition {
            case .fact(let path, let test):
                paths.append(path)
                if case .someRecord(let tests) = test {
                    paths += tests.keys.sorted().map { path + "." + $0 }
                }
            case .activityExists, .everyActivity: break
            case .all(let items), .any(let items): items.forEach(collect)
            case .not(let inner): collect(inner)
            case .custom(_, let facts, _): paths += facts
            }
        }
        collect(self)
        var seen = Set<String>()
        return paths.filter { seen.insert($0).inserted }
    }
}

/// A number to compare with: fixed, or a named threshold the configuration may change.
public enum Bound: Sendable, Equatable {
    case value(Decimal)
    /// The configuration's threshold `key` (such as `child-guardian:appointment_hours`), or the default.
    case threshold(String, default: Decimal)

    func resolved(in context: EvaluationContext) -> Decimal {
        switch self {
        case .value(let value): value
        case .threshold(let key, let fallback): context.threshold(key, default: fallback)
        }
    }
}

/// A test on one framework fact.
public indirect enum FactTest: Sendable {
    /// The fact is declared, whatever its value.
    case present
    case isTrue
    case isFalse
    /// The fact is the given word (a choice such as `statutory`).
    case equals(String)
    case atLeast(Bound)
    case atMost(Bound)
    /// The fact is one of the words.
    case oneOf([String])
    /// The list contains every one of the words.
    case includesAll([String])
    /// The list contains none of the words.
    case excludes([String])
    /// Every item of the list is one of the words.
    case onlyFrom([String])
    /// Some record of a list of records passes every test on its fields.
    case someRecord([String: FactTest])
}

/// Selects activities by what they declare; every given criterion must match.
public struct ActivityFilter: Sendable, Equatable {
    /// The pillar of the objective the activity sits under (the nearest objective declaring one).
    public var area: ThematicArea?
    public var tag: String?
    public var form: ExploitationForm?
    public var targetGroup: String?
    /// A requirement id in the activity's `addresses:`.
    public var addresses: String?
    /// Only activities with a budget amount.
    public var withBudget: Bool
    /// Only activities due on or before this date.
    public var dueBy: CalendarDate?

    public init(
        area: ThematicArea? = nil, tag: String? = nil, form: ExploitationForm? = nil, targetGroup: String? = nil,
        addresses: String? = nil, withBudget: Bool = false, dueBy: CalendarDate? = nil
    ) {
        self.area = area
        self.tag = tag
        self.form = form
        self.targetGroup = targetGroup
        self.addresses = addresses
        self.withBudget = withBudget
        self.dueBy = dueBy
    }

    /// Matches every activity.
    public static let anyActivity = ActivityFilter()

    /// A phrase for messages, such as "activity with tag 'hotline'".
    public var summary: String {
        var parts: [String] = []
        if let area { parts.append("in area '\(area.rawValue)'") }
        if let tag { parts.append("with tag '\(tag)'") }
        if let form { parts.append("covering '\(form.rawValue)'") }
        if let targetGroup { parts.append("for target group '\(targetGroup)'") }
        if let addresses { parts.append("addressing '\(addresses)'") }
        if withBudget { parts.append("with a budget") }
        if let dueBy { parts.append("due by \(dueBy)") }
        return (["activity"] + parts).joined(separator: " ")
    }
}

/// A field every selected activity must have.
public enum ActivityField: String, Sendable, CaseIterable, Codable {
    case lead
    case partners
    case start
    case due
    case budget
    case fundingSource = "funding-source"
    case indicator
    case milestone
    case addresses
    case forms
    case targetGroups = "target-groups"
}
