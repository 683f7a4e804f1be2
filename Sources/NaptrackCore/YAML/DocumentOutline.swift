/// A place in a text: 1-based line and 1-based column in Unicode scalars, the units libyaml
/// counts in.
public struct TextPosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}

/// Where the parts of a document's top-level mapping are written and what shape they have.
///
/// For commands that change a user's file as text, keeping its comments and layout, rather than
/// re-serialising the YAML: they find the spot to edit here, edit the text, and load the result
/// again to check it.
public struct DocumentOutline: Sendable {
    /// One YAML node and the stretch of text it occupies.
    public struct Node: Sendable {
        /// The style a node is written in.
        public enum Kind: Sendable, Equatable {
            case scalar, alias, blockSequence, flowSequence, blockMapping, flowMapping
        }

        public var kind: Kind
        /// Whether the node is a plain scalar meaning "no value" (empty, `~`, `null`).
        public var isNull: Bool
        /// Where the node's text starts (for a block sequence item, after its `- `).
        public var start: TextPosition
        /// Just past the node's last character, not counting comments or blank lines after it.
        public var end: TextPosition
        /// The items of a sequence, or the keys and values of a mapping in turn.
        public var children: [Node]

        public init(kind: Kind, isNull: Bool, start: TextPosition, end: TextPosition, children: [Node]) {
            self.kind = kind
            self.isNull = isNull
            self.start = start
            self.end = end
            self.children = children
        }
    }

    /// A key of the top-level mapping with its value.
    public struct Entry: Sendable {
        public var key: String
        public var keyStart: TextPosition
        public var value: Node
    }

    /// The top-level keys in the order written.
    public var entries: [Entry]

    /// The entry for `key`, if the document has it.
    public func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }

    /// Why a text could not be outlined: the diagnostic says where and why.
    public struct Problem: Error, Sendable {
        public var diagnostic: Diagnostic
    }

    /// Outlines the first document in `bytes`; a text libyaml cannot parse, or whose top level is
    /// not a mapping, is a ``Problem`` located in `file`.
    public static func read(_ bytes: [UInt8], file: String) -> Result<DocumentOutline, Problem> {
        let stream = YAMLEventStream(bytes: bytes, limits: .standard)
        do {
            try stream.next()  // stream start
            let document = try stream.next()
            guard document.kind == .documentStart, try stream.peek().kind == .mappingStart else {
                return .failure(Problem(diagnostic: Diagnostic(.error, "the file is not a YAML mapping", rule: .document,
                    at: .wholeFile(file))))
            }
            try stream.next()
            var entries: [Entry] = []
            while true {
                let key = try stream.next()
                if key.kind == .mappingEnd || key.kind == .streamEnd { break }
                let value = try node(from: stream)
                entries.append(Entry(key: key.text, keyStart: TextPosition(line: key.line, column: key.column), value: value))
            }
            return .success(DocumentOutline(entries: entries))
        } catch let error as YAMLStreamError {
            let location = error.line > 0 ? SourceLocation(file: file, line: error.line, column: error.column) : .wholeFile(file)
            return .failure(Problem(diagnostic: Diagnostic(.error, error.message, rule: error.rule, at: location)))
        } catch {
            return .failure(Problem(diagnostic: Diagnostic(.error, "\(error)", rule: .syntax, at: .wholeFile(file))))
        }
    }

    private static func node(from stream: YAMLEventStream) throws -> Node {
        let first = try stream.next()
        let start = TextPosition(line: first.line, column: first.column)
        let ownEnd = TextPosition(line: first.endLine, column: first.endColumn)
        switch first.kind {
        case .scalar, .alias:
            return Node(kind: first.kind == .scalar ? .scalar : .alias, isNull: first.isNull, start: start, end: ownEnd,
                children: [])
        case .sequenceStart, .mappingStart:
            let closing: YAMLEvent.Kind = first.kind == .sequenceStart ? .sequenceEnd : .mappingEnd
            var children: [Node] = []
            while try stream.peek().kind != closing {
                if try stream.peek().kind == .streamEnd { break }
                children.append(try node(from: stream))
            }
            let last = try stream.next()
            let kind: Node.Kind =
                first.kind == .sequenceStart
                ? (first.isFlow ? .flowSequence : .blockSequence) : (first.isFlow ? .flowMapping : .blockMapping)
            let end = first.isFlow ? TextPosition(line: last.endLine, column: last.endColumn) : (children.last?.end ?? ownEnd)
            return Node(kind: kind, isNull: false, start: start, end: end, children: children)
        default:
            return Node(kind: .scalar, isNull: true, start: start, end: ownEnd, children: [])
        }
    }
}
