import NaptrackCore

/// ANSI colour and weight for terminal output: on only when the output stream is a terminal and
/// the user has not asked for no colour (`NO_COLOR` set to anything, or `TERM=dumb`), so that
/// files, pipes and CI logs get plain text.
public struct TerminalStyle: Sendable, Equatable {
    /// Whether escape codes are written.
    public var isEnabled: Bool

    /// No styling.
    public static let plain = TerminalStyle(isEnabled: false)

    public init(isEnabled: Bool) {
        self.isEnabled = isEnabled
    }

    /// Styling for a stream that is a terminal (`isTerminal`, from `isatty` on the stream written)
    /// in `environment`: off when `NO_COLOR` is set and not empty, or `TERM` is `dumb`.
    public init(isTerminal: Bool, environment: [String: String]) {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        isEnabled = isTerminal && !noColor && environment["TERM"] != "dumb"
    }

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func red(_ text: String) -> String { wrap(text, "31") }
    public func green(_ text: String) -> String { wrap(text, "32") }
    public func yellow(_ text: String) -> String { wrap(text, "33") }
    public func cyan(_ text: String) -> String { wrap(text, "36") }

    /// `text` in the colour of `severity`: errors red, warnings yellow, notes cyan.
    public func severity(_ severity: Severity, _ text: String) -> String {
        switch severity {
        case .error: red(text)
        case .warning: yellow(text)
        case .note: cyan(text)
        }
    }

    /// A diagnostic as its compiler-style line, the severity word coloured.
    public func diagnostic(_ diagnostic: Diagnostic) -> String {
        guard isEnabled else { return diagnostic.description }
        return "\(diagnostic.location): \(severity(diagnostic.severity, diagnostic.severity.rawValue)): "
            + "\(diagnostic.message) [\(diagnostic.rule.rawValue)]"
    }

    /// `text` red when `count` is above zero, else plain: for counts of things gone wrong.
    public func alert(_ text: String, when count: Int) -> String { count > 0 ? red(text) : text }

    /// `text` yellow when `count` is above zero, else plain: for counts of things at risk.
    public func caution(_ text: String, when count: Int) -> String { count > 0 ? yellow(text) : text }

    private func wrap(_ text: String, _ code: String) -> String {
        isEnabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
