import Foundation
import NaptrackCore

extension Condition {
    /// Evaluates the condition against `context`. Evaluation visits each node of the condition
    /// once and each fact or activity a bounded number of times: it cannot loop.
    public func evaluate(in context: EvaluationContext) -> Outcome {
        switch self {
        case .fact(let path, let test):
            return FactTestEvaluator(context: context).evaluate(test, path: path)
        case .activityExists(let filter):
            let found = context.activities(matching: filter)
            if found.isEmpty {
                return .contradicted([Violation("the plan has no \(filter.summary)", at: objectivesLocation(context))])
            }
            return .satisfied(found.map { Evidence("activity \($0.id)", at: $0.location) })
        case .everyActivity(let filter, let field):
            let selected = context.activities(matching: filter)
            let lacking = selected.filter { !$0.has(field) }
            if lacking.isEmpty {
                return .satisfied(selected.map { Evidence("activity \($0.id) has \(field.rawValue)", at: $0.location) })
            }
            return .contradicted(lacking.map { Violation("activity '\($0.id)' has no \(field.phrase)", at: $0.location) })
        case .all(let conditions):
            return combineAll(conditions.map { $0.evaluate(in: context) })
        case .any(let conditions):
            return combineAny(conditions.map { $0.evaluate(in: context) })
        case .not(let inner):
            let outcome = inner.evaluate(in: context)
            switch outcome.truth {
            case .satisfied:
                return .contradicted(
                    outcome.evidence.map { Violation("\($0.summary), which the requirement rules out", at: $0.location) },
                    evidence: outcome.evidence)
            case .contradicted:
                return Outcome(.satisfied, evidence: outcome.evidence + outcome.violations.map {
                    Evidence($0.message, at: $0.location)
                })
            case .undetermined:
                return outcome
            }
        case .custom(_, _, let evaluate):
            return evaluate(context)
        }
    }

    private func objectivesLocation(_ context: EvaluationContext) -> SourceLocation {
        context.plan.objectives.first?.location ?? context.plan.location
    }

    private func combineAll(_ outcomes: [Outcome]) -> Outcome {
        let evidence = outcomes.flatMap(\.evidence)
        let contradicted = outcomes.filter { $0.truth == .contradicted }
        if !contradicted.isEmpty {
            var result = Outcome.contradicted(contradicted.flatMap(\.violations), evidence: evidence)
            result.missingFacts = outcomes.flatMap(\.missingFacts)
            return result
        }
        let missing = outcomes.flatMap(\.missingFacts)
        let undetermined = outcomes.filter { $0.truth == .undetermined }
        if !undetermined.isEmpty {
            return Outcome(.undetermined, evidence: evidence, missingFacts: missing,
                anchor: undetermined.lazy.compactMap(\.anchor).first)
        }
        return .satisfied(evidence)
    }

    private func combineAny(_ outcomes: [Outcome]) -> Outcome {
        if outcomes.isEmpty { return .contradicted([]) }
        let satisfied = outcomes.filter { $0.truth == .satisfied }
        if !satisfied.isEmpty { return .satisfied(satisfied.flatMap(\.evidence)) }
        let evidence = outcomes.flatMap(\.evidence)
        let undetermined = outcomes.filter { $0.truth == .undetermined }
        if !undetermined.isEmpty {
            return Outcome(.undetermined, evidence: evidence, missingFacts: outcomes.flatMap(\.missingFacts),
                anchor: undetermined.lazy.compactMap(\.anchor).first)
        }
        return .contradicted(outcomes.flatMap(\.violations), evidence: evidence)
    }
}

/// Applies one `FactTest` to the fact at a path.
private struct FactTestEvaluator {
    let context: EvaluationContext

    func evaluate(_ test: FactTest, path: String) -> Outcome {
        guard let fact = context.plan.framework.fact(at: path) else {
            return .undetermined(missing: [path])
        }
        return evaluate(test, fact: fact, path: path)
    }

