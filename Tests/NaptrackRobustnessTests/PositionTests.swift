import NaptrackCore
import Testing

/// Problems found by libyaml's reader (which counts bytes) and scanner (which counts characters)
/// are located by line and column, whatever the line ends, byte-order mark or accents before them.
@Suite("Positions of YAML errors")
struct PositionTests {
    private func diagnostics(_ bytes: [UInt8]) -> [String] {
        DocumentLoader().load(bytes: bytes, file: "p.yaml").diagnostics.map(\.description)
    }

    @Test("bad UTF-8 after accented text on a CRLF line is located at the broken character")
    func invalidUTF8AfterAccents() {
        let text = Array("\u{FEFF}naptrack: 1\r\nplan:\r\n  title: Plan nacional contra la trata ".utf8) + [0xE9, 0x41, 0x42, 0x0A]
        #expect(diagnostics(text) == [
            "p.yaml:3:40: error: invalid trailing UTF-8 octet: the file is not UTF-8 text [yaml-syntax]"
        ])
    }

    @Test("a byte that cannot start a character is located where it is")
    func invalidLeadingByte() {
        let text = Array("naptrack: 1\nplan:\n  title: Ação".utf8) + [0xFF]
        #expect(diagnostics(text) == [
            "p.yaml:3:14: error: invalid leading UTF-8 octet: the file is not UTF-8 text [yaml-syntax]"
        ])
    }

    @Test("the tab hint is given after a byte-order mark and accented comments too")
    func tabHintAfterByteOrderMarkAndAccents() {
        let text = "\u{FEFF}# Plano estadual de enfrentamento ao tráfico — Pernambuco\nnaptrack: 1\nplan:\n\tid: x\n"
        #expect(diagnostics(Array(text.utf8)) == [
            "p.yaml:4:1: error: found character that cannot start any token (while scanning for the next token at line 4); YAML does not allow tabs for indentation, use spaces [yaml-syntax]"
        ])
    }

    @Test("a tab inside a value is not mistaken for indentation")
    func tabInsideAValueGetsNoHint() {
        let text = "naptrack: 1\nplan:\n  id: x\n  title: a\tb\n  \t- c\n"
        let found = diagnostics(Array(text.utf8))
        #expect(found.count == 1)
        #expect(found.first?.contains("tabs for indentation") == false)
    }

    @Test("a file in UTF-16 with a byte-order mark is read")
    func utf16IsRead() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in HostileInput.plan(due: "2026-02-30").utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(diagnostics(bytes) == ["p.yaml:15:71: error: '2026-02-30' is not a real calendar date (the due date) [date]"])
    }
}
