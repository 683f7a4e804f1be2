/// A standard a plan can be checked against: a catalog of requirements with their checks.
///
/// Built-in standards, Swift plugin modules and declarative rule packs all take this shape, so
/// the engine, the reports and the catalog commands treat them alike.
public protocol Standard: Sendable {
    /// A short stable id, such as `coe-cathb`.
    var id: String { get }
    var title: String { get }
    /// The catalog version, recorded in report provenance.
    var version: String { get }
    /// The instrument or publication the catalog is drawn from.
    var source: String { get }
    var requirements: [Requirement] { get }
    /// A paragraph on what the standard covers and how its modalities were chosen, for the
    /// catalog; empty when there is nothing to add to the title.
    var summary: String { get }
}

extension Standard {
    /// No summary unless the standard gives one.
    public var summary: String { "" }
}

/// A standard defined entirely by its catalog: the common case.
public struct CatalogStandard: Standard {
    public var id: String
    public var title: String
    public var version: String
    public var source: String
    public var requirements: [Requirement]
    public var summary: String

    public init(
        id: String, title: String, version: String, source: String, summary: String = "", requirements: [Requirement]
    ) {
        self.id = id
        self.title = title
        self.version = version
        self.source = source
        self.summary = summary
        self.requirements = requirements
    }
}