    func evaluate(_ test: FactTest, fact: Fact, path: String) -> Outcome {
        let shown = "\(path) = \(fact.value)"
        let evidence = [Evidence(shown, at: fact.location)]
        func verdict(_ holds: Bool, _ expectation: String) -> Outcome {
            holds
                ? .satisfied(evidence)
                : .contradicted([Violation("'\(path)' is \(fact.value); \(expectation)", at: fact.location)],
                    evidence: evidence)
        }
        switch test {
        case .present:
            return .satisfied(evidence)
        case .isTrue:
            guard case .bool(let value) = fact.value else { return wrongType(fact, path, "true or false") }
            return verdict(value, "it needs to be true")
        case .isFalse:
            guard case .bool(let value) = fact.value else { return wrongType(fact, path, "true or false") }
            return verdict(!value, "it needs to be false")
        case .equals(let word):
            return verdict(fact.value.words == [word], "it needs to be '\(word)'")
        case .atLeast(let bound):
            guard case .number(let value) = fact.value else { return wrongType(fact, path, "a number") }
            let limit = bound.resolved(in: context)
            return verdict(value >= limit, "it needs to be at least \(limit)")
        case .atMost(let bound):
            guard case .number(let value) = fact.value else { return wrongType(fact, path, "a number") }
            let limit = bound.resolved(in: context)
            return verdict(value <= limit, "it needs to be at most \(limit)")
        case .oneOf(let words):
            let value = fact.value.words
            return verdict(value.count == 1 && words.contains(value[0]),
                "it needs to be one of \(words.joined(separator: ", "))")
        case .includesAll(let words):
            let present = Set(fact.value.words)
            let missing = words.filter { !present.contains($0) }
            return verdict(missing.isEmpty, "it lacks \(missing.joined(separator: ", "))")
        case .excludes(let words):
            let found = fact.value.words.filter { words.contains($0) }
            return verdict(found.isEmpty, "it must not include \(found.joined(separator: ", "))")
        case .onlyFrom(let words):
            let others = fact.value.words.filter { !words.contains($0) }
            return verdict(others.isEmpty,
                "\(others.joined(separator: ", ")) \(others.count == 1 ? "is" : "are") not among \(words.joined(separator: ", "))")
        case .someRecord(let tests):
            guard case .list(let records) = fact.value else { return wrongType(fact, path, "a list") }
            var undetermined: [String] = []
            for record in records {
                var outcomes: [Outcome] = []
                for (key, test) in tests.sorted(by: { $0.key < $1.key }) {
                    if let field = record[key] {
                        outcomes.append(evaluate(test, fact: field, path: path + "." + key))
                    } else {
                        outcomes.append(.undetermined(missing: [path + "." + key]))
                    }
                }
                if outcomes.allSatisfy({ $0.truth == .satisfied }) {
                    return .satisfied([Evidence("\(path): \(record.value)", at: record.location)])
                }
                if !outcomes.contains(where: { $0.truth == .contradicted }) {
                    undetermined += outcomes.flatMap(\.missingFacts)
                }
            }
            if !undetermined.isEmpty { return Outcome(.undetermined, evidence: evidence, missingFacts: undetermined) }
            let wanted = tests.keys.sorted().joined(separator: ", ")
            return .contradicted([Violation("no entry of '\(path)' meets the conditions on \(wanted)", at: fact.location)],
                evidence: evidence)
        }
    }

    private func wrongType(_ fact: Fact, _ path: String, _ expected: String) -> Outcome {
        .contradicted([Violation("'\(path)' is \(fact.value), not \(expected)", at: fact.location)])
    }
}

extension FactValue {
    /// The words of a text or a list of texts; a boolean or number as its text.
    var words: [String] {
        switch self {
        case .text(let text): [text]
        case .list(let items): items.flatMap(\.value.words)
        case .bool(let value): [String(value)]
        case .number(let value): ["\(value)"]
        case .date(let value): [value.description]
        case .record: []
        }
    }
}

extension Activity {
    /// Whether the activity declares `field`.
    func has(_ field: ActivityField) -> Bool {
        switch field {
        case .lead: lead != nil
        case .partners: !partners.isEmpty
        case .start: start != nil
        case .due: due != nil
        case .budget: budget?.amount != nil
        case .fundingSource: !(budget?.sources.isEmpty ?? true)
        case .indicator: !indicators.isEmpty
        case .milestone: !milestones.isEmpty
        case .addresses: !addresses.isEmpty
        case .forms: !forms.isEmpty
        case .targetGroups: !targetGroups.isEmpty
        }
    }
}

extension ActivityField {
    /// A phrase for messages: "lead agency", "budget amount".
    var phrase: String {
        switch self {
        case .lead: "lead agency"
        case .partners: "partners"
        case .start: "start date"
        case .due: "due date"
        case .budget: "budget amount"
        case .fundingSource: "funding source"
        case .indicator: "indicator"
        case .milestone: "milestone"
        case .addresses: "requirement it addresses"
        case .forms: "forms of exploitation"
        case .targetGroups: "target groups"
        }
    }
}
