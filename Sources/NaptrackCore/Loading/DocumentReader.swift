import Foundation

/// Reads one YAML document by the schema, gathering every diagnostic it can instead of
/// stopping at the first, and keeping the path into the document for each one.
///
/// Each `read…` method consumes exactly one YAML node. When the node has the wrong shape it is
/// reported, skipped, and `nil` is returned, so the caller simply carries on.
///
/// Readers of other formats (such as rule packs) get one from `DocumentLoader.read`, which runs
/// the libyaml stream within the load limits; they cannot be made any other way.
///
/// Like its stream, a reader belongs to one load on one thread, so its state skips the runtime's
/// exclusivity checks.
public final class DocumentReader {
    let stream: YAMLEventStream
    /// The file as the user named it, for diagnostics.
    public let file: String
    /// Every problem reported so far, in the order found.
    @exclusivity(unchecked) public private(set) var diagnostics: [Diagnostic] = []
    @exclusivity(unchecked) private var path: [PathComponent] = []
    /// Where the keys of the mappings being read were written, innermost last.
    @exclusivity(unchecked) private var keyLocations: [SourceLocation] = []
    /// The keys of the mappings being read (see `SeenKeys`).
    @exclusivity(unchecked) private var seenKeys: [SeenKey] = []
    /// The items of the text list being read (see `readTextList`).
    @exclusivity(unchecked) private var textListBuffer: [Located<String>] = []

    enum PathComponent {
        case key(String)
        case index(Int)
    }

    init(stream: YAMLEventStream, file: String) {
        self.stream = stream
        self.file = file
    }

    // MARK: Reporting

    func location(of event: YAMLEvent) -> SourceLocation {
        SourceLocation(file: file, line: event.line, column: event.column)
    }

