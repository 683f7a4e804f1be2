import Foundation
import NaptrackCore

/// One kind of hostile or broken input, the file that carries it, and what the user must be told.
///
/// Inputs are generated at test time (the largest is 70 MiB), never stored in the repository.
struct HostileInput: Sendable, CustomStringConvertible {
    /// What a diagnostic must say: its rule, a fragment of its message and, when the problem
    /// has a place, its line (and column when it is worth pinning down).
    struct Expected: Sendable {
        var rule: RuleID
        var message: String
        var severity: Severity = .error
        /// `0` for a problem with the whole file; `nil` when any line is acceptable.
        var line: Int?
        var column: Int?
    }

    var name: String
    var fileName: String
    var expected: [Expected]
    /// The file's contents.
    var bytes: @Sendable () -> [UInt8]

    var description: String { name }

    init(_ name: String, file: String? = nil, expect expected: [Expected], bytes: @escaping @Sendable () -> [UInt8]) {
        self.name = name
        self.fileName = file ?? name + ".yaml"
        self.expected = expected
        self.bytes = bytes
    }

    init(_ name: String, file: String? = nil, expect expected: [Expected], text: @escaping @Sendable () -> String) {
        self.init(name, file: file, expect: expected, bytes: { Array(text().utf8) })
    }
}

extension HostileInput {
    /// A complete, valid plan, for cases that add one mistake to an otherwise good file.
    /// The due date on line 15 (column 71) is the place the BOM and CRLF cases break.
    static func plan(due: String = "2026-06-30") -> String {
        """
        naptrack: 1
        plan:
          id: ex-nap
          title: Robustness plan
          jurisdiction: EX
          period: {start: 2026-01-01, end: 2026-12-31}
          currency: EUR
        agencies:
          - {id: coord, name: Coordinator, type: government}
        objectives:
          - id: O1
            title: Prevention
            area: prevention
            activities:
              - {id: A1, title: Hotline, lead: coord, start: 2026-01-01, due: \(due)}

        """
    }

    /// The classic "billion laughs": nine levels of ten aliases each, 10^9 values if expanded.
    static var billionLaughs: String {
        var text = "naptrack: 1\nplan:\n  l0: &l0 [" + Array(repeating: "\"lol\"", count: 10).joined(separator: ", ") + "]\n"
        for level in 1...9 {
            let aliases = Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
            text += "  l\(level): &l\(level) [\(aliases)]\n"
        }
        return text
    }

