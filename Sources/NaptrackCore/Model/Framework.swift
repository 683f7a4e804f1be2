import Foundation

/// The declared facts about the national framework a plan operates in (laws, structures,
/// procedures), kept as a tree of located facts so every verdict can point at the fact it used.
///
/// Every key is optional: a standard whose facts are missing reports its requirement as unknown.
public struct Framework: Sendable {
    /// The top-level facts by key.
    public var facts: [String: Fact]
    /// Where the `framework:` mapping starts (or the plan, when it is absent).
    public var location: SourceLocation

    public init(facts: [String: Fact], location: SourceLocation) {
        self.facts = facts
        self.location = location
    }

    /// The fact at a dotted path such as `children.guardian.appointed_within_hours`.
    public func fact(at path: String) -> Fact? {
        var components = path.split(separator: ".").makeIterator()
        guard let first = components.next() else { return nil }
        var current = facts[String(first)]
        while let component = components.next() {
            guard case .record(let children)? = current?.value else { return nil }
            current = children[String(component)]
        }
        return current
    }

    /// The boolean at `path`, if declared as one.
    public func bool(at path: String) -> Bool? {
        if case .bool(let value)? = fact(at: path)?.value { return value }
        return nil
    }

    /// The number at `path`, if declared as one.
    public func number(at path: String) -> Decimal? {
        if case .number(let value)? = fact(at: path)?.value { return value }
        return nil
    }

    /// The text (a word, a name or an agency id) at `path`, if declared as one.
    public func text(at path: String) -> String? {
        if case .text(let value)? = fact(at: path)?.value { return value }
        return nil
    }

    /// The texts of a list at `path`, if declared as a list.
    public func texts(at path: String) -> [String]? {
        guard case .list(let items)? = fact(at: path)?.value else { return nil }
        return items.compactMap {
            if case .text(let text) = $0.value { return text }
            return nil
        }
    }

    /// The items of a list at `path`, if declared as a list.
    public func list(at path: String) -> [Fact]? {
        if case .list(let items)? = fact(at: path)?.value { return items }
        return nil
    }
}

/// One declared fact and where it was written.
public struct Fact: Sendable {
    public var value: FactValue
    public var location: SourceLocation

    public init(_ value: FactValue, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// The fact at `key` when this fact is a record.
    public subscript(key: String) -> Fact? {
        if case .record(let children) = value { return children[key] }
        return nil
    }
}

/// The value of a declared fact, typed by the fact vocabulary.
public indirect enum FactValue: Sendable {
    case bool(Bool)
    case number(Decimal)
    case text(String)
    case date(CalendarDate)
    case list([Fact])
    case record([String: Fact])
}

extension FactValue: CustomStringConvertible {
    /// A short rendering for messages: `true`, `30`, `decree`, `[police, judges]`.
    public var description: String {
        switch self {
        case .bool(let value): String(value)
        case .number(let value): "\(value)"
        case .text(let value): value
        case .date(let value): value.description
        case .list(let items): "[" + items.map(\.value.description).joined(separator: ", ") + "]"
        case .record(let children): "{" + children.keys.sorted().joined(separator: ", ") + "}"
        }
    }
}
