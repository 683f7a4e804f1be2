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
/// Anchored nodes are recorded once, fully expanded, in one shared log; an alias replays its
/// anchor's stretch of the log, so readers see the same value at every use. Both the log and the
/// events aliases add are bounded by `LoadLimits.maximumAliasEvents`, so a document that
/// multiplies itself through aliases ("billion laughs") or anchors huge values costs at most that
/// many events of time and memory.
///
/// The stream is used by one reader on one thread and never hands out its state, so its stored
/// properties skip the runtime's exclusivity checks, which otherwise cost about a tenth of the
/// loading time.
final class YAMLEventStream {
    /// The libyaml parser, at a fixed address: libyaml keeps a pointer to the parser inside
    /// itself (its string reader's handler data), so it must never move.
    private let parserPointer: UnsafeMutablePointer<yaml_parser_t>
    private var parser: yaml_parser_t { parserPointer.pointee }
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private let limits: LoadLimits
    @exclusivity(unchecked) private var peeked: YAMLEvent?

    /// An anchored collection whose events are still being logged.
    private struct Recording {
        var anchor: String
        /// `recordingDepth` just inside the collection; it closes when the depth drops below.
        var depth: Int
        var start: Int
        /// `false` once the log filled up while it was open: the value is too large to repeat.
        var kept: Bool
    }
    /// Events of anchored values, each stored once; recordings name ranges of it.
    @exclusivity(unchecked) private var log: [YAMLEvent] = []
    @exclusivity(unchecked) private var recordings: [Recording] = []
    /// Collection depth of the events produced so far (ahead of `depth` by a peeked event).
    @exclusivity(unchecked) private var recordingDepth = 0
    /// Each anchor's stretch of `log`, or `nil` when the value was too large to keep.
    @exclusivity(unchecked) private var anchors: [String: Range<Int>?] = [:]
    /// The alias being replayed: its anchor's range, the next index, and where the alias is.
    @exclusivity(unchecked) private var replay: (range: Range<Int>, next: Int, line: Int, column: Int)?
    @exclusivity(unchecked) private var aliasEventsUsed = 0
    @exclusivity(unchecked) private(set) var depth = 0
    /// How many events have been consumed; readers use it to make sure they always move on.
    @exclusivity(unchecked) private(set) var consumed = 0

