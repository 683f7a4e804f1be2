import NaptrackCore
import NaptrackStandards

extension Condition {
    /// The plan covers child victims. Used as `appliesWhen` for the Convention's child-specific
    /// paragraphs: only a declared `scope.children: false` makes them not applicable.
    static let childrenInScope = Condition.fact("scope.children", .isTrue)

    /// The plan covers victims who are not nationals: the reflection period, residence permits
    /// and return by the country concern them only.
    static let nonNationalsInScope = Condition.fact("scope.non_nationals", .isTrue)

    /// `condition`, for the child element of a paragraph that also covers adults: met without
    /// looking further when the plan declares `scope.children: false`.
    static func forChildren(_ condition: Condition) -> Condition {
        unless("scope.children", isDeclaredFalse: condition)
    }

    /// `general` when the plan declares `scope.children: false`, otherwise `withChildren`: for a
    /// paragraph whose list of duties grows when children are covered. One check, so a shortfall
    /// is one finding.
    static func childrenAware(_ general: Condition, withChildren: Condition) -> Condition {
        let path = "scope.children"
        return .custom(name: "\(path) decides which list applies", facts: withChildren.factPaths + [path]) { context in
            guard let fact = context.plan.framework.fact(at: path), case .bool(false) = fact.value else {
                return withChildren.evaluate(in: context)
            }
            var outcome = general.evaluate(in: context)
            outcome.evidence.append(Evidence("\(path) = false", at: fact.location))
            return outcome
        }
    }

    /// `condition`, for the element of a paragraph that concerns foreign victims only: met
    /// without looking further when the plan declares `scope.non_nationals: false`.
    static func forNonNationals(_ condition: Condition) -> Condition {
        unless("scope.non_nationals", isDeclaredFalse: condition)
    }

    /// `condition`, unless the scope fact at `path` is declared false. An undeclared scope
    /// counts as covered, as it does for `appliesWhen`, so a contradicted element still fails.
    private static func unless(_ path: String, isDeclaredFalse condition: Condition) -> Condition {
        .custom(name: "\(path) is false, or the element holds", facts: [path] + condition.factPaths) { context in
            if let fact = context.plan.framework.fact(at: path), case .bool(false) = fact.value {
                return .satisfied([Evidence("\(path) = false", at: fact.location)])
            }
            return condition.evaluate(in: context)
        }
    }
}
