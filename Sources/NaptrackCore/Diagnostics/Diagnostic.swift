/// One problem found in an input file, located exactly and tagged with the rule that found it.
///
/// Diagnostics print compiler style (`file:line:column: severity: message [rule]`), so editors
/// and CI systems annotate the offending line.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// Where the problem is.
    public var location: SourceLocation
    public var severity: Severity
    /// A sentence for the person editing the file, without a trailing period.
    public var message: String
    /// The stable id of the rule or check that produced it, e.g. `reference`.
    public var rule: RuleID
    /// The path into the document, such as `objectives[1].activities[3].budget.amount`.
    public var path: String
    /// Whether the input could not be used at all (missing file, not a naptrack document):
    /// such problems make a command exit with status 2 rather than 1.
    public var preventsRun: Bool

    public init(
        _ severity: Severity, _ message: String, rule: RuleID, at location: SourceLocation,
        path: String = "", preventsRun: Bool = false
    ) {
        self.severity = severity
        self.message = message
        self.rule = rule
        self.location = location
        self.path = path
        self.preventsRun = preventsRun
    }

    /// The compiler-style line defined by the output contract.
    public var description: String {
        "\(location): \(severity.rawValue): \(message) [\(rule.rawValue)]"
    }
}

extension Diagnostic: Comparable {
    /// Diagnostics sort by file, line and column, then by rule and message, so output is stable.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.rule != rhs.rule { return lhs.rule.rawValue < rhs.rule.rawValue }
        return lhs.message < rhs.message
    }
}

extension Array where Element == Diagnostic {
    /// The most serious severity present, or `nil` when there are no diagnostics.
    public var highestSeverity: Severity? { map(\.severity).max() }

    /// Whether any diagnostic means the input could not be used at all.
    public var containsRunPreventingProblem: Bool { contains { $0.preventsRun } }
}
