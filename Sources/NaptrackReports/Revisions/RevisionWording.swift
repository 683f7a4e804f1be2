import Foundation
import NaptrackCore
import NaptrackRevisions

/// How values and changes are worded in the text, Markdown and HTML reports of a comparison.
enum RevisionWording {
    /// A value for people: amounts grouped (`120,000`), lists comma-separated, `(none)` for absent.
    static func value(_ value: FieldValue?) -> String {
        switch value {
        case nil: "(none)"
        case .amount(let amount)?: Money.format(amount)
        case .list(let items)?: items.isEmpty ? "(empty)" : items.joined(separator: ", ")
        case let value?: value.description
        }
    }

    /// `old → new`, with the shift of a date, the difference of an amount, or for a list the
    /// items added and removed.
    static func change(_ change: FieldChange) -> String {
        if change.isListChange {
            var parts: [String] = []
            if !change.addedItems.isEmpty { parts.append("added " + change.addedItems.joined(separator: ", ")) }
            if !change.removedItems.isEmpty { parts.append("removed " + change.removedItems.joined(separator: ", ")) }
            return parts.joined(separator: "; ")
        }
        var text = value(change.old) + " → " + value(change.new)
        if let shift = change.shiftInDays {
            text += " (" + days(shift) + ")"
        } else if case .amount? = change.new, let difference = change.difference {
            text += " (" + signedMoney(difference) + ")"
        }
        return text
    }

    /// `92 days later`, `1 day earlier`, `same day`.
    static func days(_ shift: Int) -> String {
        if shift == 0 { return "same day" }
        let count = abs(shift)
        return "\(count) day\(count == 1 ? "" : "s") " + (shift > 0 ? "later" : "earlier")
    }

    /// `+85,000`, `-60,000`, `0`.
    static func signedMoney(_ amount: Decimal) -> String {
        (amount > 0 ? "+" : "") + Money.format(amount)
    }

    /// `+0.05`, `-0.10`, `0`.
    static func signedNumber(_ number: Decimal) -> String {
        (number > 0 ? "+" : "") + "\(number)"
    }

    /// `+3`, `-2`, `0`.
    static func signedInteger(_ number: Int) -> String {
        (number > 0 ? "+" : "") + String(number)
    }

    /// `old.yaml:12:5 → new.yaml:14:5`, naming only the sides that exist.
    static func locations(_ old: SourceLocation?, _ new: SourceLocation?) -> String {
        switch (old, new) {
        case let (old?, new?): "\(old) → \(new)"
        case let (old?, nil): "was at \(old)"
        case let (nil, new?): "at \(new)"
        case (nil, nil): ""
        }
    }

    /// `3 activities`, `1 activity`.
    static func count(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }
}
