import Foundation
import NaptrackCore

/// Whether something exists only in the newer version, only in the older one, or in both with
/// a different content.
public enum ChangeKind: String, Sendable, Hashable, CaseIterable {
    case added, removed, changed
}

/// A value that differs between two versions of a plan, with where it was written in each: a
/// field of a plan item (`due` of an activity, `target` of an indicator, `coordinator` of the
/// plan) or a framework fact.
///
/// The kind, the list differences and the shift of a date all follow from the two values.
public struct FieldChange: Sendable, Hashable {
    /// The key as written in the plan file, such as `due`, `target_groups` or `period.end`; for a
    /// framework fact, its dotted path.
    public var field: String
    /// The value in the older version, or `nil` when it was not given there.
    public var old: FieldValue?
    /// The value in the newer version, or `nil` when it is no longer given.
    public var new: FieldValue?
    /// Where the old value was written; `nil` when there was none.
    public var oldLocation: SourceLocation?
    /// Where the new value is written; `nil` when there is none.
    public var newLocation: SourceLocation?

    /// A change of `field` from `old` to `new`.
    public init(field: String, old: FieldValue?, new: FieldValue?, oldLocation: SourceLocation?,
        newLocation: SourceLocation?)
    {
        self.field = field
        self.old = old
        self.new = new
        self.oldLocation = oldLocation
        self.newLocation = newLocation
    }

    /// Added when only the newer version has a value, removed when only the older one does.
    public var kind: ChangeKind {
        switch (old, new) {
        case (nil, _): .added
        case (_, nil): .removed
        default: .changed
        }
    }

    /// For a date moved in time: days later (positive) or earlier (negative).
    public var shiftInDays: Int? {
        guard case .date(let before)? = old, case .date(let after)? = new else { return nil }
        return before.days(until: after)
    }

    /// For an amount or number: the new value minus the old one.
    public var difference: Decimal? {
        switch (old, new) {
        case (.amount(let before)?, .amount(let after)?), (.number(let before)?, .number(let after)?): after - before
        default: nil
        }
    }

    /// Whether the values are lists, whose change is told by the items added and removed.
    public var isListChange: Bool {
        if case .list? = old ?? new { return true }
        return false
    }

    /// For a list: the items only the newer version has.
    public var addedItems: [String] {
        guard case .list(let after)? = new else { return [] }
        guard case .list(let before)? = old else { return after }
        return after.filter { !before.contains($0) }
    }

    /// For a list: the items the newer version dropped.
    public var removedItems: [String] {
        guard case .list(let before)? = old else { return [] }
        guard case .list(let after)? = new else { return before }
        return before.filter { !after.contains($0) }
    }
}

/// A framework fact that differs between the two versions; its `field` is the dotted path of
/// the fact, such as `reflection_period.days` or `cooperation_agreements[1].covers` (list items
/// carry their 0-based index in the newer file, or the older one when removed).
public typealias FactChange = FieldChange

extension FieldChange {
    /// The dotted path of a framework fact: another name for `field`.
    public var path: String { field }
}
