import Foundation
import NaptrackCore
import NaptrackReports
import Testing

/// The digest behind report provenance, against the FIPS 180-4 example vectors.
@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func knownVectors(_ message: String, _ digest: String) {
        #expect(SHA256.hexDigest(of: Array(message.utf8)) == digest)
    }

    @Test func oneMillionRepetitionsOfA() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hexDigest(of: message) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func feedingInPiecesGivesTheSameDigestAsAtOnce() {
        let message = Array("The quick brown fox jumps over the lazy dog, again and again, past one block.".utf8)
        for split in [0, 1, 55, 56, 63, 64, 65, message.count] where split <= message.count {
            var hash = SHA256()
            hash.update(message[..<split])
            hash.update(message[split...])
            #expect(hash.finalize() == { var whole = SHA256(); whole.update(message); return whole.finalize() }())
        }
        #expect(SHA256.hexDigest(of: Array("The quick brown fox jumps over the lazy dog".utf8))
            == "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592")
    }

    @Test func provenanceHashesTheFilesItReads() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("naptrack-provenance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let second = folder.appendingPathComponent("b.yaml"), first = folder.appendingPathComponent("a.yaml")
        try Data("abc".utf8).write(to: second)
        try Data().write(to: first)
        let provenance = try Provenance.reading(
            files: [second.path, first.path], toolVersion: "1.2.3", asOf: DashboardFixture.asOf, compliance: [])
        #expect(provenance.inputs.map(\.path) == [first.path, second.path])
        #expect(provenance.inputs.map(\.sha256) == [
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        ])
        #expect(provenance.inputs.map(\.bytes) == [0, 3])
        #expect(throws: ProvenanceError.self) {
            try Provenance.reading(files: [folder.appendingPathComponent("missing.yaml").path], toolVersion: "1",
                asOf: DashboardFixture.asOf, compliance: [])
        }
    }
}