    /// Starts parsing `bytes`; libyaml detects the encoding and skips a byte-order mark.
    init(bytes: [UInt8], limits: LoadLimits) {
        self.limits = limits
        buffer = .allocate(capacity: max(bytes.count, 1))
        _ = buffer.initialize(from: bytes)
        parserPointer = .allocate(capacity: 1)
        parserPointer.initialize(to: yaml_parser_t())
        yaml_parser_initialize(parserPointer)
        yaml_parser_set_input_string(parserPointer, buffer.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(parserPointer)
        parserPointer.deallocate()
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
        if let waiting = peeked.take() {
            event = waiting
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
        while true {
            if var current = replay {
                var event = log[current.next]
                if current.next == current.range.lowerBound {
                    // The value as a whole is where the alias is written; what is inside it
                    // keeps the place where it was written out.
                    event.line = current.line
                    event.column = current.column
                }
                current.next += 1
                replay = current.next < current.range.upperBound ? current : nil
                event.anchor = nil
                record(event)
                return event
            }
            let event = try parseRaw()
            if event.kind == .alias {
                try startReplay(of: event)
                continue
            }
            record(event)
            return event
        }
    }

    private func startReplay(of alias: YAMLEvent) throws {
        guard let entry = anchors[alias.text] else {
            throw YAMLStreamError(
                message: "alias '*\(alias.text)' names no anchor defined before it",
                rule: .syntax, line: alias.line, column: alias.column)
        }
        guard let range = entry else {
            throw YAMLStreamError(
                message: "alias '*\(alias.text)' repeats a value too large to repeat; anchored values may hold "
                    + "\(limits.maximumAliasEvents) values in all",
                rule: .limits, line: alias.line, column: alias.column)
        }
        aliasEventsUsed += range.count
        if aliasEventsUsed > limits.maximumAliasEvents {
            throw YAMLStreamError(
                message: "aliases expand to more than \(limits.maximumAliasEvents) values; "
                    + "the document multiplies itself (an alias bomb?)",
                rule: .limits, line: alias.line, column: alias.column)
        }
        replay = (range, range.lowerBound, alias.line, alias.column)
    }

    /// Logs `event` once for all the anchored values it lies in, and opens or closes recordings.
    private func record(_ event: YAMLEvent) {
        switch event.kind {
        case .mappingStart, .sequenceStart:
            recordingDepth += 1
            if let anchor = event.anchor {
                recordings.append(Recording(anchor: anchor, depth: recordingDepth, start: log.count, kept: true))
            }
        case .scalar:
            if let anchor = event.anchor {
                // A scalar is a recording that closes as soon as it opens.
                recordings.append(Recording(anchor: anchor, depth: recordingDepth + 1, start: log.count, kept: true))
            }
        default:
            break
        }
        if !recordings.isEmpty {
            if log.count < limits.maximumAliasEvents {
                log.append(event)
            } else {
                for index in recordings.indices { recordings[index].kept = false }
            }
        }
        if event.kind == .mappingEnd || event.kind == .sequenceEnd { recordingDepth -= 1 }
        while let last = recordings.last, last.depth > recordingDepth {
            recordings.removeLast()
            let range: Range<Int>? = last.kept ? last.start..<log.count : nil
            anchors[last.anchor] = .some(range)
        }
    }

    private func parseRaw() throws -> YAMLEvent {
        var raw = yaml_event_t()
        guard yaml_parser_parse(parserPointer, &raw) == 1 else { throw syntaxError() }
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
            // The reader reports a byte offset rather than a line. A bad trailing octet is
            // reported at the character it should have continued.
            var offset = Int(parser.problem_offset)
            if problem == "invalid trailing UTF-8 octet" {
                offset = max(0, offset - 1)
                while offset > 0, offset < buffer.count, buffer[offset] & 0xC0 == 0x80 { offset -= 1 }
            }
            message = "\(problem): the file is not UTF-8 text"
            let position = TextOffsets.lineAndColumn(ofByte: offset, in: UnsafeBufferPointer(buffer))
            return YAMLStreamError(
                message: message, rule: .syntax, line: position?.line ?? 0, column: position?.column ?? 0)
        case YAML_MEMORY_ERROR:
            return YAMLStreamError(message: "out of memory while parsing", rule: .limits, line: 0, column: 0)
        default:
            let mark = parser.problem_mark
            var line = Int(mark.line) + 1, column = Int(mark.column) + 1
            if parser.error == YAML_PARSER_ERROR, mark.line == 0, mark.column == 0, mark.index == 0 {
                line = Int(parser.context_mark.line) + 1
                column = Int(parser.context_mark.column) + 1
            }
            if problem.contains("cannot start any token"), isTab(line: line, column: column) {
                message += "; YAML does not allow tabs for indentation, use spaces"
            }
            if problem.hasPrefix("Maximum nesting level reached") {
                // libyaml's own limit (1,000 levels), met while it scans ahead of the reader.
                return YAMLStreamError(
                    message: "collections nest more than 1000 levels deep, which no naptrack file needs",
                    rule: .limits, line: line, column: column)
            }
            return YAMLStreamError(message: message, rule: .syntax, line: line, column: column)
        }
    }

    /// Whether the character at `line` and `column` is a tab, the usual cause of "cannot start any token".
    private func isTab(line: Int, column: Int) -> Bool {
        let text = UnsafeBufferPointer(buffer)
        guard let offset = TextOffsets.byteOffset(line: line, column: column, in: text) else { return false }
        return text[offset] == UInt8(ascii: "\t")
    }
}
