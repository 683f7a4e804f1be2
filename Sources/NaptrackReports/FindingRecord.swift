import NaptrackCore

/// A diagnostic or finding as it appears in JSON output: flat, `snake_case`, stable.
public struct FindingRecord: Codable, Sendable, Equatable {
    public var rule: String
    public var severity: String
    public var message: String
    public var file: String
    public var line: Int
    public var column: Int
    /// The path into the document, when known.
    public var path: String?

    public init(_ diagnostic: Diagnostic) {
        rule = diagnostic.rule.rawValue
        severity = diagnostic.severity.rawValue
        message = diagnostic.message
        file = diagnostic.location.file
        line = diagnostic.location.line
        column = diagnostic.location.column
        path = diagnostic.path.isEmpty ? nil : diagnostic.path
    }
}
