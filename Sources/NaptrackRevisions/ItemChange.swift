import NaptrackCore

/// A plan item with an id (an agency, an objective, an indicator, a milestone, a funding
/// source matched by funder) that was added, removed or changed.
///
/// For an added item the fields list every value it has (each with no old value); for a removed
/// item, every value it had. For a changed item they list only what differs.
public struct ItemChange: Sendable, Hashable {
    /// The id the versions were matched by (the funder, for a funding source).
    public var id: String
    public var kind: ChangeKind
    /// The fields that differ, or all the fields of an added or removed item.
    public var fields: [FieldChange]
    /// Where the item starts in the older version, when it exists there.
    public var oldLocation: SourceLocation?
    /// Where the item starts in the newer version, when it exists there.
    public var newLocation: SourceLocation?

    /// An item change with its parts.
    public init(id: String, kind: ChangeKind, fields: [FieldChange], oldLocation: SourceLocation?,
        newLocation: SourceLocation?)
    {
        self.id = id
        self.kind = kind
        self.fields = fields
        self.oldLocation = oldLocation
        self.newLocation = newLocation
    }

    /// The change of `field`, if it changed.
    public func field(_ name: String) -> FieldChange? { fields.first { $0.field == name } }

    /// The changes between the items of two lists matched by `key`, compared by `facets`;
    /// unchanged items are left out.
    static func changes<Item>(
        old: [Item], new: [Item], key: (Item) -> String, facets: (Item) -> [Facet],
        location: (Item) -> SourceLocation
    ) -> [ItemChange] {
        Matching(old: old, new: new, key: key).entries.compactMap { entry in
            let fields = Facet.changes(from: entry.old.map(facets), to: entry.new.map(facets))
            let kind: ChangeKind = entry.old == nil ? .added : entry.new == nil ? .removed : .changed
            guard kind != .changed || !fields.isEmpty else { return nil }
            return ItemChange(id: entry.key, kind: kind, fields: fields, oldLocation: entry.old.map(location),
                newLocation: entry.new.map(location))
        }
    }
}