    /// The current path into the document, such as `objectives[1].activities[3].due`.
    /// The model keeps it for every agency, objective, activity and indicator, so it is written
    /// straight into one string of the right length.
    public var currentPath: String {
        var length = 0
        for component in path {
            switch component {
            case .key(let key): length += (length == 0 ? 0 : 1) + key.utf8.count
            case .index(let index): length += (index < 0 ? 3 : 2) + Self.decimalDigits(of: index.magnitude)
            }
        }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var count = 0
            func write(_ byte: UInt8) {
                buffer[count] = byte
                count += 1
            }
            for component in path {
                switch component {
                case .key(let key):
                    if count > 0 { write(UInt8(ascii: ".")) }
                    for byte in key.utf8 { write(byte) }
                case .index(let index):
                    write(UInt8(ascii: "["))
                    if index < 0 { write(UInt8(ascii: "-")) }
                    var rest = index.magnitude
                    let end = count + Self.decimalDigits(of: rest)
                    for place in (count..<end).reversed() {
                        buffer[place] = UInt8(ascii: "0") + UInt8(rest % 10)
                        rest /= 10
                    }
                    count = end
                    write(UInt8(ascii: "]"))
                }
            }
            return count
        }
    }

    /// The number of decimal digits of `number`.
    private static func decimalDigits(of number: UInt) -> Int {
        var digits = 1
        var rest = number
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        return digits
    }

    /// Records a problem at `location`, tagged with the current path.
    public func report(_ severity: Severity, _ message: String, rule: RuleID, at location: SourceLocation) {
        diagnostics.append(Diagnostic(severity, message, rule: rule, at: location, path: currentPath))
    }

    /// Records a problem exactly as given.
    public func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// `text` shortened for quoting in a message, so a huge value does not flood the output.
    func excerpt(_ text: String) -> String {
        text.utf8.count <= 80 ? text : String(text.prefix(60)) + "…"
    }

    /// Drops the diagnostics reported so far that `isNoise` selects.
    func discardDiagnostics(where isNoise: (Diagnostic) -> Bool) { diagnostics.removeAll(where: isNoise) }

    /// Where the key whose value is being read was written; inside a `readMapping` body this is
    /// the body's key, so problems with the key itself point at the key rather than its value.
    public var currentKeyLocation: SourceLocation? { keyLocations.last }

    /// Runs `body` with `key` appended to the path.
    public func under<T>(_ key: String, _ body: () throws -> T) rethrows -> T {
        path.append(.key(key))
        defer { path.removeLast() }
        return try body()
    }

    /// Checks the `naptrack:` format version of a document: a missing one is reported at
    /// `document` when `declared` is false, any version other than 1 at its own place.
    public func checkFormatVersion(_ version: Located<String>?, declared: Bool, document: SourceLocation) {
        guard declared else {
            report(Diagnostic(.error, "missing 'naptrack: 1' at the top of the file; it names the format version",
                rule: .version, at: document))
            return
        }
        if let version, version.value != "1" {
            report(Diagnostic(.error, "unsupported format version '\(version.value)'; this naptrack reads version 1",
                rule: .version, at: version.location, path: "naptrack"))
        }
    }

    // MARK: Looking ahead

    /// The shape of the next node, for formats where a value may take more than one shape.
    public enum NodeKind: Sendable, Equatable {
        case mapping
        case list
        /// A scalar with a value (quoted or plain).
        case scalar
        /// An empty value, `~` or `null`.
        case null
        /// An alias or the end of the collection: nothing a reader can take as a value.
        case other
    }

    /// The shape of the next node, without consuming it.
    public func nextNodeKind() throws -> NodeKind {
        let event = try stream.peek()
        switch event.kind {
        case .mappingStart: return .mapping
        case .sequenceStart: return .list
        case .scalar: return event.isNull ? .null : .scalar
        default: return .other
        }
    }

    /// Where the next node starts, without consuming it.
    public func nextLocation() throws -> SourceLocation { location(of: try stream.peek()) }

    /// Consumes the next node, whatever it is, without reading it.
    public func skipValue() throws { try stream.skipNode() }

    /// How deeply the reader is inside collections; 0 at the top of the document.
    public var depth: Int { stream.depth }

    // MARK: Collections

    /// Reads a mapping, calling `body` once per key with the key's text and the value's location;
    /// `body` must consume the value. Duplicate keys are reported with both places and their
    /// second value is skipped. Returns the mapping's location, or `nil` when the node is not a mapping.
    @discardableResult
    public func readMapping(
        _ what: String, _ body: (_ key: String, _ valueLocation: SourceLocation) throws -> Void
    ) throws -> SourceLocation? {
        let start = try stream.peek()
        guard start.kind == .mappingStart else {
            if start.isNull {
                try stream.next()
                return nil
            }
            report(.error, "expected a mapping for \(what), found \(start.describesCollection)", rule: .type,
                at: location(of: start))
            try stream.skipNode()
            return nil
        }
        try stream.next()
        var seen = SeenKeys(start: seenKeys.count)
        defer { seenKeys.removeSubrange(seen.start...) }
        while true {
            let keyEvent = try stream.next()
            if keyEvent.kind == .mappingEnd || keyEvent.kind == .streamEnd { break }
            let keyLocation = location(of: keyEvent)
            guard keyEvent.kind == .scalar else {
                report(.error, "keys must be plain words, not \(keyEvent.describesCollection)", rule: .type,
                    at: keyLocation)
                if keyEvent.kind == .mappingStart || keyEvent.kind == .sequenceStart { try skipRest(of: keyEvent) }
                try stream.skipNode()
                continue
            }
            let key = keyEvent.text
            if key.utf8.count == 2, key == "<<", keyEvent.isPlain {
                // A merge would silently bring in keys from elsewhere; naptrack reads YAML as libyaml
                // does, without merging, so say so rather than warn about one more unknown key.
                path.append(.key(key))
                report(.error, "merge keys ('<<') are not supported; write the keys out in full", rule: .unknownKey,
                    at: keyLocation)
                path.removeLast()
                try stream.skipNode()
                continue
            }
            if let first = seen.insert(key, at: keyLocation, on: &seenKeys) {
                path.append(.key(key))
                report(.error, "duplicate key '\(excerpt(key))'; it was first written at line \(first.line), column \(first.column), and this second value is ignored",
                    rule: .duplicateKey, at: keyLocation)
                path.removeLast()
                try stream.skipNode()
                continue
            }
            let valueLocation = location(of: try stream.peek())
            path.append(.key(key))
            keyLocations.append(keyLocation)
            defer {
                path.removeLast()
                keyLocations.removeLast()
            }
            let depth = stream.depth, consumed = stream.consumed
            try body(key, valueLocation)
            try moveOn(toDepth: depth, ifStillAt: consumed)
        }
        return location(of: start)
    }

    /// Reads a list, calling `body` with each item's index; `body` must consume the item.
    /// A null value counts as an empty list. Returns `false` when the node is not a list.
    @discardableResult
    public func readSequence(_ what: String, _ body: (_ index: Int) throws -> Void) throws -> Bool {
        let start = try stream.peek()
        guard start.kind == .sequenceStart else {
            if start.isNull {
                try stream.next()
                return true
            }
            report(.error, "expected a list for \(what), found \(start.describesCollection)", rule: .type,
                at: location(of: start))
            try stream.skipNode()
            return false
        }
        try stream.next()
        var index = 0
        while try stream.peek().kind != .sequenceEnd {
            if try stream.peek().kind == .streamEnd { return true }
            path.append(.index(index))
            defer { path.removeLast() }
            let depth = stream.depth, consumed = stream.consumed
            try body(index)
            try moveOn(toDepth: depth, ifStillAt: consumed)
            index += 1
        }
        try stream.next()
        return true
    }

    /// Skips the value of a key the schema does not know, warning at the key with the nearest
    /// known key. Call it from a `readMapping` body.
    public func skipUnknownKey(_ key: String, known: [String], in what: String) throws {
        var message = "unknown key '\(excerpt(key))' in \(what)"
        if let hint = Suggestion.nearest(to: key, among: known) {
            message += "; did you mean '\(hint)'?"
        }
        let keyLocation = try currentKeyLocation ?? location(of: stream.peek())
        report(.warning, message, rule: .unknownKey, at: keyLocation)
        try stream.skipNode()
    }

    private func skipRest(of start: YAMLEvent) throws {
        let target = stream.depth - 1
        while stream.depth > target {
            if try stream.next().kind == .streamEnd { return }
        }
    }

    /// Keeps reading in step after a body: skips a value the body left unread and the rest of
    /// a collection it left open, so one reader's slip cannot stall or derail the whole file.
    private func moveOn(toDepth depth: Int, ifStillAt consumed: Int) throws {
        if stream.consumed == consumed { try stream.skipNode() }
        while stream.depth > depth {
            if try stream.next().kind == .streamEnd { return }
        }
    }

    // MARK: Scalars

    /// Reads a scalar as text. Null and collections are reported as the wrong type.
    public func readText(_ what: String) throws -> Located<String>? {
        let event = try stream.peek()
        guard event.kind == .scalar, !event.isNull else {
            if event.isNull {
                try stream.next()
                report(.error, "\(what) has no value", rule: .type, at: location(of: event))
            } else {
                report(.error, "expected text for \(what), found \(event.describesCollection)", rule: .type,
                    at: location(of: event))
                try stream.skipNode()
            }
            return nil
        }
        try stream.next()
        return Located(event.text, at: location(of: event))
    }

    /// Reads an id: letters, digits, `.`, `-` and `_`.
    public func readID(_ what: String) throws -> Located<String>? {
        guard let text = try readText(what) else { return nil }
        if !Identifier.isValid(text.value) {
            report(.error, "'\(excerpt(text.value))' is not a valid id for \(what): use letters, digits, '.', '-' and '_'",
                rule: .value, at: text.location)
        }
        return text
    }

    /// Reads an ISO calendar date, telling an impossible day apart from text that is no date.
    public func readDate(_ what: String) throws -> Located<CalendarDate>? {
        guard let text = try readText(what) else { return nil }
        if let date = CalendarDate(iso: text.value) { return Located(date, at: text.location) }
        if CalendarDate.looksLikeDate(text.value) {
            report(.error, "'\(excerpt(text.value))' is not a real calendar date (\(what))", rule: .date, at: text.location)
        } else {
            report(.error, "expected a date as YYYY-MM-DD for \(what), found '\(excerpt(text.value))'", rule: .type,
                at: text.location)
        }
        return nil
    }

    /// Reads an exact decimal number; `nonNegative` makes negative values an error.
    public func readDecimal(_ what: String, nonNegative: Bool, rule: RuleID = .amount) throws -> Located<Decimal>? {
        guard let text = try readText(what) else { return nil }
        switch DecimalText.parse(text.value) {
        case .success(let value):
            if nonNegative, value < 0 {
                report(.error, "\(what) is negative (\(excerpt(text.value))); amounts must be zero or more", rule: rule,
                    at: text.location)
                return nil
            }
            return Located(value, at: text.location)
        case .failure(.notANumber):
            report(.error, "expected a number for \(what), found '\(excerpt(text.value))'", rule: rule, at: text.location)
        case .failure(.tooLarge):
            report(.error, "\(what) has more than \(DecimalText.maximumIntegerDigits) digits; that is not a plausible figure",
                rule: rule, at: text.location)
        case .failure(.tooPrecise):
            report(.error, "\(what) has more than \(DecimalText.maximumFractionDigits) decimal places", rule: rule,
                at: text.location)
        }
        return nil
    }

    /// Reads a whole number within `range`.
    public func readInteger(_ what: String, in range: ClosedRange<Int>) throws -> Located<Int>? {
        guard let text = try readText(what) else { return nil }
        let unsigned = text.value.hasPrefix("+") ? String(text.value.dropFirst()) : text.value
        guard let value = Int(unsigned) else {
            let digits = unsigned.hasPrefix("-") ? unsigned.dropFirst() : Substring(unsigned)
            if !digits.isEmpty, digits.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
                report(.error, "\(what) must be between \(range.lowerBound) and \(range.upperBound), found \(excerpt(text.value))",
                    rule: .value, at: text.location)
            } else {
                report(.error, "expected a whole number for \(what), found '\(excerpt(text.value))'", rule: .type,
                    at: text.location)
            }
            return nil
        }
        guard range.contains(value) else {
            report(.error, "\(what) must be between \(range.lowerBound) and \(range.upperBound), found \(value)",
                rule: .value, at: text.location)
            return nil
        }
        return Located(value, at: text.location)
    }

    /// Reads `true` or `false`; YAML 1.1 words such as `yes` or `on` are refused as ambiguous.
    public func readBool(_ what: String) throws -> Located<Bool>? {
        let event = try stream.peek()
        guard let text = try readText(what) else { return nil }
        switch (text.value, event.isPlain) {
        case ("true", true), ("True", true), ("TRUE", true): return Located(true, at: text.location)
        case ("false", true), ("False", true), ("FALSE", true): return Located(false, at: text.location)
        default:
            report(.error, "expected true or false for \(what), found '\(excerpt(text.value))'", rule: .type, at: text.location)
            return nil
        }
    }

    /// Reads one of a closed set of words, suggesting the nearest when it is misspelt.
    public func readChoice<Choice: RawRepresentable & CaseIterable>(_ what: String, as: Choice.Type) throws -> Located<Choice>?
    where Choice.RawValue == String {
        guard let text = try readText(what) else { return nil }
        if let choice = Choice(rawValue: text.value) { return Located(choice, at: text.location) }
        reportChoice(text, what: what, allowed: Choice.allCases.map(\.rawValue))
        return nil
    }

    /// Reports `text` as not one of the `allowed` words, with the nearest one as a hint.
    public func reportChoice(_ text: Located<String>, what: String, allowed: [String]) {
        var message = "'\(excerpt(text.value))' is not a valid \(what); expected one of \(allowed.joined(separator: ", "))"
        if let hint = Suggestion.nearest(to: text.value, among: allowed) { message += " (did you mean '\(hint)'?)" }
        report(.error, message, rule: .value, at: text.location)
    }

    /// Reads an ISO 4217 currency code.
    func readCurrency(_ what: String) throws -> Located<String>? {
        guard let text = try readText(what) else { return nil }
        guard CurrencyCode.isKnown(text.value) else {
            var message = "'\(excerpt(text.value))' is not an ISO 4217 currency code (\(what))"
            if let hint = Suggestion.nearest(to: text.value.uppercased(), among: CurrencyCode.known.sorted()) {
                message += "; did you mean '\(hint)'?"
            }
            report(.error, message, rule: .currency, at: text.location)
            return nil
        }
        return text
    }

    /// Reads a list of texts (a single text is accepted as a list of one).
    public func readTextList(_ what: String, ids: Bool = false) throws -> [Located<String>] {
        var items: [Located<String>] = []
        let event = try stream.peek()
        if event.kind == .scalar, !event.isNull {
            if let item = ids ? try readID(what) : try readText(what) { items.append(item) }
            return items
        }
        // Gathered in a buffer kept between lists and copied once at its final size: one
        // allocation per list, none wasted, where appending one by one takes up to three.
        textListBuffer.removeAll(keepingCapacity: true)
        try readSequence(what) { _ in
            if let item = ids ? try readID(what) : try readText(what) { textListBuffer.append(item) }
        }
        items.reserveCapacity(textListBuffer.count)
        items.append(contentsOf: textListBuffer)
        return items
    }

    /// Reads a list of words from a closed set.
    func readChoiceList<Choice: RawRepresentable & CaseIterable>(_ what: String, as type: Choice.Type) throws
        -> [Located<Choice>]
    where Choice.RawValue == String {
        var items: [Located<Choice>] = []
        try readSequence(what) { _ in
            if let item = try readChoice(what, as: type) { items.append(item) }
        }
        return items
    }
}