    /// Every case of the hostile-input suite.
    static let all: [HostileInput] = [
        HostileInput("alias-bomb", expect: [.init(rule: .limits, message: "alias bomb", line: 7)]) { billionLaughs },
        HostileInput("nesting-flow-sequences", expect: [.init(rule: .limits, message: "levels deep", line: 2)]) {
            "naptrack: 1\nplan: " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000) + "\n"
        },
        HostileInput("nesting-flow-mappings", expect: [.init(rule: .limits, message: "levels deep", line: 2)]) {
            "naptrack: 1\nplan: " + String(repeating: "{a: ", count: 20_000) + "b" + String(repeating: "}", count: 20_000)
                + "\n"
        },
        HostileInput("nesting-block-sequences", expect: [.init(rule: .limits, message: "levels deep", line: 3)]) {
            "naptrack: 1\nobjectives:\n" + String(repeating: "- ", count: 20_000) + "x\n"
        },
        // Twenty thousand levels of block mappings need 200 MB of indentation, far over the file
        // limit; 1,500 levels (1.1 MB) are past both naptrack's limit and libyaml's own.
        HostileInput("nesting-block-mappings", expect: [.init(rule: .limits, message: "levels deep", line: 66)]) {
            var text = "naptrack: 1\nplan:\n"
            for level in 0..<1_500 { text += String(repeating: " ", count: level + 1) + "k\(level):\n" }
            return text
        },
        HostileInput("oversized-file", expect: [.init(rule: .limits, message: "64 MiB", line: 0)]) {
            oversizedFile
        },
        HostileInput("random-binary", file: "random-binary.bin",
            expect: [.init(rule: .syntax, message: "not UTF-8 text", line: 1)]) { randomBytes(count: 65_536, seed: 1325) },
        HostileInput("invalid-utf8", expect: [.init(rule: .syntax, message: "not UTF-8 text", line: 4, column: 14)]) {
            Array("naptrack: 1\nplan:\n  id: ex\n  title: \"caf".utf8) + [0xC3, 0x28, 0xFF] + Array("\"\n".utf8)
        },
        HostileInput("empty", expect: [.init(rule: .document, message: "the file is empty", line: 0)]) { "" },
        HostileInput("only-comments", expect: [.init(rule: .document, message: "only comments", line: 0)]) {
            "# a plan will follow\n#\n   # one day\n\n"
        },
        HostileInput("multi-document", expect: [.init(rule: .document, message: "more than one YAML document", line: 3)]) {
            "naptrack: 1\nplan: {id: a}\n---\nnaptrack: 1\nplan: {id: b}\n"
        },
        HostileInput("wrong-top-level-key",
            expect: [
                .init(rule: .document, message: "not a naptrack document", line: 1),
                .init(rule: .unknownKey, message: "did you mean 'plan'?", severity: .warning, line: 2, column: 1),
            ]
        ) { "naptrack: 1\nplna:\n  id: ex-nap\n" },
        HostileInput("tab-indentation", expect: [.init(rule: .syntax, message: "tabs", line: 3, column: 1)]) {
            "naptrack: 1\nplan:\n\tid: ex-nap\n"
        },
        HostileInput("byte-order-mark",
            expect: [.init(rule: .date, message: "'2026-02-30' is not a real calendar date", line: 15, column: 71)]
        ) { [0xEF, 0xBB, 0xBF] + Array(plan(due: "2026-02-30").utf8) },
        HostileInput("crlf-line-ends",
            expect: [.init(rule: .date, message: "'2026-02-30' is not a real calendar date", line: 15, column: 71)]
        ) { plan(due: "2026-02-30").replacingOccurrences(of: "\n", with: "\r\n") },
        HostileInput("absurd-numbers",
            expect: [
                .init(rule: .value, message: "revision must be between", line: 8),
                .init(rule: .amount, message: "expected a number for the budget amount, found '1e400'", line: 23, column: 19),
                .init(rule: .amount, message: "more than 15 digits", line: 24, column: 45),
                .init(rule: .type, message: "expected a number for the target, found '-.inf'", line: 25, column: 52),
            ]
        ) {
            plan().replacingOccurrences(of: "  currency: EUR\n", with: "  currency: EUR\n  revision: 123456789012345678901234567890\n")
                + """
                      - id: A2
                        title: Costed
                        lead: coord
                        start: 2026-01-01
                        due: 2026-03-31
                        budget:
                          amount: 1e400
                          sources: [{funder: state, amount: 123456789012345678901234567890}]
                        indicators: [{id: i1, name: Calls, target: -.inf}]

                """
        },
        HostileInput("impossible-dates",
            expect: [
                .init(rule: .date, message: "'2026-02-30' is not a real calendar date", line: 6),
                .init(rule: .date, message: "'2025-02-29' is not a real calendar date", line: 19),
                .init(rule: .date, message: "'2026-13-01' is not a real calendar date", line: 20),
                .init(rule: .date, message: "'0000-01-01' is not a real calendar date", line: 21, column: 36),
            ]
        ) {
            plan().replacingOccurrences(of: "end: 2026-12-31", with: "end: 2026-02-30")
                + """
                      - id: A2
                        title: Dated
                        lead: coord
                        start: 2025-02-29
                        due: 2026-13-01
                        milestones: [{id: m1, due: 0000-01-01}]

                """
        },
        HostileInput("duplicate-keys",
            expect: [
                .init(rule: .duplicateKey, message: "duplicate key 'title'; it was first written at line 4, column 3",
                    line: 5, column: 3)
            ]
        ) { plan().replacingOccurrences(of: "  title: Robustness plan\n", with: "  title: Robustness plan\n  title: Again\n") },
        HostileInput("mapping-as-key",
            expect: [.init(rule: .type, message: "keys must be plain words, not a mapping", line: 3, column: 5)]
        ) { plan().replacingOccurrences(of: "plan:\n", with: "plan:\n  ? {id: nested}\n  : value\n") },
        HostileInput("anchor-as-key",
            expect: [
                .init(rule: .duplicateKey, message: "duplicate key 'id'; it was first written at line 3, column 3",
                    line: 4, column: 3)
            ]
        ) { plan().replacingOccurrences(of: "  id: ex-nap\n", with: "  &key id : ex-nap\n  *key : other\n") },
        HostileInput("undefined-alias",
            expect: [.init(rule: .syntax, message: "alias '*coordinator' names no anchor", line: 15, column: 40)]
        ) { plan().replacingOccurrences(of: "lead: coord", with: "lead: *coordinator") },
        HostileInput("merge-key",
            expect: [.init(rule: .unknownKey, message: "merge keys ('<<') are not supported", line: 16, column: 10)]
        ) {
            plan().replacingOccurrences(
                of: "      - {id: A1, title: Hotline, lead: coord, start: 2026-01-01, due: 2026-06-30}\n",
                with: "      - &base {id: A1, title: Hotline, lead: coord, start: 2026-01-01, due: 2026-06-30}\n"
                    + "      - {<<: *base, id: A2}\n")
        },
        HostileInput("anchored-huge-value",
            expect: [.init(rule: .limits, message: "too large to repeat", line: 4, column: 9)]
        ) {
            "naptrack: 1\nplan:\n  huge: &huge [" + String(repeating: "a, ", count: 300_000) + "a]\n  copy: *huge\n"
        },
    ]

    /// 70 MiB: a plan header followed by comment lines, quick to write and over the 64 MiB limit.
    static var oversizedFile: [UInt8] {
        let line = Array("# padding padding padding padding padding padding padding padding padding padding pad\n".utf8)
        var bytes = Array(plan().utf8)
        bytes.reserveCapacity(70 << 20)
        while bytes.count < 70 << 20 { bytes += line }
        return bytes
    }

    /// Reproducible noise from a 64-bit linear congruential generator.
    static func randomBytes(count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }
}
