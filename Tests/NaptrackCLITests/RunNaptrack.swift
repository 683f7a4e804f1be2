import Foundation
import Testing

/// What one run of the `naptrack` binary produced.
struct NaptrackRun: CustomStringConvertible {
    /// The exit status: 0, 1 or 2 by the output contract, or the argument parser's own code.
    var status: Int32
    var stdout: String
    var stderr: String

    /// The standard output split into lines, without the empty string after the final newline.
    var lines: [String] {
        var lines = stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
}

/// The root of the package, found from this file's place in `Tests/NaptrackCLITests/`.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// Runs the built `naptrack` binary with `arguments` in `directory` (the package root unless
/// given) and waits for it to finish.
///
/// The binary is the one `swift build` put next to the test bundle; set `NAPTRACK_BINARY` to run
/// another build.
func runNaptrack(_ arguments: [String], in directory: URL = packageRoot) throws -> NaptrackRun {
    try runProcess(try naptrackBinary(), arguments, in: directory)
}

/// Runs `executable` with `arguments` in `directory`, with `environment` added to this process's,
/// and waits for it to finish.
func runProcess(
    _ executable: URL, _ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = [:]
) throws -> NaptrackRun {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("naptrack-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: output) }
    let stdoutURL = output.appendingPathComponent("stdout"), stderrURL = output.appendingPathComponent("stderr")
    try Data().write(to: stdoutURL)
    try Data().write(to: stderrURL)
    let stdout = try FileHandle(forWritingTo: stdoutURL), stderr = try FileHandle(forWritingTo: stderrURL)
    defer {
        try? stdout.close()
        try? stderr.close()
    }

    // Output goes to files rather than pipes, so a large report or a chatty program cannot fill a
    // pipe and stall the run.
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    if !environment.isEmpty {
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    }
    process.standardOutput = stdout
    process.standardError = stderr
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return NaptrackRun(
        status: process.terminationStatus,
        stdout: try String(contentsOf: stdoutURL, encoding: .utf8),
        stderr: try String(contentsOf: stderrURL, encoding: .utf8))
}

/// The `naptrack` executable built alongside the tests.
func naptrackBinary() throws -> URL {
    var candidates: [URL] = []
    if let override = ProcessInfo.processInfo.environment["NAPTRACK_BINARY"] {
        candidates.append(URL(fileURLWithPath: override))
    }
    // The products folder holds the test bundle (`naptrackPackageTests.xctest`) and the tool.
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("naptrack"))
    }
    candidates.append(Bundle.main.bundleURL.appendingPathComponent("naptrack"))
    candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("naptrack"))
    candidates.append(packageRoot.appendingPathComponent(".build/debug/naptrack"))
    let found = candidates.first { candidate in
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: candidate.path)
    }
    return try #require(found, "no naptrack binary; run `swift build` first (looked at \(candidates.map(\.path)))")
}
