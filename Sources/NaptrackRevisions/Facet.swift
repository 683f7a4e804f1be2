import Foundation
import NaptrackCore

/// A named value of one plan item and where it was written: the unit that both the comparison
/// of two versions and the listing of one version work on, so the two always agree.
struct Facet: Sendable {
    var name: String
    var value: FieldValue?
    var location: SourceLocation?

    init(_ name: String, _ value: FieldValue?, at location: SourceLocation?) {
        self.name = name
        self.value = value
        self.location = location
    }

    /// The fields whose values differ between `old` and `new` facets of the same item, in the
    /// order the facets are listed. A missing side (an added or removed item) counts as empty.
    static func changes(from old: [Facet]?, to new: [Facet]?) -> [FieldChange] {
        let before = byName(old ?? []), after = byName(new ?? [])
        var seen = Set<String>()
        var changes: [FieldChange] = []
        for name in ((new ?? []) + (old ?? [])).map(\.name) where seen.insert(name).inserted {
            let previous = before[name], current = after[name]
            guard previous?.value != current?.value else { continue }
            changes.append(FieldChange(field: name, old: previous?.value, new: current?.value,
                oldLocation: previous?.value == nil ? nil : previous?.location,
                newLocation: current?.value == nil ? nil : current?.location))
        }
        return changes
    }

    private static func byName(_ facets: [Facet]) -> [String: Facet] {
        Dictionary(facets.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
