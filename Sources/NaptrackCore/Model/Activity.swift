import Foundation

/// A concrete piece of work with a responsible agency, a timeline, a budget and a way of
/// telling whether it achieved anything.
public struct Activity: Sendable {
    public var id: String
    public var title: String
    /// The id of the objective the activity sits directly under.
    public var objective: String
    /// Agency id of the responsible (lead) agency.
    public var lead: String?
    public var partners: [Located<String>]
    public var start: CalendarDate?
    public var due: CalendarDate?
    public var budget: Budget?
    public var indicators: [Indicator]
    public var milestones: [Milestone]
    /// Requirement ids (`standard:requirement`) this activity serves.
    public var addresses: [Located<String>]
    public var targetGroups: [Located<String>]
    public var forms: [Located<ExploitationForm>]
    public var tags: [Located<String>]
    public var location: SourceLocation
    public var keyLocations: KeyLocations
    /// Where the item sits in its file, such as `objectives[0].activities[2]`, so that checks
    /// can name the exact path in their diagnostics.
    public var path = ""

    public init(id: String, objective: String, location: SourceLocation) {
        self.id = id
        self.title = ""
        self.objective = objective
        self.partners = []
        self.indicators = []
        self.milestones = []
        self.addresses = []
        self.targetGroups = []
        self.forms = []
        self.tags = []
        self.location = location
        self.keyLocations = KeyLocations()
    }

    /// The location of `key`'s value, falling back to the activity itself.
    public func location(of key: String) -> SourceLocation { keyLocations[key] ?? location }
}

/// The estimated cost of an activity and where the money is to come from.
public struct Budget: Sendable {
    /// The estimated cost; `nil` when not given or invalid.
    public var amount: Decimal?
    /// A currency other than the plan's, if the item overrides it.
    public var currency: String?
    public var sources: [FundingSource]
    public var location: SourceLocation
    public var keyLocations: KeyLocations

    public init(amount: Decimal?, currency: String?, sources: [FundingSource], location: SourceLocation,
        keyLocations: KeyLocations = KeyLocations())
    {
        self.amount = amount
        self.currency = currency
        self.sources = sources
        self.location = location
        self.keyLocations = keyLocations
    }
}

/// One funder's share of a budget.
public struct FundingSource: Sendable {
    /// Who provides the money: an agency id or a free name such as `state-budget`.
    public var funder: String
    public var amount: Decimal?
    public var status: FundingStatus?
    public var currency: String?
    public var location: SourceLocation
    public var keyLocations: KeyLocations

    public init(funder: String, amount: Decimal?, status: FundingStatus?, currency: String?,
        location: SourceLocation, keyLocations: KeyLocations = KeyLocations())
    {
        self.funder = funder
        self.amount = amount
        self.status = status
        self.currency = currency
        self.location = location
        self.keyLocations = keyLocations
    }
}

/// How firm a funding source is.
public enum FundingStatus: String, Sendable, CaseIterable, Codable {
    case committed, pledged, requested
}

/// A measurable sign of an activity's result.
public struct Indicator: Sendable {
    public var id: String
    public var name: String
    public var unit: String?
    public var baseline: Decimal?
    public var target: Decimal?
    /// How the value is verified (a register, a survey, a report).
    public var meansOfVerification: String?
    /// Whether it counts what institutions do (output) or what changes for people (outcome).
    public var kind: IndicatorKind?
    public var location: SourceLocation
    public var keyLocations: KeyLocations
    /// Where the item sits in its file, such as `objectives[0].activities[2]`, so that checks
    /// can name the exact path in their diagnostics.
    public var path = ""

    public init(id: String, name: String, location: SourceLocation) {
        self.id = id
        self.name = name
        self.location = location
        self.keyLocations = KeyLocations()
    }
}

/// Whether an indicator counts institutional output or an outcome for the people concerned.
public enum IndicatorKind: String, Sendable, CaseIterable, Codable {
    case output, outcome
}

/// A dated step within an activity.
public struct Milestone: Sendable {
    public var id: String
    public var title: String
    public var due: CalendarDate?
    public var location: SourceLocation
    public var keyLocations: KeyLocations
    /// Where the item sits in its file, such as `objectives[0].activities[2]`, so that checks
    /// can name the exact path in their diagnostics.
    public var path = ""

    public init(id: String, title: String, due: CalendarDate?, location: SourceLocation,
        keyLocations: KeyLocations = KeyLocations())
    {
        self.id = id
        self.title = title
        self.due = due
        self.location = location
        self.keyLocations = keyLocations
    }
}

/// Forms of exploitation an activity covers.
public enum ExploitationForm: String, Sendable, CaseIterable, Codable {
    case sexual, labour
    case domesticServitude = "domestic-servitude"
    case begging
    case criminalActivities = "criminal-activities"
    case organRemoval = "organ-removal"
    case forcedMarriage = "forced-marriage"
    case other
}
