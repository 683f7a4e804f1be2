import Foundation
import NaptrackCore
import NaptrackStandards

/// Reads the conditions of a rule pack (`check:` and `applies_when:`) into `Condition` values,
/// allowing only the closed set of primitives and keeping within the pack's limits.
///
/// Every problem is reported at its place and the condition holding it comes back `nil`, so a
/// pack with a mistake is never half-loaded.
final class ConditionReader {
    let reader: DocumentReader
    let limits: RulePackLimits
    /// Threshold names used by bounds, checked against the pack id once it is known.
    private(set) var thresholdNames: [Located<String>] = []
    /// Requirement ids named by `addresses:` filters.
    private(set) var addressedRequirements: [Located<String>] = []
    private var conditionCount = 0
    /// Suggestions already made for misspelt fact paths, and how many more may be computed:
    /// each compares the path with every path of the vocabulary, so a pack of thousands of
    /// misspellings must not cost thousands of such searches.
    private var factSuggestions: [String: String?] = [:]
    private var factSuggestionsLeft = 100
    private var reportedConditionLimit = false

    init(reader: DocumentReader, limits: RulePackLimits) {
        self.reader = reader
        self.limits = limits
    }

    /// Reads one condition; `level` is its nesting depth, 1 for the top of a check.
    func readCondition(_ what: String, level: Int = 1) throws -> Condition? {
        let start = try reader.nextLocation()
        guard try admit(level: level, at: start) else {
            try reader.skipValue()
            return nil
        }
        guard try reader.nextNodeKind() == .mapping else {
            try reportWrongShape(expected: "a condition for \(what), such as {fact: assistance.informed_consent, is: true}")
            return nil
        }
        var path: Located<String>?
        var tests: [WrittenTest] = []
        var primitives: [(name: String, condition: Condition?)] = []
        var broken = false
        try reader.readMapping(what) { key, location in
            switch key {
            case "fact":
                path = try reader.readText("the fact path")
                if path == nil { broken = true }
            case "activity_exists":
                let filter = try readFilter("the activities to look for")
                primitives.append((key, filter.map { .activityExists($0) }))
            case "every_activity":
                primitives.append((key, try readEveryActivity()))
            case "all", "any":
                let items = try readConditionList(key, level: level)
                primitives.append((key, items.map { key == "all" ? .all($0) : .any($0) }))
            case "not":
                let inner = try readCondition("the condition under 'not'", level: level + 1)
                primitives.append((key, inner.map { .not($0) }))
            case "custom":
                reader.report(.error, "rule packs cannot run code: 'custom' checks exist only in standards written in Swift; build the check from \(RulePackSyntax.primitives.joined(separator: ", "))",
                    rule: .value, at: reader.currentKeyLocation ?? location)
                try reader.skipValue()
                broken = true
            default:
                if RulePackSyntax.factTests.contains(key) {
                    if let test = try readTest(key, at: location, level: level) { tests.append(test) } else { broken = true }
                } else {
                    var message = "unknown primitive '\(key)'"
                    if let hint = Suggestion.nearest(to: key, among: RulePackSyntax.conditionKeys) {
                        message += "; did you mean '\(hint)'?"
                    }
                    message += " (conditions are built from \(RulePackSyntax.primitives.joined(separator: ", ")))"
                    reader.report(.error, message, rule: .unknownKey, at: reader.currentKeyLocation ?? location)
                    try reader.skipValue()
                    broken = true
                }
            }
        }
        if broken { return nil }
        return assemble(path: path, tests: tests, primitives: primitives, at: start)
    }

    /// Puts the keys of one condition mapping together: one primitive, or a fact with one test.
    private func assemble(
        path: Located<String>?, tests: [WrittenTest], primitives: [(name: String, condition: Condition?)],
        at location: SourceLocation
    ) -> Condition? {
        let names = (path == nil ? [] : ["fact"]) + primitives.map(\.name)
        guard names.count == 1 else {
            if names.isEmpty {
                let hint = tests.first.map { "'\($0.name)' tests a fact: add 'fact: <path>'" }
                    ?? "write one of \(RulePackSyntax.primitives.joined(separator: ", "))"
                reader.report(.error, "the condition has no primitive; \(hint)", rule: .required, at: location)
            } else {
                reader.report(.error, "a condition holds one primitive, this one has \(names.map { "'\($0)'" }.joined(separator: " and ")); combine them with 'all:' or 'any:'",
                    rule: .value, at: location)
            }
            return nil
        }
        if let path {
            guard tests.count == 1, let test = tests.first else {
                let message = tests.isEmpty
                    ? "the fact condition on '\(path.value)' has no test; add one of \(RulePackSyntax.factTests.joined(separator: ", "))"
                    : "the fact condition on '\(path.value)' has \(tests.count) tests; write one per condition and combine them with 'all:'"
                reader.report(.error, message, rule: tests.isEmpty ? .required : .value, at: location)
                return nil
            }
            return fact(path, test)
        }
        if let test = tests.first {
            reader.report(.error, "'\(test.name)' tests a fact and cannot stand beside '\(names[0])'", rule: .value,
                at: test.location)
            return nil
        }
        return primitives[0].condition
    }

