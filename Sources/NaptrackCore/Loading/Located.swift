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
public struct KeyLocations: Sendable, Hashable {
    private var storage: [String: SourceLocation] = [:]

    public init() {}

    /// The location of the value written under `key`, if the key was present.
    public subscript(key: String) -> SourceLocation? {
        get { storage[key] }
        set { storage[key] = newValue }
    }

    /// The keys that were present.
    public var keys: Dictionary<String, SourceLocation>.Keys { storage.keys }
}