/// A key read in a mapping, kept to find a duplicate of it.
struct SeenKey {
    var key: String
    var shortASCII: ShortASCII?
    var line: Int
    var column: Int
}

/// The keys of one mapping read so far, for finding duplicates.
///
/// The keys of the mappings being read are kept on one stack owned by the reader, each mapping
/// using the part above `start` (so reading a plan allocates nothing for this); a mapping that
/// grows past a few dozen keys moves its keys to a hash table of its own, so a mapping with a
/// million keys costs linear time rather than quadratic.
private struct SeenKeys {
    private static let listLimit = 16
    let start: Int
    private var table: [String: SourceLocation] = [:]

    init(start: Int) { self.start = start }

    /// Records `key`, or returns where it was first written when it was seen before.
    mutating func insert(_ key: String, at location: SourceLocation, on stack: inout [SeenKey]) -> SourceLocation? {
        guard table.isEmpty else {
            if let first = table[key] { return first }
            table[key] = location
            return nil
        }
        let shortASCII = ShortASCII(key)
        for seen in stack[start...] {
            let same = shortASCII != nil && seen.shortASCII != nil ? shortASCII == seen.shortASCII : seen.key == key
            if same { return SourceLocation(file: location.file, line: seen.line, column: seen.column) }
        }
        stack.append(SeenKey(key: key, shortASCII: shortASCII, line: location.line, column: location.column))
        if stack.count - start > Self.listLimit {
            for seen in stack[start...] where table[seen.key] == nil {
                table[seen.key] = SourceLocation(file: location.file, line: seen.line, column: seen.column)
            }
            stack.removeSubrange(start...)
        }
        return nil
    }
}

