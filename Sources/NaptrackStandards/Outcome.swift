import NaptrackCore

/// The three-valued result of evaluating a condition, with what it rests on.
public struct Outcome: Sendable {
    public enum Truth: String, Sendable {
        case satisfied, contradicted, undetermined
    }

    public var truth: Truth
    /// The declared facts and activities the verdict used.
    public var evidence: [Evidence]
    /// What contradicts the condition, each at its place: these become findings.
    public var violations: [Violation]
    /// Facts the condition needed that are not declared.
    public var missingFacts: [String]
    /// Where a finding about this outcome belongs when no violation names a place: for an
    /// undetermined outcome, where the missing fact would be declared. `nil` means the
    /// `framework:` section.
    public var anchor: SourceLocation?

    public init(
        _ truth: Truth, evidence: [Evidence] = [], violations: [Violation] = [], missingFacts: [String] = [],
        anchor: SourceLocation? = nil
    ) {
        self.truth = truth
        self.evidence = evidence
        self.violations = violations
        self.missingFacts = missingFacts
        self.anchor = anchor
    }

    public static func satisfied(_ evidence: [Evidence] = []) -> Outcome { Outcome(.satisfied, evidence: evidence) }

    public static func contradicted(_ violations: [Violation], evidence: [Evidence] = []) -> Outcome {
        Outcome(.contradicted, evidence: evidence, violations: violations)
    }

    public static func undetermined(missing facts: [String]) -> Outcome { Outcome(.undetermined, missingFacts: facts) }

    /// Undetermined because `facts` are not declared; a finding points at `anchor`, where they belong.
    public static func undetermined(missing facts: [String], at anchor: SourceLocation, evidence: [Evidence] = [])
        -> Outcome
    {
        Outcome(.undetermined, evidence: evidence, missingFacts: facts, anchor: anchor)
    }
}

/// A declared fact or activity a verdict rests on.
public struct Evidence: Sendable, Hashable {
    public var location: SourceLocation
    /// What was read there, such as `reflection_period.days = 90` or `activity O2.3`.
    public var summary: String

    public init(_ summary: String, at location: SourceLocation) {
        self.summary = summary
        self.location = location
    }
}

/// One thing that contradicts a requirement, at its place in the plan.
public struct Violation: Sendable, Hashable {
    public var location: SourceLocation
    public var message: String

    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }
}
