/// Pairs the items of two versions by a key (an id, a funder), so that moving an item within
/// its list is not a change.
struct Matching<Item> {
    /// One key with the item each version has under it.
    struct Entry {
        var key: String
        var old: Item?
        var new: Item?
    }

    /// Items of the newer version in their order (paired or added), then the removed ones in
    /// the older version's order.
    var entries: [Entry]

    /// Matches `old` and `new` by `key`. A key repeated within one version (a mistake the
    /// validator reports) is told apart by its occurrence: the second `x` is matched as `x#2`.
    init(old: [Item], new: [Item], key: (Item) -> String) {
        let oldKeyed = Self.keyed(old, key), newKeyed = Self.keyed(new, key)
        let oldByKey = Dictionary(oldKeyed, uniquingKeysWith: { first, _ in first })
        let newKeys = Set(newKeyed.map(\.0))
        entries = newKeyed.map { Entry(key: $0.0, old: oldByKey[$0.0], new: $0.1) }
            + oldKeyed.filter { !newKeys.contains($0.0) }.map { Entry(key: $0.0, old: $0.1, new: nil) }
    }

    private static func keyed(_ items: [Item], _ key: (Item) -> String) -> [(String, Item)] {
        var counts: [String: Int] = [:]
        return items.map { item in
            let base = key(item)
            let count = counts[base, default: 0] + 1
            counts[base] = count
            return (count == 1 ? base : "\(base)#\(count)", item)
        }
    }
}
