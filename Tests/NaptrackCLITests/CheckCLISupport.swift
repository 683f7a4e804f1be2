import Foundation
import Testing

extension NaptrackRun {
    /// Standard output parsed as a JSON object.
    func json() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
    }
}

/// Small workspaces and helper processes for the `check` and `standards` end-to-end tests.
enum CheckCLI {
    /// Runs an executable other than naptrack (the schema validator) and collects its output.
    static func execute(_ executable: URL, _ arguments: [String]) throws -> NaptrackRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return NaptrackRun(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh directory holding `files` (relative path → contents); the caller removes it.
    static func workspace(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("naptrack-check-\(UUID().uuidString)")
        for (path, contents) in files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
        }
        return directory
    }

    /// A plan file with `header` lines under `plan:` (indented by two), `agencies` and `objectives`.
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
