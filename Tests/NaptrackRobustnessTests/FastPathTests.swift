import Foundation
import NaptrackCore
import Testing

/// The loader's fast paths give exactly what the straightforward code gives.
@Suite("Fast paths")
struct FastPathTests {
    /// The bytes of a `Decimal`: equal bytes mean the same exponent, sign and mantissa, not just
    /// the same value.
    private func bytes(_ value: Decimal) -> [UInt8] { withUnsafeBytes(of: value) { Array($0) } }

    @Test("amounts parse to the very Decimal that Decimal(string:) makes")
    func decimalsMatchFoundation() throws {
        var texts = ["0", "-0", "+0", "000", "0.0", "0.00", "-0.000001", "1", "+3", "-12", "10", "1200.50",
            "0001200.500000", "999999999999999.999999", "123456789012345.678", "-100000000000000"]
        var state: UInt64 = 1325
        func next(_ bound: UInt64) -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (state >> 33) % bound
        }
        for _ in 0..<20_000 {
            var text = String(next(1_000_000_000_000_000) / [1, 10, 1_000, 1_000_000, 1_000_000_000_000][Int(next(5))])
            let decimals = Int(next(7))
            if decimals > 0 { text += "." + (0..<decimals).map { _ in String(next(10)) }.joined() }
            if next(2) == 0 { text = "-" + text }
            texts.append(text)
        }
        for text in texts {
            let fast = try DecimalText.parse(text).get()
            let unsigned = text.hasPrefix("+") ? String(text.dropFirst()) : text
            let reference = try #require(Decimal(string: unsigned, locale: Locale(identifier: "en_US_POSIX")))
            #expect(bytes(fast) == bytes(reference), "\(text): \(fast) against \(reference)")
        }
    }

    @Test("key locations remember every key, in order, across files and huge positions")
    func keyLocationsBehaveLikeADictionary() {
        var keys = KeyLocations()
        let here = SourceLocation(file: "plan.yaml", line: 3, column: 5)
        let there = SourceLocation(file: "other.yaml", line: 1, column: 1)
        let far = SourceLocation(file: "plan.yaml", line: Int(Int32.max) + 1, column: 2)
        keys["id"] = here
        keys["due"] = SourceLocation(file: "plan.yaml", line: 4, column: 7)
        keys["lead"] = there
        keys["start"] = far
        #expect(keys["id"] == here)
        #expect(keys["lead"] == there)
        #expect(keys["start"] == far)
        #expect(keys["title"] == nil)
        #expect(keys.keys == ["id", "due", "lead", "start"])
        keys["id"] = SourceLocation(file: "plan.yaml", line: 9, column: 1)
        keys["due"] = nil
        #expect(keys["id"]?.line == 9)
        #expect(keys["due"] == nil)
        #expect(Set(keys.keys) == ["id", "lead", "start"])

        var sameInAnotherOrder = KeyLocations()
        sameInAnotherOrder["start"] = far
        sameInAnotherOrder["lead"] = there
        sameInAnotherOrder["id"] = SourceLocation(file: "plan.yaml", line: 9, column: 1)
        #expect(keys == sameInAnotherOrder)
        #expect(keys.hashValue == sameInAnotherOrder.hashValue)
        sameInAnotherOrder["id"] = here
        #expect(keys != sameInAnotherOrder)
    }
}

@Suite("Fast paths in validation")
struct ValidationFastPathTests {
    @Test("requirement ids are judged as splitting them at the first colon would judge them")
    func requirementFormMatchesSplitting() {
        // Every string of up to five characters from an alphabet with a colon, ASCII letters,
        // an accented letter and a combining accent (which can join a colon into one character).
        let alphabet = [":", "a", "b", "é", "\u{301}"]
        var texts = [""]
        var current = [""]
        for _ in 1...5 {
            current = current.flatMap { prefix in alphabet.map { prefix + $0 } }
            texts += current
        }
        for text in texts {
            let parts = text.split(separator: ":", maxSplits: 1)
            let expected = parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty
            #expect(PlanValidator.hasRequirementForm(text) == expected, "\(text.unicodeScalars.map { $0.escaped(asASCII: true) })")
        }
    }
}

@Suite("Fast paths in suggestions")
struct SuggestionFastPathTests {
    /// The straightforward search: every candidate's full distance, the nearest kept.
    private func reference(_ word: String, _ candidates: [String]) -> String? {
        func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
            if a.isEmpty { return b.count }
            if b.isEmpty { return a.count }
            var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
            for i in 0...a.count { table[i][0] = i }
            for j in 0...b.count { table[0][j] = j }
            for i in 1...a.count {
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                    }
                }
            }
            return table[a.count][b.count]
        }
        let source = Array(word.lowercased().unicodeScalars)
        var best: (String, Int)?
        for candidate in candidates {
            let found = distance(source, Array(candidate.lowercased().unicodeScalars))
            if found < (best?.1 ?? Int.max) { best = (candidate, found) }
        }
        guard let (candidate, found) = best else { return nil }
        return found <= max(1, min(3, max(source.count, candidate.count) / 3)) ? candidate : nil
    }

    @Test("the nearest word is the one the full search finds, for words near, far and in between")
    func suggestionsMatchTheFullSearch() {
        let known = ["osce-nrm:referral-sop", "osce-nrm:identification", "coe-cathb:art10.1", "coe-cathb:art12.1",
            "coe-cathb:art15.4", "child-guardian:appointment", "due", "start", "lead", "partners", "title", "Été"]
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let letters = Array("abcdeilnoprst.:-1é".unicodeScalars)
        for _ in 0..<3_000 {
            var word = Array(known[next(known.count)].unicodeScalars)
            for _ in 0..<next(6) {
                let position = next(word.count + 1)
                switch next(3) {
                case 0: word.insert(letters[next(letters.count)], at: position)
                case 1: if position < word.count { word.remove(at: position) }
                default: if position < word.count { word[position] = letters[next(letters.count)] }
                }
            }
            let text = String(String.UnicodeScalarView(word))
            #expect(Suggestion.nearest(to: text, among: known) == reference(text, known), "\(text)")
        }
    }
}
