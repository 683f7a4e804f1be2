import ArgumentParser
import NaptrackCore

/// The files or directories a command reads.
struct InputOptions: ParsableArguments {
    @Argument(help: "Plan, progress or configuration files, or directories to search for them (default: ./plans).")
    var paths: [String] = []

    /// The paths given, or `plans` when none were.
    var resolvedPaths: [String] { paths.isEmpty ? ["plans"] : paths }
}

/// How strict a run is: the least severe finding that makes it exit with status 1.
enum FailureThreshold: String, ExpressibleByArgument, CaseIterable {
    case error, warning, never

    /// Whether `severity` reaches the threshold.
    func isReached(by severity: Severity) -> Bool {
        switch self {
        case .error: severity >= .error
        case .warning: severity >= .warning
        case .never: false
        }
    }
}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}
