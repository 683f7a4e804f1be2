import Foundation

/// Reads an earlier version of a file from the git repository it is in, by running `git`.
///
/// The version is named `REV:path`, with the path relative to the repository's top level, so
/// that diagnostics about the older version point to a place anyone can look up with `git show`.
public enum GitHistory {
    /// One version of a file read from history.
    public struct Version: Sendable {
        /// `REV:path`, such as `HEAD~1:plans/examplia/plan.yaml`.
        public var label: String
        /// The file's contents in that revision.
        public var bytes: [UInt8]
    }

    /// The contents of `file` (a path in the working tree, relative to the current directory or
    /// absolute) as of `revision`.
    public static func version(of file: String, at revision: String) throws(GitHistoryError) -> Version {
        let url = URL(fileURLWithPath: file)
        let directory = url.deletingLastPathComponent().path
        let located = try run(["-C", directory, "rev-parse", "--show-toplevel", "--show-prefix"])
        guard located.status == 0 else {
            if located.errorText.contains("not a git repository") { throw .notInRepository(file) }
            throw .failed(located.errorText)
        }
        let lines = String(decoding: located.output, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard let topLevel = lines.first, !topLevel.isEmpty else { throw .failed("git did not name the repository's top level") }
        let prefix = lines.count > 1 ? String(lines[1]) : ""
        let path = prefix + url.lastPathComponent
        guard !revision.isEmpty, !revision.hasPrefix("-"),
            try run(["-C", String(topLevel), "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"])
                .status == 0
        else { throw .unknownRevision(revision) }
        let shown = try run(["-C", String(topLevel), "show", "--no-textconv", "\(revision):\(path)"])
        guard shown.status == 0 else { throw .notInRevision(path: path, revision: revision) }
        return Version(label: "\(revision):\(path)", bytes: shown.output)
    }

    private struct Outcome {
        var status: Int32
        var output: [UInt8]
        var errorText: String
    }

    /// Runs `git` with `arguments`, collecting its output and error text.
    private static func run(_ arguments: [String]) throws(GitHistoryError) -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .gitNotFound
        }
        let errorText = ErrorCollector(errors.fileHandleForReading)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = errorText.text()
        if process.terminationStatus == 127 { throw .gitNotFound }
        return Outcome(status: process.terminationStatus, output: [UInt8](data), errorText: message)
    }
}

/// Reads a pipe to its end on another thread, so a process that writes much to both of its
/// outputs cannot block on a full pipe.
private final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        DispatchQueue.global().async {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }
    }

    /// The text read, once the pipe has closed.
    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Why an earlier version of a plan could not be read from git.
public enum GitHistoryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `git` is not installed or not on the PATH.
    case gitNotFound
    /// The file is not inside a git repository.
    case notInRepository(String)
    /// The revision names no commit.
    case unknownRevision(String)
    /// The commit exists but has no file at that path.
    case notInRevision(path: String, revision: String)
    /// git failed for another reason; its message.
    case failed(String)

    /// A sentence for the person running the command.
    public var description: String {
        switch self {
        case .gitNotFound: "cannot run git: it is not installed or not on the PATH"
        case .notInRepository(let file): "\(file) is not in a git repository, so --since has no history to read"
        case .unknownRevision(let revision): "unknown revision '\(revision)': it names no commit in this repository"
        case .notInRevision(let path, let revision): "\(path) did not exist in revision '\(revision)'"
        case .failed(let message): "git failed: \(message)"
        }
    }
}
