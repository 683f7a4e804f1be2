import NaptrackCore

/// How strongly a source obliges: it sets the default severity of an unmet requirement.
public enum Modality: String, Sendable, CaseIterable, Codable {
    /// A binding obligation ("shall"): unmet is an error.
    case binding
    /// A binding obligation qualified by "as may be necessary", "where appropriate" or internal
    /// law: unmet is a warning.
    case qualified
    /// A duty to consider, or soft-law guidance: unmet is a note.
    case guidance

    /// The severity an unmet requirement of this modality is reported with by default.
    public var defaultSeverity: Severity {
        switch self {
        case .binding: .error
        case .qualified: .warning
        case .guidance: .note
        }
    }
}
