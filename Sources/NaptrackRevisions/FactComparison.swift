import NaptrackCore

/// Walks the framework fact trees of two versions side by side, in the order of the fact
/// vocabulary, and reports every leaf fact that differs.
///
/// Lists of words compare as sets. Lists of records (cooperation agreements, working groups,
/// training programmes) have no ids: identical records are matched first wherever they stand,
/// then each remaining new record is paired with the remaining old one it shares most facts
/// with; what is left over was added or removed.
enum FactComparison {
    /// The changed facts between two frameworks.
    static func changes(from old: Framework, to new: Framework) -> [FactChange] {
        var changes: [FactChange] = []
        compare(old.facts, new.facts, fields: FactVocabulary.fields, prefix: "", into: &changes)
        return changes
    }

    private static func compare(_ old: [String: Fact]?, _ new: [String: Fact]?, fields: [FactField], prefix: String,
        into changes: inout [FactChange])
    {
        for field in fields {
            let path = prefix.isEmpty ? field.key : prefix + "." + field.key
            let before = old?[field.key], after = new?[field.key]
            if before == nil && after == nil { continue }
            switch field.type {
            case .record(let children):
                compare(before?.record, after?.record, fields: children, prefix: path, into: &changes)
            case .records(let children):
                compareLists(before?.records ?? [], after?.records ?? [], fields: children, path: path, into: &changes)
            default:
                let previous = before.flatMap(\.leafValue), current = after.flatMap(\.leafValue)
                guard previous != current else { continue }
                changes.append(FactChange(field: path, old: previous, new: current,
                    oldLocation: previous == nil ? nil : before?.location,
                    newLocation: current == nil ? nil : after?.location))
            }
        }
    }

    private static func compareLists(_ old: [[String: Fact]], _ new: [[String: Fact]], fields: [FactField],
        path: String, into changes: inout [FactChange])
    {
        let oldKeys = old.map { canonical($0, fields: fields) }
        var unmatchedOld = Array(old.indices)
        var unmatchedNew: [Int] = []
        for index in new.indices {
            let key = canonical(new[index], fields: fields)
            if let match = unmatchedOld.firstIndex(where: { oldKeys[$0] == key }) {
                unmatchedOld.remove(at: match)
            } else {
                unmatchedNew.append(index)
            }
        }
        for index in unmatchedNew {
            let best = unmatchedOld.max { lhs, rhs in
                let left = sharedFacts(old[lhs], new[index], fields: fields)
                let right = sharedFacts(old[rhs], new[index], fields: fields)
                return left != right ? left < right : lhs > rhs
            }
            if let best, sharedFacts(old[best], new[index], fields: fields) > 0 {
                unmatchedOld.removeAll { $0 == best }
                compare(old[best], new[index], fields: fields, prefix: "\(path)[\(index)]", into: &changes)
            } else {
                compare(nil, new[index], fields: fields, prefix: "\(path)[\(index)]", into: &changes)
            }
        }
        for index in unmatchedOld {
            compare(old[index], nil, fields: fields, prefix: "\(path)[\(index)]", into: &changes)
        }
    }

    /// The number of leaf facts two records have in common.
    private static func sharedFacts(_ lhs: [String: Fact], _ rhs: [String: Fact], fields: [FactField]) -> Int {
        var changes: [FactChange] = []
        compare(lhs, rhs, fields: fields, prefix: "", into: &changes)
        let total = Set(leaves(lhs, fields: fields, prefix: "").map(\.path))
            .union(leaves(rhs, fields: fields, prefix: "").map(\.path)).count
        return total - changes.count
    }

    /// A text that two records share exactly when they declare the same facts.
    static func canonical(_ record: [String: Fact], fields: [FactField]) -> String {
        leaves(record, fields: fields, prefix: "").map { "\($0.path)=\($0.value)" }.joined(separator: ";")
    }

    /// Every leaf fact of a record, in vocabulary order; lists of records are sorted by their
    /// canonical text so that their order does not matter.
    static func leaves(_ record: [String: Fact]?, fields: [FactField], prefix: String)
        -> [(path: String, value: FieldValue, location: SourceLocation)]
    {
        var result: [(path: String, value: FieldValue, location: SourceLocation)] = []
        for field in fields {
            guard let fact = record?[field.key] else { continue }
            let path = prefix.isEmpty ? field.key : prefix + "." + field.key
            switch field.type {
            case .record(let children):
                result += leaves(fact.record, fields: children, prefix: path)
            case .records(let children):
                let items = (fact.records ?? []).sorted {
                    canonical($0, fields: children) < canonical($1, fields: children)
                }
                for (index, item) in items.enumerated() {
                    result += leaves(item, fields: children, prefix: "\(path)[\(index)]")
                }
            default:
                if let value = fact.leafValue { result.append((path, value, fact.location)) }
            }
        }
        return result
    }
}

extension Fact {
    /// The children, when the fact is a record.
    var record: [String: Fact]? {
        if case .record(let children) = value { return children }
        return nil
    }

    /// The records of a list of records.
    var records: [[String: Fact]]? {
        guard case .list(let items) = value else { return nil }
        return items.compactMap(\.record)
    }

    /// The comparable value of a leaf fact; a list of words compares as a set.
    var leafValue: FieldValue? {
        switch value {
        case .bool(let value): .bool(value)
        case .number(let value): .number(value)
        case .text(let value): .text(value)
        case .date(let value): .date(value)
        case .list(let items):
            .set(items.compactMap {
                if case .text(let text) = $0.value { return text }
                return nil
            })
        case .record: nil
        }
    }
}
