import NaptrackCore
import NaptrackStandards

extension Condition {
    /// The list fact at `path` holds at least one of `words`. For paragraphs that name means
    /// "such as" or accept one ground "or" another: any one of them meets the paragraph.
    static func list(_ path: String, includesAnyOf words: [String]) -> Condition {
        list(path, holdsAtLeast: 1, of: words, expectation: "at least one of \(words.joined(separator: ", "))")
    }

    /// The list fact at `path` holds at least `count` different entries: "various kinds", or
    /// "some", where an empty list is a declared absence.
    static func list(_ path: String, holdsAtLeast count: Int) -> Condition {
        list(path, holdsAtLeast: count, of: nil,
            expectation: count == 1 ? "at least one entry" : "at least \(count) different entries")
    }

    private static func list(_ path: String, holdsAtLeast count: Int, of words: [String]?, expectation: String)
        -> Condition
    {
        .custom(name: "\(path) holds \(expectation)", facts: [path]) { context in
            guard let fact = context.plan.framework.fact(at: path) else { return .undetermined(missing: [path]) }
            guard case .list(let items) = fact.value else {
                return .contradicted([Violation("'\(path)' is \(fact.value), not a list", at: fact.location)])
            }
            let entries = Set(items.map(\.value.description)).filter { words?.contains($0) ?? true }
            let evidence = [Evidence("\(path) = \(fact.value)", at: fact.location)]
            if entries.count >= count { return .satisfied(evidence) }
            return .contradicted([Violation("'\(path)' is \(fact.value); it needs \(expectation)", at: fact.location)],
                evidence: evidence)
        }
    }
}
