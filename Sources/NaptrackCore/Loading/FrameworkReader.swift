import Foundation

/// Reads the `framework:` facts, checking each against the fact vocabulary.
struct FrameworkReader {
    let reader: DocumentReader

    init(_ reader: DocumentReader) { self.reader = reader }

    func readFramework(at location: SourceLocation) throws -> Framework {
        let facts = try readRecord(FactVocabulary.fields, what: "the framework", prefix: "")
        return Framework(facts: facts ?? [:], location: location)
    }

    private func readRecord(_ fields: [FactField], what: String, prefix: String) throws -> [String: Fact]? {
        var facts: [String: Fact] = [:]
        let found = try reader.readMapping(what) { key, valueLocation in
            guard let field = fields.first(where: { $0.key == key }) else {
                try reader.skipUnknownKey(key, known: fields.map(\.key), in: what)
                return
            }
            let path = prefix.isEmpty ? key : prefix + "." + key
            if let value = try readValue(field.type, path: path) {
                facts[key] = Fact(value, at: valueLocation)
            }
        }
        return found == nil ? nil : facts
    }

    private func readValue(_ type: FactType, path: String) throws -> FactValue? {
        let what = "'\(path)'"
        switch type {
        case .bool:
            return try reader.readBool(what).map { .bool($0.value) }
        case .integer(let range):
            return try reader.readInteger(what, in: range).map { .number(Decimal($0.value)) }
        case .date:
            return try reader.readDate(what).map { .date($0.value) }
        case .text:
            return try reader.readText(what).map { .text($0.value) }
        case .agency:
            return try reader.readID(what).map { .text($0.value) }
        case .choice(let allowed):
            guard let text = try reader.readText(what) else { return nil }
            guard allowed.contains(text.value) else {
                reader.reportChoice(text, what: what, allowed: allowed)
                return nil
            }
            return .text(text.value)
        case .agencies:
            let items = try reader.readTextList(what, ids: true)
            return .list(items.map { Fact(.text($0.value), at: $0.location) })
        case .words(let known, let open):
            let items = try reader.readTextList(what)
            if !open {
                for item in items where !known.contains(item.value) {
                    var message = "'\(item.value)' is not a known value for \(what); known values: \(known.joined(separator: ", "))"
                    if let hint = Suggestion.nearest(to: item.value, among: known) { message += " (did you mean '\(hint)'?)" }
                    reader.report(.warning, message, rule: .value, at: item.location)
                }
            }
            return .list(items.map { Fact(.text($0.value), at: $0.location) })
        case .record(let fields):
            return try readRecord(fields, what: what, prefix: path).map { .record($0) }
        case .records(let fields):
            var items: [Fact] = []
            try reader.readSequence(what) { _ in
                let location = reader.location(of: try reader.stream.peek())
                if let record = try readRecord(fields, what: "an item of \(what)", prefix: path) {
                    items.append(Fact(.record(record), at: location))
                }
            }
            return .list(items)
        }
    }
}
