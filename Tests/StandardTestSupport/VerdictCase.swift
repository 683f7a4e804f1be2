/// One row of a requirement's verdict table: a framework that meets it and one that does not.
public struct VerdictCase: Sendable, CustomStringConvertible {
    public var id: String
    /// Framework YAML (and extra agencies) under which the requirement is met.
    public var met: String
    /// Framework YAML under which the declared facts contradict the requirement.
    public var notMet: String
    public var agencies: String

    public init(_ id: String, met: String, notMet: String, agencies: String = "") {
        self.id = id
        self.met = met
        self.notMet = notMet
        self.agencies = agencies
    }

    public var description: String { id }
}
