/// Writes a revision document as plain text for the terminal.
enum RevisionTextWriter {
    static func write(_ document: RevisionDocument) -> String {
        var output = document.title + "\n"
        for block in document.blocks {
            switch block {
            case .heading(let text):
                output += "\n" + text + "\n"
            case .paragraph(let line):
                output += "  " + line.plainText + "\n"
            case .items(let items):
                for item in items {
                    output += "  " + item.line.plainText + "\n"
                    for detail in item.details { output += "      " + detail.plainText + "\n" }
                }
            case .table(let table):
                output += layout(table).map { "  " + $0 + "\n" }.joined()
            }
        }
        return output
    }

    /// The rows of `table` with padded columns, header first.
    private static func layout(_ table: RevisionDocument.Table) -> [String] {
        let rows = [table.header] + table.rows
        let widths = table.header.indices.map { column in
            rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
        }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let width = column < widths.count ? widths[column] : cell.count
                let padding = String(repeating: " ", count: max(0, width - cell.count))
                return table.numeric.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
    }
}

/// Writes a revision document as GitHub-flavoured Markdown, escaping plan text.
enum RevisionMarkdownWriter {
    static func write(_ document: RevisionDocument) -> String {
        var output = "# " + Markdown.escape(document.title) + "\n"
        for block in document.blocks {
            switch block {
            case .heading(let text):
                output += "\n## " + Markdown.escape(text) + "\n\n"
            case .paragraph(let line):
                output += inline(line) + "\n\n"
            case .items(let items):
                for item in items {
                    output += "- " + inline(item.line) + "\n"
                    for detail in item.details { output += "  - " + inline(detail) + "\n" }
                }
            case .table(let table):
                output += "| " + table.header.map(Markdown.escape).joined(separator: " | ") + " |\n"
                output += "|" + table.header.indices.map { table.numeric.contains($0) ? " ---: " : " --- " }
                    .joined(separator: "|") + "|\n"
                for row in table.rows { output += "| " + row.map(Markdown.escape).joined(separator: " | ") + " |\n" }
            }
        }
        return output
    }

    private static func inline(_ line: RevisionDocument.Line) -> String {
        line.spans.map { span in
            switch span {
            case .plain(let text): Markdown.escape(text)
            case .code(let text): Markdown.code(text)
            }
        }.joined()
    }
}

/// Writes a revision document as a small self-contained HTML page; every piece of plan text
/// is escaped.
enum RevisionHTMLWriter {
    static func write(_ document: RevisionDocument) -> String {
        var body = "<h1>" + escape(document.title) + "</h1>\n"
        for block in document.blocks {
            switch block {
            case .heading(let text):
                body += "<h2>" + escape(text) + "</h2>\n"
            case .paragraph(let line):
                body += "<p>" + inline(line) + "</p>\n"
            case .items(let items):
                body += "<ul>\n"
                for item in items {
                    body += "<li>" + inline(item.line)
                    if !item.details.isEmpty {
                        body += "\n<ul>\n" + item.details.map { "<li>" + inline($0) + "</li>\n" }.joined() + "</ul>\n"
                    }
                    body += "</li>\n"
                }
                body += "</ul>\n"
            case .table(let table):
                body += "<table>\n<thead><tr>"
                body += table.header.enumerated().map { cell("th", $1, numeric: table.numeric.contains($0)) }.joined()
                body += "</tr></thead>\n<tbody>\n"
                for row in table.rows {
                    body += "<tr>" + row.enumerated().map { cell("td", $1, numeric: table.numeric.contains($0)) }.joined()
                        + "</tr>\n"
                }
                body += "</tbody>\n</table>\n"
            }
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(escape(document.title))</title>
            <style>
            body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
            h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
            code { background: #f3f3f3; padding: 0 .2rem; }
            table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: .2rem .5rem; text-align: left; }
            .number { text-align: right; font-variant-numeric: tabular-nums; }
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    private static func cell(_ tag: String, _ text: String, numeric: Bool) -> String {
        "<\(tag)\(numeric ? " class=\"number\"" : "")>" + escape(text) + "</\(tag)>"
    }

    private static func inline(_ line: RevisionDocument.Line) -> String {
        line.spans.map { span in
            switch span {
            case .plain(let text): escape(text)
            case .code(let text): "<code>" + escape(text) + "</code>"
            }
        }.joined()
    }

    /// Text safe to place in HTML content and attribute values.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}

fileprivate extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