    /// A fact condition whose path is in the vocabulary and whose test fits the fact's type.
    private func fact(_ path: Located<String>, _ test: WrittenTest) -> Condition? {
        switch FactPath.resolve(path.value) {
        case .success(let type):
            return fit(test, to: type, path: path.value).map { .fact(path.value, $0) }
        case .failure(.unknown):
            var message = "unknown fact '\(path.value)'"
            if let suggestion = suggestFact(for: path.value) { message += "; did you mean '\(suggestion)'?" }
            message += " (the facts are listed in docs/plan-format.md)"
            reader.report(.error, message, rule: .reference, at: path.location)
        case .failure(.insideRecords(let list, let field)):
            reader.report(.error, "'\(path.value)' is a field of each record of '\(list)'; test it with {fact: \(list), some_record: {\(field): ...}}",
                rule: .reference, at: path.location)
        }
        return nil
    }

    /// The known fact path nearest to a misspelt one, within the budget of searches.
    private func suggestFact(for path: String) -> String? {
        if let known = factSuggestions[path] { return known }
        guard factSuggestionsLeft > 0 else { return nil }
        factSuggestionsLeft -= 1
        let suggestion = Suggestion.nearest(to: path, among: FactVocabulary.allPaths)
        factSuggestions[path] = suggestion
        return suggestion
    }

    // MARK: Limits

    /// Counts a condition against the pack's limits; `false` (after reporting) when over one.
    private func admit(level: Int, at location: SourceLocation) throws -> Bool {
        if level > limits.maximumNesting {
            reader.report(.error, "conditions nest more than \(limits.maximumNesting) levels deep; split the check into simpler requirements",
                rule: .limits, at: location)
            return false
        }
        conditionCount += 1
        if conditionCount > limits.maximumConditions {
            if !reportedConditionLimit {
                reader.report(.error, "the pack holds more than \(limits.maximumConditions) conditions; split it into several packs",
                    rule: .limits, at: location)
                reportedConditionLimit = true
            }
            return false
        }
        return true
    }

    /// Reads a list of at most `limit` items (`maximumListItems` by default); `nil` when it is
    /// not a list, is too long, or an item is `nil`. A single scalar counts as a list of one
    /// when `scalarAllowed`.
    func readBoundedList<Item>(
        _ what: String, limit: Int? = nil, scalarAllowed: Bool = false, _ item: () throws -> Item?
    ) throws -> [Item]? {
        let limit = limit ?? limits.maximumListItems
        let kind = try reader.nextNodeKind()
        if scalarAllowed, kind == .scalar { return try item().map { [$0] } }
        guard kind == .list || kind == .null else {
            try reportWrongShape(expected: "a list for \(what)")
            return nil
        }
        var items: [Item] = []
        var overflow: SourceLocation?
        var complete = true
        try reader.readSequence(what) { index in
            if index >= limit {
                if overflow == nil { overflow = try reader.nextLocation() }
                try reader.skipValue()
                return
            }
            if let value = try item() { items.append(value) } else { complete = false }
        }
        if let overflow {
            reader.report(.error, "\(what) holds more than \(limit) items", rule: .limits, at: overflow)
            return nil
        }
        return complete ? items : nil
    }

    /// Reports that the next node has the wrong shape, and skips it.
    func reportWrongShape(expected: String) throws {
        let location = try reader.nextLocation()
        let found: String
        switch try reader.nextNodeKind() {
        case .mapping: found = "a mapping"
        case .list: found = "a list"
        case .scalar: found = "a single value"
        case .null: found = "no value"
        case .other: found = "an alias"
        }
        reader.report(.error, "expected \(expected), found \(found)", rule: .type, at: location)
        try reader.skipValue()
    }

