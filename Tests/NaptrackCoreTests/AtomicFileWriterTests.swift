import Foundation
import NaptrackCore
import Testing

/// Writing files atomically: the target holds the old bytes or the new, never a mixture.
struct AtomicFileWriterTests {
    let folder = FileManager.default.temporaryDirectory.path + "/naptrack-atomic-" + UUID().uuidString

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test func writesANewFileAndLeavesNothingElse() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try AtomicFileWriter().write(Array("one\n".utf8), to: folder + "/a.yaml")
        #expect(FileManager.default.contents(atPath: folder + "/a.yaml") == Data("one\n".utf8))
        #expect(try contents() == ["a.yaml"])
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/a.yaml")
        #expect((attributes[.posixPermissions] as? Int).map { $0 & 0o022 } == 0)
    }

    @Test func replacesAFileKeepingItsPermissions() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/a.yaml"
        _ = FileManager.default.createFile(atPath: path, contents: Data("old\n".utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try AtomicFileWriter().write(Array("new\n".utf8), to: path)
        #expect(FileManager.default.contents(atPath: path) == Data("new\n".utf8))
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect(attributes[.posixPermissions] as? Int == 0o600)
        #expect(try contents() == ["a.yaml"])
    }

    @Test func aFailedRenameLeavesTheOriginalAndNoTemporaryFile() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/a.yaml"
        _ = FileManager.default.createFile(atPath: path, contents: Data("old\n".utf8))
        #expect(throws: AtomicWriteError.self) {
            try AtomicFileWriter(steps: FailingRename()).write(Array("new\n".utf8), to: path)
        }
        #expect(FileManager.default.contents(atPath: path) == Data("old\n".utf8))
        #expect(try contents() == ["a.yaml"])
    }

    @Test func aMissingFolderIsAnErrorNotACrash() {
        #expect(throws: AtomicWriteError.self) {
            try AtomicFileWriter().write([1, 2, 3], to: folder + "/no/such/folder/a.yaml")
        }
        try? FileManager.default.removeItem(atPath: folder)
    }
}

/// Real steps, except that the rename always fails.
private struct FailingRename: FileWriteSteps {
    let real = SystemFileWriteSteps()

    func createAndSync(_ path: String, bytes: [UInt8], permissions: UInt32) throws(AtomicWriteError) {
        try real.createAndSync(path, bytes: bytes, permissions: permissions)
    }
    func rename(_ source: String, to destination: String) throws(AtomicWriteError) {
        throw AtomicWriteError(path: destination, reason: "simulated failure")
    }
    func syncDirectory(_ path: String) throws(AtomicWriteError) { try real.syncDirectory(path) }
    func remove(_ path: String) { real.remove(path) }
    func permissions(of path: String) -> UInt32? { real.permissions(of: path) }
}

/// The outline of a document, used to edit files as text.
struct DocumentOutlineTests {
    @Test func outlinesTopLevelEntriesWithTheirSpans() throws {
        let text = "naptrack: 1\nupdates:\n  - activity: A   # c\n    note: x\n  - {activity: B}\nother: []\n"
        let outline = try DocumentOutline.read(Array(text.utf8), file: "f.yaml").get()
        #expect(outline.entries.map(\.key) == ["naptrack", "updates", "other"])
        let updates = try #require(outline.entry("updates")?.value)
        #expect(updates.kind == .blockSequence)
        #expect(updates.children.map(\.kind) == [.blockMapping, .flowMapping])
        #expect(updates.children[0].start == TextPosition(line: 3, column: 5))
        #expect(updates.children[0].end == TextPosition(line: 4, column: 12))
        #expect(updates.children[1].end == TextPosition(line: 5, column: 18))
        let other = try #require(outline.entry("other")?.value)
        #expect(other.kind == .flowSequence && other.children.isEmpty)
        #expect(other.start == TextPosition(line: 6, column: 8) && other.end == TextPosition(line: 6, column: 10))
    }

    @Test func badYAMLIsAProblemWithALocation() {
        let result = DocumentOutline.read(Array("a: [\n".utf8), file: "f.yaml")
        guard case .failure(let problem) = result else {
            Issue.record("outlined bad YAML")
            return
        }
        #expect(problem.diagnostic.location.file == "f.yaml" && problem.diagnostic.location.line == 2)
    }
}
