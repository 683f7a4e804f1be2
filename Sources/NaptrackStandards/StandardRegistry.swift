/// The standards available to a run, by id. The command-line tool registers the built-in
/// modules; a library user can register their own.
public struct StandardRegistry: Sendable {
    public private(set) var standards: [any Standard]

    public init(_ standards: [any Standard] = []) {
        self.standards = []
        for standard in standards { _ = register(standard) }
    }

    /// Adds `standard`; returns `false` (and keeps the first) when its id is already taken.
    @discardableResult
    public mutating func register(_ standard: any Standard) -> Bool {
        guard self.standard(standard.id) == nil else { return false }
        standards.append(standard)
        return true
    }

    /// The standard with `id`, if registered.
    public func standard(_ id: String) -> (any Standard)? { standards.first { $0.id == id } }

    /// The ids of all registered standards, in registration order.
    public var ids: [String] { standards.map(\.id) }

    /// Every requirement id of every registered standard, for checking `addresses:` lists.
    public var requirementIDs: Set<String> { Set(standards.flatMap { $0.requirements.map(\.id) }) }
}
