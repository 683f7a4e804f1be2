import Foundation
import Testing

/// Runs the built `naptrack` binary for the `check` and `standards` end-to-end tests.
enum CheckCLI {
    /// The package root, found from this file's place in `Tests/NaptrackCLITests`.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary built beside the test bundle, or in `.build/debug`.
    static var binary: URL {
        let beside = [Bundle.main.executableURL, Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0])]
            .compactMap { $0?.deletingLastPathComponent().appendingPathComponent("naptrack") }
        let candidates = beside + [packageRoot.appendingPathComponent(".build/debug/naptrack")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[candidates.count - 1]
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String

        /// Standard output parsed as a JSON object.
        func json() throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        }
    }

    /// Runs `naptrack arguments` in `directory` (the package root by default).
    static func run(_ arguments: [String], in directory: URL = packageRoot) throws -> Run {
        try execute(binary, arguments, in: directory)
    }

    /// Runs any executable and collects its output; used for the binary and for schema validation.
    static func execute(_ executable: URL, _ arguments: [String], in directory: URL = packageRoot) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh directory holding `files` (relative path → contents), removed by the caller.
    static func workspace(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("naptrack-check-\(UUID().uuidString)")
        for (path, contents) in files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
        }
        return directory
    }

    /// A plan file with the given `plan:` extras, agencies and objectives.
    static func plan(id: String = "cli-plan", header: String = "", agencies: String = "", objectives: String) -> String {
        """
        naptrack: 1
        plan:
          id: \(id)
          title: CLI plan
          jurisdiction: EX
          period: {start: 2026-01-01, end: 2027-12-31}
          currency: EUR
          coordinator: coord
        \(header)
        agencies:
          - {id: coord, name: Coordinator, type: government}
        \(agencies)
        objectives:
        \(objectives)
        """
    }
}
