/// A report laid out once as headings, paragraphs, lists and tables, then written as text,
/// Markdown or HTML, so the three formats always say the same thing.
struct RevisionDocument: Sendable {
    /// A run of text; `code` marks ids, paths and values that read best in a fixed-width font.
    enum Span: Sendable, Hashable {
        case plain(String)
        case code(String)
    }

    /// A line of text made of spans.
    struct Line: Sendable, Hashable, ExpressibleByStringLiteral {
        var spans: [Span]

        init(_ spans: [Span]) { self.spans = spans }
        init(stringLiteral text: String) { spans = [.plain(text)] }

        /// The line without styling.
        var plainText: String {
            spans.map {
                switch $0 {
                case .plain(let text), .code(let text): text
                }
            }.joined()
        }

        static func + (lhs: Line, rhs: Line) -> Line { Line(lhs.spans + rhs.spans) }
    }

    /// A list item with the lines that detail it.
    struct Item: Sendable, Hashable {
        var line: Line
        var details: [Line]

        init(_ line: Line, details: [Line] = []) {
            self.line = line
            self.details = details
        }
    }

    /// A table; `numeric` columns are right-aligned.
    struct Table: Sendable, Hashable {
        var header: [String]
        var rows: [[String]]
        var numeric: Set<Int>
    }

    enum Block: Sendable, Hashable {
        case heading(String)
        case paragraph(Line)
        case items([Item])
        case table(Table)
    }

    var title: String
    var blocks: [Block]
}

extension RevisionDocument.Line {
    /// Plain text.
    static func text(_ text: String) -> Self { Self([.plain(text)]) }
    /// Fixed-width text, for ids, paths and values.
    static func code(_ text: String) -> Self { Self([.code(text)]) }
}
