import CYaml
import Foundation

/// Limits that keep hostile input from costing unbounded time or memory.
public struct LoadLimits: Sendable {
    /// Files larger than this are refused before parsing.
    public var maximumFileBytes: Int
    /// How many events alias expansion may add to one document (guards against "billion laughs").
    public var maximumAliasEvents: Int
    /// How deeply collections may nest; libyaml itself also stops at 1,000 levels.
    public var maximumDepth: Int

    public init(maximumFileBytes: Int = 64 << 20, maximumAliasEvents: Int = 100_000, maximumDepth: Int = 64) {
        self.maximumFileBytes = maximumFileBytes
        self.maximumAliasEvents = maximumAliasEvents
        self.maximumDepth = maximumDepth
    }

    public static let standard = LoadLimits()
}

/// A problem that stops reading a file: bad YAML, or input over a limit.
struct YAMLStreamError: Error {
    var message: String
    var rule: RuleID
    var line: Int
    var column: Int
}

/// Reads libyaml events one at a time, expanding aliases within a budget.
///
/// Anchored nodes are recorded as events; an alias replays the recorded events, so readers see
/// the same value at every use while a document that multiplies itself through aliases is
/// stopped after `LoadLimits.maximumAliasEvents`.
final class YAMLEventStream {
    private var parser = yaml_parser_t()
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private let limits: LoadLimits
    private var peeked: YAMLEvent?

    private struct Recording {
        var anchor: String
        var depth: Int
        var events: [YAMLEvent]
    }
    private var recordings: [Recording] = []
    private var anchors: [String: [YAMLEvent]] = [:]
    private var replays: [(events: [YAMLEvent], next: Int)] = []
    /// The alias written in the text whose expansion is being replayed, where a limit points.
    private var expandingAlias: YAMLEvent?
    private var aliasEventsUsed = 0
    private(set) var depth = 0
    /// How many events have been consumed; readers use it to make sure they always move on.
    private(set) var consumed = 0

