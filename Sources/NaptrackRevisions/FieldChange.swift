import Foundation
import NaptrackCore

/// Whether something exists only in the newer version, only in the older one, or in both with
/// a different content.
public enum ChangeKind: String, Sendable, Hashable, CaseIterable {
    case added, removed, changed
}

/// A value that differs between two versions of a plan, with where it was written in each.
///
/// Field changes and framework fact changes share this shape; the kind, the list differences
/// and the shift of a date all follow from the two values.
public protocol ValueChange: Sendable {
    /// The value in the older version, or `nil` when it was not given there.
    var old: FieldValue? { get }
    /// The value in the newer version, or `nil` when it is no longer given.
    var new: FieldValue? { get }
    var oldLocation: SourceLocation? { get }
    var newLocation: SourceLocation? { get }
}

extension ValueChange {
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

/// A field of a plan item whose value differs between the two versions: `due` of an activity,
/// `target` of an indicator, `coordinator` of the plan.
public struct FieldChange: ValueChange, Hashable {
    /// The key as written in the plan file, such as `due`, `target_groups` or `period.end`.
    public var field: String
    public var old: FieldValue?
    public var new: FieldValue?
    public var oldLocation: SourceLocation?
    public var newLocation: SourceLocation?

    public init(field: String, old: FieldValue?, new: FieldValue?, oldLocation: SourceLocation?,
        newLocation: SourceLocation?)
    {
        self.field = field
        self.old = old
        self.new = new
        self.oldLocation = oldLocation
        self.newLocation = newLocation
    }
}

/// A framework fact that differs between the two versions, named by its dotted path such as
/// `reflection_period.days` or `cooperation_agreements[1].covers`.
public struct FactChange: ValueChange, Hashable {
    /// The dotted path of the fact; list items carry their 0-based index.
    public var path: String
    public var old: FieldValue?
    public var new: FieldValue?
    public var oldLocation: SourceLocation?
    public var newLocation: SourceLocation?

    public init(path: String, old: FieldValue?, new: FieldValue?, oldLocation: SourceLocation?,
        newLocation: SourceLocation?)
    {
        self.path = path
        self.old = old
        self.new = new
        self.oldLocation = oldLocation
        self.newLocation = newLocation
    }
}