/// The bytes of a key of at most 15 ASCII characters, with its length, packed into two words.
///
/// Two such keys are equal exactly when their words are: for ASCII text, Swift's string
/// equality (canonical equivalence) is byte equality. Comparing two words is much cheaper than
/// comparing two strings, and plan keys are short ASCII words. A key that is not short ASCII is
/// compared as a string.
struct ShortASCII: Equatable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    init?(_ text: String) {
        guard text.utf8.count < 16 else { return nil }
        var text = text
        var low: UInt64 = 0, high: UInt64 = 0
        let isASCII = text.withUTF8 { bytes in
            for (index, byte) in bytes.enumerated() {
                guard byte < 0x80 else { return false }
                if index < 8 {
                    low |= UInt64(byte) << (8 * index)
                } else {
                    high |= UInt64(byte) << (8 * (index - 8))
                }
            }
            high |= UInt64(bytes.count) << 56
            return true
        }
        guard isASCII else { return nil }
        self.low = low
        self.high = high
    }
}

/// The rules for ids in naptrack files.
public enum Identifier {
    /// Whether `text` is a non-empty string of letters, digits, `.`, `-` and `_`.
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty
            && text.unicodeScalars.allSatisfy { scalar in
                switch scalar {
                case "a"..."z", "A"..."Z", "0"..."9", ".", "-", "_": true
                default: false
                }
            }
    }
}
