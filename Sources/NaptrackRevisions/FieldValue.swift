import Foundation
import NaptrackCore

/// One comparable value of a plan: a field of an activity, a header key or a framework fact,
/// normalised so that two versions can be compared and rendered without the YAML around them.
///
/// Lists are kept sorted and without repeats, because the order of `partners:` or `forms:` has
/// no meaning: a reordered list is not a change.
public enum FieldValue: Sendable, Hashable {
    /// Free text, an id or a word from a closed set.
    case text(String)
    case date(CalendarDate)
    /// A sum of money, exact.
    case amount(Decimal)
    /// A count or measure that is not money: a revision, a baseline, a number of hours.
    case number(Decimal)
    case bool(Bool)
    /// An unordered list of words or ids, sorted and without repeats.
    case list([String])

    /// A list value, normalised: sorted, repeats removed.
    public static func set(_ items: some Sequence<String>) -> FieldValue {
        .list(Array(Set(items)).sorted())
    }

    /// The value of an optional text, or `nil`.
    static func text(_ value: String?) -> FieldValue? { value.map(FieldValue.text) }
    /// The value of an optional date, or `nil`.
    static func date(_ value: CalendarDate?) -> FieldValue? { value.map(FieldValue.date) }
    /// The value of an optional amount, or `nil`.
    static func amount(_ value: Decimal?) -> FieldValue? { value.map(FieldValue.amount) }
    /// The value of an optional number, or `nil`.
    static func number(_ value: Decimal?) -> FieldValue? { value.map(FieldValue.number) }
    /// The value of an optional whole number, or `nil`.
    static func number(_ value: Int?) -> FieldValue? { value.map { .number(Decimal($0)) } }
    /// A list value that is `nil` when the list is empty, so an absent key and `[]` compare equal.
    static func set(orNil items: [String]) -> FieldValue? { items.isEmpty ? nil : set(items) }
}

extension FieldValue: CustomStringConvertible {
    /// The value as plain text: `2026-12-31`, `120000`, `true`, `[police, judges]`.
    public var description: String {
        switch self {
        case .text(let text): text
        case .date(let date): date.description
        case .amount(let amount), .number(let amount): "\(amount)"
        case .bool(let value): String(value)
        case .list(let items): "[" + items.joined(separator: ", ") + "]"
        }
    }
}
