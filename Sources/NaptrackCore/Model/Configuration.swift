import Foundation

/// The project configuration (`naptrack.yaml`): default standards, severity overrides,
/// thresholds and waivers.
public struct Configuration: Sendable {
    public var file: String
    /// Standards to run for plans that name none.
    public var standards: [Located<String>]
    /// Per requirement or per standard, the severity to report with instead of the default.
    public var severityOverrides: [SeverityOverride]
    /// Named numeric thresholds, such as `child-guardian:appointment_hours`.
    public var thresholds: [Located<Threshold>]
    public var waivers: [Waiver]
    /// How progress rolls up from activities to objectives, agencies and the plan, if configured
    /// (`tracking: {rollup: ...}`).
    public var rollup: Located<RollupMethod>?
    public var location: SourceLocation

    public init(file: String, location: SourceLocation) {
        self.file = file
        self.standards = []
        self.severityOverrides = []
        self.thresholds = []
        self.waivers = []
        self.location = location
    }

    /// The value of the threshold named `key`, if configured.
    public func threshold(_ key: String) -> Decimal? {
        thresholds.first { $0.value.key == key }?.value.value
    }

    /// The configured severity for a requirement id, looking first at the requirement and then
    /// at its standard (the part before the colon). `.some(nil)` means the check is turned off.
    public func severityOverride(for requirement: String) -> SeverityOverride? {
        if let exact = severityOverrides.first(where: { $0.target == requirement }) { return exact }
        let standard = requirement.split(separator: ":", maxSplits: 1).first.map(String.init) ?? requirement
        return severityOverrides.first { $0.target == standard }
    }
}

/// A configured change of severity for a requirement or a whole standard.
public struct SeverityOverride: Sendable {
    /// A requirement id (`plan-quality:indicator`) or a standard id (`osce-nrm`).
    public var target: String
    /// The severity to use, or `nil` when the check is turned off.
    public var severity: Severity?
    public var location: SourceLocation

    public init(target: String, severity: Severity?, location: SourceLocation) {
        self.target = target
        self.severity = severity
        self.location = location
    }
}

/// A named numeric setting.
public struct Threshold: Sendable, Hashable {
    public var key: String
    public var value: Decimal

    public init(key: String, value: Decimal) {
        self.key = key
        self.value = value
    }
}

/// A finding accepted for a time, never silently: it needs a reason, an approver and an
/// expiry date, and stops applying when it expires.
public struct Waiver: Sendable {
    public var requirement: String
    /// The plan it applies to, or `nil` for all plans.
    public var plan: String?
    public var reason: String
    public var approvedBy: String
    public var expires: CalendarDate
    public var location: SourceLocation

    public init(requirement: String, plan: String?, reason: String, approvedBy: String, expires: CalendarDate,
        location: SourceLocation)
    {
        self.requirement = requirement
        self.plan = plan
        self.reason = reason
        self.approvedBy = approvedBy
        self.expires = expires
        self.location = location
    }

    /// Whether the waiver still applies on `date` (it applies through its expiry day).
    public func isInForce(on date: CalendarDate) -> Bool { date <= expires }

    /// Whether the waiver covers `requirement` in `plan`.
    public func covers(requirement: String, plan: String) -> Bool {
        self.requirement == requirement && (self.plan == nil || self.plan == plan)
    }
}