    /// Starts parsing `bytes`; libyaml detects the encoding and skips a byte-order mark.
    init(bytes: [UInt8], limits: LoadLimits) {
        self.limits = limits
        buffer = .allocate(capacity: max(bytes.count, 1))
        _ = buffer.initialize(from: bytes)
        yaml_parser_initialize(&parser)
        yaml_parser_set_input_string(&parser, buffer.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(&parser)
        buffer.deallocate()
    }

    /// The next event without consuming it.
    func peek() throws -> YAMLEvent {
        if let peeked { return peeked }
        let event = try produce()
        peeked = event
        return event
    }

    /// Consumes and returns the next event.
    @discardableResult
    func next() throws -> YAMLEvent {
        let event: YAMLEvent
        if let peeked {
            event = peeked
            self.peeked = nil
        } else {
            event = try produce()
        }
        consumed += 1
        switch event.kind {
        case .mappingStart, .sequenceStart:
            depth += 1
            if depth > limits.maximumDepth {
                throw YAMLStreamError(
                    message: "collections nest more than \(limits.maximumDepth) levels deep",
                    rule: .limits, line: event.line, column: event.column)
            }
        case .mappingEnd, .sequenceEnd:
            depth -= 1
        default:
            break
        }
        return event
    }

    /// Consumes one whole node (scalar, alias or collection) without looking into it.
    func skipNode() throws {
        let first = try next()
        guard first.kind == .mappingStart || first.kind == .sequenceStart else { return }
        let target = depth - 1
        while depth > target {
            let event = try next()
            if event.kind == .streamEnd { return }
        }
    }

    private func produce() throws -> YAMLEvent {
        while var top = replays.last {
            guard top.next < top.events.count else {
                replays.removeLast()
                continue
            }
            let event = top.events[top.next]
            top.next += 1
            replays[replays.count - 1] = top
            aliasEventsUsed += 1
            if aliasEventsUsed > limits.maximumAliasEvents {
                let site = expandingAlias ?? event
                throw YAMLStreamError(
                    message: "aliases expand to more than \(limits.maximumAliasEvents) values; "
                        + "the document multiplies itself (an alias bomb?)",
                    rule: .limits, line: site.line, column: site.column)
            }
            if event.kind == .alias {
                try startReplay(of: event)
                continue
            }
            var replayed = event
            replayed.anchor = nil
            return replayed
        }
        while true {
            let event = try parseRaw()
            record(event)
            if event.kind == .alias {
                expandingAlias = event
                try startReplay(of: event)
                if let replayed = try replayedEvent() { return replayed }
                continue
            }
            return event
        }
    }

    private func replayedEvent() throws -> YAMLEvent? {
        guard !replays.isEmpty else { return nil }
        return try produce()
    }

    private func startReplay(of alias: YAMLEvent) throws {
        guard let events = anchors[alias.text] else {
            throw YAMLStreamError(
                message: "alias '*\(alias.text)' names no anchor defined before it",
                rule: .syntax, line: alias.line, column: alias.column)
        }
        if replays.count > limits.maximumDepth {
            throw YAMLStreamError(
                message: "aliases nest more than \(limits.maximumDepth) levels deep",
                rule: .limits, line: alias.line, column: alias.column)
        }
        replays.append((events, 0))
    }

    private func record(_ event: YAMLEvent) {
        if !recordings.isEmpty {
            for index in recordings.indices.reversed() {
                recordings[index].events.append(event)
                switch event.kind {
                case .mappingStart, .sequenceStart: recordings[index].depth += 1
                case .mappingEnd, .sequenceEnd: recordings[index].depth -= 1
                default: break
                }
                if recordings[index].depth == 0 {
                    anchors[recordings[index].anchor] = recordings[index].events
                    recordings.remove(at: index)
                }
            }
        }
        if let anchor = event.anchor {
            switch event.kind {
            case .scalar: anchors[anchor] = [event]
            case .mappingStart, .sequenceStart:
                recordings.append(Recording(anchor: anchor, depth: 1, events: [event]))
            default: break
            }
        }
    }

    private func parseRaw() throws -> YAMLEvent {
        var raw = yaml_event_t()
        guard yaml_parser_parse(&parser, &raw) == 1 else { throw syntaxError() }
        defer { yaml_event_delete(&raw) }
        let line = Int(raw.start_mark.line) + 1, column = Int(raw.start_mark.column) + 1
        var result = translate(raw, line: line, column: column)
        result.endLine = Int(raw.end_mark.line) + 1
        result.endColumn = Int(raw.end_mark.column) + 1
        return result
    }

    private func translate(_ raw: yaml_event_t, line: Int, column: Int) -> YAMLEvent {
        func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, _ length: Int) -> String {
            guard let pointer else { return "" }
            return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
        }
        func cString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            guard let pointer else { return nil }
            return string(pointer, strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self)))
        }
        switch raw.type {
        case YAML_STREAM_START_EVENT: return event(.streamStart)
        case YAML_STREAM_END_EVENT: return event(.streamEnd)
        case YAML_DOCUMENT_START_EVENT: return event(.documentStart)
        case YAML_DOCUMENT_END_EVENT: return event(.documentEnd)
        case YAML_ALIAS_EVENT:
            return YAMLEvent(
                kind: .alias, text: cString(raw.data.alias.anchor) ?? "", isPlain: false, anchor: nil,
                line: line, column: column)
        case YAML_SCALAR_EVENT:
            let scalar = raw.data.scalar
            let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE && scalar.tag == nil
            return YAMLEvent(
                kind: .scalar, text: string(scalar.value, scalar.length), isPlain: plain,
                anchor: cString(scalar.anchor), line: line, column: column)
        case YAML_SEQUENCE_START_EVENT:
            return YAMLEvent(
                kind: .sequenceStart, text: "", isPlain: false,
                anchor: cString(raw.data.sequence_start.anchor), line: line, column: column,
                isFlow: raw.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE)
        case YAML_SEQUENCE_END_EVENT: return event(.sequenceEnd)
        case YAML_MAPPING_START_EVENT:
            return YAMLEvent(
                kind: .mappingStart, text: "", isPlain: false,
                anchor: cString(raw.data.mapping_start.anchor), line: line, column: column,
                isFlow: raw.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE)
        case YAML_MAPPING_END_EVENT: return event(.mappingEnd)
        default: return event(.streamEnd)
        }
        func event(_ kind: YAMLEvent.Kind) -> YAMLEvent {
            YAMLEvent(kind: kind, text: "", isPlain: false, anchor: nil, line: line, column: column)
        }
    }

    private func syntaxError() -> YAMLStreamError {
        let problem = parser.problem.map { String(cString: $0) } ?? "the text is not valid YAML"
        var message = problem
        if let context = parser.context.map({ String(cString: $0) }) {
            message = "\(problem) (\(context) at line \(parser.context_mark.line + 1))"
        }
        switch parser.error {
        case YAML_READER_ERROR:
            // The reader reports a byte offset rather than a line; count the lines up to it. A bad
            // trailing octet is reported at the character it should have continued.
            var offset = Int(parser.problem_offset)
            if problem == "invalid trailing UTF-8 octet" {
                offset -= 1
                while offset > 0, offset < buffer.count, buffer[offset] & 0xC0 == 0x80 { offset -= 1 }
            }
            let (line, column) = position(ofByte: offset)
            message = "\(problem): the file is not UTF-8 text"
            return YAMLStreamError(message: message, rule: .syntax, line: line, column: column)
        case YAML_MEMORY_ERROR:
            return YAMLStreamError(message: "out of memory while parsing", rule: .limits, line: 0, column: 0)
        default:
            let mark = parser.problem_mark
            var line = Int(mark.line) + 1, column = Int(mark.column) + 1
            if parser.error == YAML_PARSER_ERROR, mark.line == 0, mark.column == 0, mark.index == 0 {
                line = Int(parser.context_mark.line) + 1
                column = Int(parser.context_mark.column) + 1
            }
            if problem.contains("cannot start any token"), startsWithTab(line: line, column: column) {
                message += "; YAML does not allow tabs for indentation, use spaces"
            }
            if problem.hasPrefix("Maximum nesting level reached") {
                return YAMLStreamError(
                    message: "collections nest more than 1000 levels deep, which no naptrack file needs",
                    rule: .limits, line: line, column: column)
            }
            return YAMLStreamError(message: message, rule: .syntax, line: line, column: column)
        }
    }

    /// The 1-based line and column (in Unicode scalars) of the byte at `offset`, counting line
    /// breaks as libyaml does (LF, CR LF or a lone CR) and skipping a UTF-8 byte-order mark.
    private func position(ofByte offset: Int) -> (line: Int, column: Int) {
        var line = 1, column = 1, index = 0
        let end = min(offset, buffer.count)
        if end >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { index = 3 }
        while index < end {
            let byte = buffer[index]
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && (index + 1 >= buffer.count || buffer[index + 1] != UInt8(ascii: "\n"))) {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80, byte != UInt8(ascii: "\r") {
                column += 1  // continuation bytes belong to the scalar their lead byte started
            }
            index += 1
        }
        return (line, column)
    }

    /// Whether the character libyaml stopped at is a tab, the usual cause of "cannot start any token".
    private func startsWithTab(line: Int, column: Int) -> Bool {
        let offset = Int(parser.problem_mark.index)
        guard offset < buffer.count else { return false }
        return buffer[offset] == UInt8(ascii: "\t")
    }
}
