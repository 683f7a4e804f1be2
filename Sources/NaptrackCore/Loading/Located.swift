/// A value read from a file together with where it was written.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

/// Where each key of a mapping was written, so checks can point at the exact field.
///
/// A plan holds several of these per activity, so they are kept small: a short list (mappings
/// have a dozen keys at most) of keys with their line and column, and the file written once.
/// Locations in another file, too far into one, or past the 32nd key go to a dictionary that is
/// otherwise empty.
public struct KeyLocations: Sendable, Hashable {
    private struct Entry: Hashable, Sendable {
        var key: String
        var line: Int32
        var column: Int32
    }

    /// Beyond this many keys (only hostile files have them) the rest go to the dictionary, so
    /// that recording a million keys costs linear time.
    private static let listLimit = 32
    private var file = ""
    private var entries: [Entry] = []
    private var others: [String: SourceLocation] = [:]

    public init() {}

    /// The location of the value written under `key`, if the key was present.
    public subscript(key: String) -> SourceLocation? {
        get {
            if let entry = entries.first(where: { $0.key == key }) {
                return SourceLocation(file: file, line: Int(entry.line), column: Int(entry.column))
            }
            return others.isEmpty ? nil : others[key]
        }
        set {
            if let index = entries.firstIndex(where: { $0.key == key }) { entries.remove(at: index) }
            if !others.isEmpty { others[key] = nil }
            guard let location = newValue else { return }
            if entries.isEmpty {
                file = location.file
                entries.reserveCapacity(4)  // most mappings have a few keys; grow from there
            }
            if entries.count < Self.listLimit, location.file == file, let line = Int32(exactly: location.line),
                let column = Int32(exactly: location.column)
            {
                entries.append(Entry(key: key, line: line, column: column))
            } else {
                others[key] = location
            }
        }
    }

    /// The keys that were present, in the order they were recorded.
    public var keys: [String] { entries.map(\.key) + others.keys.sorted() }

    public static func == (lhs: KeyLocations, rhs: KeyLocations) -> Bool {
        lhs.keys.count == rhs.keys.count && lhs.keys.allSatisfy { lhs[$0] == rhs[$0] }
    }

    public func hash(into hasher: inout Hasher) {
        for key in keys.sorted() {
            hasher.combine(key)
            hasher.combine(self[key])
        }
    }
}
