import ArgumentParser
import NaptrackCore

/// The exit status rules of the output contract, in one place.
enum ExitStatus {
    /// 2 when the input could not be used, 1 when something reached the threshold, else 0.
    static func code(for diagnostics: [Diagnostic], failOn threshold: FailureThreshold) -> ExitCode {
        if diagnostics.containsRunPreventingProblem { return ExitCode(2) }
        if diagnostics.contains(where: { threshold.isReached(by: $0.severity) }) { return ExitCode(1) }
        return .success
    }

    /// Ends the command with `code` unless it is success.
    static func finish(with code: ExitCode) throws {
        if code != .success { throw code }
    }
}
