import Foundation
import NaptrackCore
import NaptrackStandards

/// A fact test as written in a pack, before it is fitted to the type of its fact.
struct WrittenTest {
    enum Argument {
        /// `present: true`, `is: false`.
        case flag(Bool)
        /// `equals: statutory`.
        case word(Located<String>)
        /// `at_least: 30` or `at_most: {threshold: …, default: 24}`, with the number as written.
        case bound(Bound, Located<Decimal>)
        /// `one_of`, `includes_all`, `excludes`, `only_from`.
        case words([Located<String>])
        /// `some_record: {covers: {includes_all: [referral]}}`.
        case fields([(field: Located<String>, test: WrittenTest)])
    }

    /// The test's key, such as `at_least`.
    var name: String
    /// Where its value is written.
    var location: SourceLocation
    var argument: Argument
}

extension ConditionReader {
    /// Reads the value of the fact test `name`, checking only its own shape.
    func readTest(_ name: String, at location: SourceLocation, level: Int) throws -> WrittenTest? {
        let argument: WrittenTest.Argument?
        switch name {
        case "present":
            argument = try readFlag("'present'").flatMap { value in
                guard value.value else {
                    reader.report(.error, "'present' takes only true: a requirement cannot ask for a fact to be left undeclared",
                        rule: .value, at: value.location)
                    return nil
                }
                return .flag(true)
            }
        case "is":
            argument = try readFlag("'is'").map { .flag($0.value) }
        case "equals":
            argument = try reader.readText("the word 'equals' compares with").map { .word($0) }
        case "at_least", "at_most":
            argument = try readBound(name)
        case "one_of", "includes_all", "excludes", "only_from":
            guard let words = try readBoundedList("the words of '\(name)'", scalarAllowed: true, {
                try reader.readText("a word of '\(name)'")
            }) else { return nil }
            guard !words.isEmpty else {
                reader.report(.error, "'\(name)' needs at least one word", rule: .value, at: location)
                return nil
            }
            argument = .words(words)
        case "some_record":
            argument = try readRecordTests(at: location, level: level)
        default:
            argument = nil
        }
        return argument.map { WrittenTest(name: name, location: location, argument: $0) }
    }

    private func readFlag(_ what: String) throws -> Located<Bool>? {
        try reader.readBool(what)
    }

    /// Reads a number, or `{threshold: <pack>:<name>, default: <number>}`.
    private func readBound(_ name: String) throws -> WrittenTest.Argument? {
        if try reader.nextNodeKind() != .mapping {
            return try readNumber("the limit of '\(name)'").map { .bound(.value($0.value), $0) }
        }
        let location = try reader.nextLocation()
        var threshold: Located<String>?
        var fallback: Located<Decimal>?
        var complete = true
        try reader.readMapping("the threshold of '\(name)'") { key, keyLocation in
            switch key {
            case "threshold":
                threshold = try reader.readText("the threshold name")
                if let threshold, !Self.isRequirementID(threshold.value) {
                    reader.report(.error, "'\(threshold.value)' is not a threshold name of the form standard:name",
                        rule: .value, at: threshold.location)
                    complete = false
                }
            case "default":
                fallback = try readNumber("the default of the threshold")
                if fallback == nil { complete = false }
            default:
                try unknownKey(key, at: keyLocation, known: RulePackSyntax.thresholdKeys, in: "a threshold")
                complete = false
            }
        }
        guard complete else { return nil }
        guard let threshold, let fallback else {
            reader.report(.error, "a threshold needs both 'threshold:' (its name) and 'default:' (the value used when the configuration sets none)",
                rule: .required, at: location)
            return nil
        }
        recordThreshold(threshold)
        return .bound(.threshold(threshold.value, default: fallback.value), fallback)
    }

    private func readNumber(_ what: String) throws -> Located<Decimal>? {
        try reader.readDecimal(what, nonNegative: false, rule: .value)
    }

    /// Reads `some_record:`, a mapping from field name to one test on that field.
    private func readRecordTests(at location: SourceLocation, level: Int) throws -> WrittenTest.Argument? {
        guard level < limits.maximumNesting else {
            reader.report(.error, "conditions nest more than \(limits.maximumNesting) levels deep; split the check into simpler requirements",
                rule: .limits, at: location)
            try reader.skipValue()
            return nil
        }
        guard try reader.nextNodeKind() == .mapping else {
            try reportWrongShape(expected: "a mapping from field to test for 'some_record', such as {covers: {includes_all: [referral]}}")
            return nil
        }
        var fields: [(field: Located<String>, test: WrittenTest)] = []
        var complete = true
        try reader.readMapping("'some_record'") { key, fieldLocation in
            guard let test = try readFieldTest(key, at: fieldLocation, level: level + 1) else {
                complete = false
                return
            }
            fields.append((Located(key, at: fieldLocation), test))
        }
        guard complete else { return nil }
        guard !fields.isEmpty else {
            reader.report(.error, "'some_record' needs at least one field to test", rule: .value, at: location)
            return nil
        }
        return .fields(fields)
    }

