import Foundation
import NaptrackRevisions
import Testing

/// A throw-away git repository in a temporary directory.
struct TemporaryRepository {
    let root: URL

    /// Creates an empty directory; with `initialise`, runs `git init` in it.
    init(initialise: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("naptrack-revisions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if initialise { try git("init", "-q") }
    }

    /// Writes `text` to `path` (relative to the root), creating directories.
    func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Commits everything with `message`.
    func commit(_ message: String) throws {
        try git("add", "-A")
        try git("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", message)
    }

    /// Runs git in the repository and returns its output; throws when it fails.
    @discardableResult
    func git(_ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root.path] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw GitFailed(arguments: arguments) }
        return String(decoding: data, as: UTF8.self)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    struct GitFailed: Error { var arguments: [String] }
}

@Suite struct GitHistoryTests {
    @Test func readsAnEarlierVersionByRevision() throws {
        let repository = try TemporaryRepository()
        defer { repository.remove() }
        try repository.write("first\n", to: "plans/x/plan.yaml")
        try repository.commit("first")
        try repository.write("second\n", to: "plans/x/plan.yaml")
        try repository.commit("second")
        let file = repository.root.appendingPathComponent("plans/x/plan.yaml").path
        let version = try GitHistory.version(of: file, at: "HEAD~1")
        #expect(version.label == "HEAD~1:plans/x/plan.yaml")
        #expect(version.bytes == Array("first\n".utf8))
        #expect(try GitHistory.version(of: file, at: "HEAD").bytes == Array("second\n".utf8))
    }

    @Test func notInARepository() throws {
        let directory = try TemporaryRepository(initialise: false)
        defer { directory.remove() }
        let file = directory.root.appendingPathComponent("plan.yaml").path
        #expect(throws: GitHistoryError.notInRepository(file)) { try GitHistory.version(of: file, at: "HEAD") }
    }

    @Test func unknownRevision() throws {
        let repository = try TemporaryRepository()
        defer { repository.remove() }
        try repository.write("only\n", to: "plan.yaml")
        try repository.commit("only")
        let file = repository.root.appendingPathComponent("plan.yaml").path
        #expect(throws: GitHistoryError.unknownRevision("HEAD~5")) { try GitHistory.version(of: file, at: "HEAD~5") }
        #expect(throws: GitHistoryError.unknownRevision("--output=x")) { try GitHistory.version(of: file, at: "--output=x") }
    }

    @Test func fileAbsentFromTheRevision() throws {
        let repository = try TemporaryRepository()
        defer { repository.remove() }
        try repository.write("a\n", to: "other.yaml")
        try repository.commit("first")
        try repository.write("b\n", to: "plan.yaml")
        try repository.commit("second")
        let file = repository.root.appendingPathComponent("plan.yaml").path
        #expect(throws: GitHistoryError.notInRevision(path: "plan.yaml", revision: "HEAD~1")) {
            try GitHistory.version(of: file, at: "HEAD~1")
        }
    }
}
