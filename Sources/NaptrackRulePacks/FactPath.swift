import NaptrackCore

/// Looks up a fact path of a pack in the fact vocabulary, so that a misspelt or unreachable
/// path is an error when the pack is read rather than a requirement that is forever unknown.
enum FactPath {
    enum Problem: Error {
        /// No fact has this path.
        case unknown
        /// The path runs into the fields of a list of records, which only `some_record` can test.
        case insideRecords(list: String, field: String)
    }

    /// The type of the fact at `path`.
    static func resolve(_ path: String) -> Result<FactType, Problem> {
        var fields = FactVocabulary.fields
        var walked: [Substring] = []
        var result: FactType?
        let components = path.split(separator: ".", omittingEmptySubsequences: false)
        for (index, component) in components.enumerated() {
            guard let field = fields.first(where: { $0.key == component }) else {
                return .failure(.unknown)
            }
            walked.append(component)
            result = field.type
            switch field.type {
            case .record(let children):
                fields = children
            case .records:
                if index < components.count - 1 {
                    return .failure(.insideRecords(
                        list: walked.joined(separator: "."),
                        field: components[(index + 1)...].joined(separator: ".")))
                }
                fields = []
            default:
                fields = []
            }
        }
        guard let result else { return .failure(.unknown) }
        return .success(result)
    }
}

extension FactType {
    /// What a fact of this type holds, for messages: "true or false", "a whole number from 0 to 3650".
    var phrase: String {
        switch self {
        case .bool: "true or false"
        case .integer(let range): "a whole number from \(range.lowerBound) to \(range.upperBound)"
        case .date: "a date"
        case .text: "text"
        case .choice(let words): "one of \(words.joined(separator: ", "))"
        case .agency: "an agency id"
        case .agencies: "a list of agency ids"
        case .words: "a list of words"
        case .record: "a group of facts"
        case .records: "a list of records"
        }
    }

    /// The fact tests that fit this type, in the order the format lists them.
    var fittingTests: [String] {
        switch self {
        case .bool: ["present", "is"]
        case .integer: ["present", "at_least", "at_most"]
        case .date: ["present", "equals"]
        case .text, .agency, .choice: ["present", "equals", "one_of"]
        case .agencies, .words: ["present", "includes_all", "excludes", "only_from"]
        case .record: ["present"]
        case .records: ["present", "some_record"]
        }
    }

    /// The fields of a record or of each record of a list.
    var fields: [FactField] {
        switch self {
        case .record(let fields), .records(let fields): fields
        default: []
        }
    }
}
