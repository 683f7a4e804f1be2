import Foundation

/// One run of the built `naptrack` binary: how it ended and what it printed.
struct CommandRun {
    var status: Int32
    var reason: Process.TerminationReason
    var output: String
    var timedOut: Bool
    /// The largest resident set size of any child process that has ended so far, in bytes.
    var childrenPeakBytes: Int

    /// The `naptrack` binary built next to the test bundle (`.build/<configuration>/naptrack`).
    static var binary: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for directory in candidates {
            let url = directory.appendingPathComponent("naptrack")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Runs the binary with `arguments`, stopping it after `timeout` seconds. Output goes to a
    /// file rather than a pipe, so a large report cannot block the child.
    static func run(_ arguments: [String], timeout: TimeInterval = 20) throws -> CommandRun {
        guard let binary else { throw CommandRunError.binaryNotBuilt }
        let directory = try TemporaryDirectory()
        let outputPath = directory.path + "/output.txt"
        guard FileManager.default.createFile(atPath: outputPath, contents: nil) else {
            throw CommandRunError.cannotCreateOutput
        }
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        defer { try? output.close() }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = output
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        try process.run()
        let timedOut = ended.wait(timeout: .now() + timeout) == .timedOut
        if timedOut {
            process.terminate()
            ended.wait()
        }
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_CHILDREN.rawValue, &usage)
            let peakBytes = Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
        #else
            getrusage(RUSAGE_CHILDREN, &usage)
            let peakBytes = Int(usage.ru_maxrss)  // bytes on Darwin
        #endif
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        return CommandRun(status: process.terminationStatus, reason: process.terminationReason, output: text,
            timedOut: timedOut, childrenPeakBytes: peakBytes)
    }
}

enum CommandRunError: Error {
    case binaryNotBuilt
    case cannotCreateOutput
}