    /// Reads `{<test>: <value>}` for one field of `some_record`.
    private func readFieldTest(_ field: String, at location: SourceLocation, level: Int) throws -> WrittenTest? {
        guard try reader.nextNodeKind() == .mapping else {
            try reportWrongShape(expected: "a test for the field '\(field)', such as {equals: mou}")
            return nil
        }
        var tests: [WrittenTest] = []
        var complete = true
        try reader.readMapping("the test of '\(field)'") { key, testLocation in
            guard RulePackSyntax.factTests.contains(key) else {
                try unknownKey(key, at: testLocation, known: RulePackSyntax.factTests, in: "the test of '\(field)'")
                complete = false
                return
            }
            if let test = try readTest(key, at: testLocation, level: level) { tests.append(test) } else { complete = false }
        }
        guard complete else { return nil }
        guard tests.count == 1 else {
            reader.report(.error, "the field '\(field)' needs exactly one test, found \(tests.count)", rule: .value, at: location)
            return nil
        }
        return tests[0]
    }

    // MARK: Fitting tests to facts

    /// The engine's test for `test` on a fact of `type`, or `nil` after reporting why it does not fit.
    func fit(_ test: WrittenTest, to type: FactType, path: String) -> FactTest? {
        guard type.fittingTests.contains(test.name) else {
            reader.report(.error, "'\(test.name)' does not fit '\(path)', which holds \(type.phrase); tests that fit: \(type.fittingTests.joined(separator: ", "))",
                rule: .type, at: test.location)
            return nil
        }
        switch test.argument {
        case .flag(let value):
            if test.name == "present" { return .present }
            return value ? .isTrue : .isFalse
        case .word(let word):
            return checkWord(word, type: type, path: path) ? .equals(word.value) : nil
        case .bound(let bound, let number):
            guard case .integer(let range) = type else { return nil }
            guard number.value >= Decimal(range.lowerBound), number.value <= Decimal(range.upperBound) else {
                reader.report(.error, "\(number.value) is outside the values '\(path)' can take (\(range.lowerBound) to \(range.upperBound)), so the test would always give the same answer",
                    rule: .value, at: number.location)
                return nil
            }
            return test.name == "at_least" ? .atLeast(bound) : .atMost(bound)
        case .words(let words):
            guard words.map({ checkWord($0, type: type, path: path) }).allSatisfy({ $0 }) else { return nil }
            let values = words.map(\.value)
            switch test.name {
            case "one_of": return .oneOf(values)
            case "includes_all": return .includesAll(values)
            case "excludes": return .excludes(values)
            default: return .onlyFrom(values)
            }
        case .fields(let fields):
            var tests: [String: FactTest] = [:]
            var complete = true
            for (field, fieldTest) in fields {
                guard let fieldType = type.fields.first(where: { $0.key == field.value })?.type else {
                    var message = "'\(path)' records have no field '\(field.value)'"
                    if let hint = Suggestion.nearest(to: field.value, among: type.fields.map(\.key)) {
                        message += "; did you mean '\(hint)'?"
                    }
                    message += " (fields: \(type.fields.map(\.key).joined(separator: ", ")))"
                    reader.report(.error, message, rule: .reference, at: field.location)
                    complete = false
                    continue
                }
                if let fitted = fit(fieldTest, to: fieldType, path: path + "." + field.value) {
                    tests[field.value] = fitted
                } else {
                    complete = false
                }
            }
            return complete ? .someRecord(tests) : nil
        }
    }

    /// Whether `word` is a value a fact of `type` can hold; reports it when not. Open lists of
    /// words accept new words, with a warning when one looks like a misspelt known word.
    private func checkWord(_ word: Located<String>, type: FactType, path: String) -> Bool {
        switch type {
        case .choice(let allowed):
            guard allowed.contains(word.value) else {
                reader.reportChoice(word, what: "value of '\(path)'", allowed: allowed)
                return false
            }
        case .words(let known, let open):
            guard !known.contains(word.value) else { return true }
            let hint = Suggestion.nearest(to: word.value, among: known)
            if !open {
                var message = "'\(word.value)' is not a value '\(path)' can hold; known values: \(known.joined(separator: ", "))"
                if let hint { message += " (did you mean '\(hint)'?)" }
                reader.report(.error, message, rule: .value, at: word.location)
                return false
            }
            if let hint {
                reader.report(.warning, "'\(word.value)' is not one of the usual values of '\(path)'; did you mean '\(hint)'?",
                    rule: .value, at: word.location)
            }
        case .agency, .agencies:
            guard Identifier.isValid(word.value) else {
                reader.report(.error, "'\(word.value)' is not a valid agency id for '\(path)': use letters, digits, '.', '-' and '_'",
                    rule: .value, at: word.location)
                return false
            }
        case .date:
            guard CalendarDate(iso: word.value) != nil else {
                reader.report(.error, "expected a date as YYYY-MM-DD for '\(path)', found '\(word.value)'", rule: .type,
                    at: word.location)
                return false
            }
        default:
            break
        }
        return true
    }
}
