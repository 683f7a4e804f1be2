import Foundation

/// A progress file: what the agencies reported about the plan's activities as of one date.
///
/// Progress is kept apart from the plan, so the plan stays the agreed intent and every
/// update remains on record.
public struct ProgressReport: Sendable {
    public var file: String
    /// The id of the plan reported on.
    public var plan: String
    public var asOf: CalendarDate?
    /// Agency id of the reporting agency.
    public var reportedBy: String?
    public var updates: [ActivityUpdate]
    public var location: SourceLocation
    public var keyLocations: KeyLocations

    public init(file: String, plan: String, asOf: CalendarDate?, reportedBy: String?, updates: [ActivityUpdate],
        location: SourceLocation, keyLocations: KeyLocations = KeyLocations())
    {
        self.file = file
        self.plan = plan
        self.asOf = asOf
        self.reportedBy = reportedBy
        self.updates = updates
        self.location = location
        self.keyLocations = keyLocations
    }
}

/// The state of one activity as reported on a progress date.
public struct ActivityUpdate: Sendable {
    public var activity: String
    public var status: ActivityStatus?
    /// Share of the work done, 0 to 100.
    public var percent: Decimal?
    /// Cumulative spend to date, in the activity's currency.
    public var spent: Decimal?
    /// Latest values of the activity's indicators.
    public var indicators: [IndicatorValue]
    /// Milestones achieved, with the date each was achieved.
    public var milestones: [MilestoneAchievement]
    public var note: String?
    public var location: SourceLocation
    public var keyLocations: KeyLocations
    /// Where the item sits in its file, such as `objectives[0].activities[2]`, so that checks
    /// can name the exact path in their diagnostics.
    public var path = ""

    public init(activity: String, location: SourceLocation) {
        self.activity = activity
        self.indicators = []
        self.milestones = []
        self.location = location
        self.keyLocations = KeyLocations()
    }
}

/// Where an activity stands.
public enum ActivityStatus: String, Sendable, CaseIterable, Codable {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    case completed, suspended, cancelled
}

/// A reported value of an indicator.
public struct IndicatorValue: Sendable {
    public var indicator: String
    public var value: Decimal
    /// Where the indicator id was written, so a reference to an unknown indicator points at it.
    public var location: SourceLocation

    public init(indicator: String, value: Decimal, location: SourceLocation) {
        self.indicator = indicator
        self.value = value
        self.location = location
    }
}

/// A milestone reported as achieved on a date.
public struct MilestoneAchievement: Sendable {
    public var milestone: String
    public var date: CalendarDate
    /// Where the milestone id was written, so a reference to an unknown milestone points at it.
    public var location: SourceLocation

    public init(milestone: String, date: CalendarDate, location: SourceLocation) {
        self.milestone = milestone
        self.date = date
        self.location = location
    }
}