    // MARK: Combinations

    private func readConditionList(_ key: String, level: Int) throws -> [Condition]? {
        let location = try reader.nextLocation()
        guard let items = try readBoundedList("the conditions of '\(key)'", {
            try readCondition("an item of '\(key)'", level: level + 1)
        }) else { return nil }
        guard !items.isEmpty else {
            reader.report(.error, "'\(key)' needs at least one condition", rule: .value, at: location)
            return nil
        }
        return items
    }

    // MARK: Activities

    private func readEveryActivity() throws -> Condition? {
        guard try reader.nextNodeKind() == .mapping else {
            try reportWrongShape(expected: "a mapping for 'every_activity', such as {where: {area: protection}, has: indicator}")
            return nil
        }
        let location = try reader.nextLocation()
        var filter: ActivityFilter? = .anyActivity
        var field: ActivityField?
        var complete = true
        try reader.readMapping("'every_activity'") { key, valueLocation in
            switch key {
            case "where":
                filter = try readFilter("the activities 'every_activity' looks at")
            case "has":
                if let text = try reader.readText("the field every activity must have") {
                    field = ActivityField(rawValue: text.value)
                    if field == nil {
                        reader.reportChoice(text, what: "activity field", allowed: RulePackSyntax.activityFields)
                        complete = false
                    }
                } else {
                    complete = false
                }
            default:
                try unknownKey(key, at: valueLocation, known: RulePackSyntax.everyActivityKeys, in: "'every_activity'")
                complete = false
            }
        }
        guard complete, let filter else { return nil }
        guard let field else {
            reader.report(.error, "'every_activity' needs 'has:', the field every selected activity must have (\(RulePackSyntax.activityFields.joined(separator: ", ")))",
                rule: .required, at: location)
            return nil
        }
        return .everyActivity(filter, has: field)
    }

    private func readFilter(_ what: String) throws -> ActivityFilter? {
        let kind = try reader.nextNodeKind()
        if kind == .null {
            try reader.skipValue()
            return .anyActivity
        }
        guard kind == .mapping else {
            try reportWrongShape(expected: "a mapping for \(what), such as {area: protection, tag: hotline}")
            return nil
        }
        var filter = ActivityFilter()
        var complete = true
        func require<Value>(_ value: Value?) -> Value? {
            if value == nil { complete = false }
            return value
        }
        try reader.readMapping(what) { key, location in
            switch key {
            case "area": filter.area = require(try reader.readChoice("area", as: ThematicArea.self))?.value
            case "tag": filter.tag = require(try reader.readText("the tag"))?.value
            case "form": filter.form = require(try reader.readChoice("form of exploitation", as: ExploitationForm.self))?.value
            case "target_group": filter.targetGroup = require(try reader.readText("the target group"))?.value
            case "addresses":
                guard let requirement = require(try reader.readText("the requirement addressed")) else { return }
                if !Self.isRequirementID(requirement.value) {
                    reader.report(.error, "'\(requirement.value)' is not a requirement id of the form standard:requirement",
                        rule: .value, at: requirement.location)
                    complete = false
                }
                addressedRequirements.append(requirement)
                filter.addresses = requirement.value
            case "with_budget": filter.withBudget = require(try reader.readBool("'with_budget'"))?.value ?? false
            case "due_by": filter.dueBy = require(try reader.readDate("'due_by'"))?.value
            default:
                try unknownKey(key, at: location, known: RulePackSyntax.filterKeys, in: what)
                complete = false
            }
        }
        return complete ? filter : nil
    }

    /// Reports an unknown key as an error at the key (a misspelt criterion would silently widen
    /// a check) and skips its value.
    func unknownKey(_ key: String, at location: SourceLocation, known: [String], in what: String) throws {
        var message = "unknown key '\(key)' in \(what)"
        if let hint = Suggestion.nearest(to: key, among: known) { message += "; did you mean '\(hint)'?" }
        message += " (known: \(known.joined(separator: ", ")))"
        reader.report(.error, message, rule: .unknownKey, at: reader.currentKeyLocation ?? location)
        try reader.skipValue()
    }

    /// Whether `text` reads `standard:requirement`, both parts valid ids.
    static func isRequirementID(_ text: String) -> Bool {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        return parts.count == 2 && Identifier.isValid(String(parts[0])) && Identifier.isValid(String(parts[1]))
    }

    func recordThreshold(_ name: Located<String>) { thresholdNames.append(name) }
}
