import Foundation
import NaptrackProgress

/// RFC 4180 CSV: fields quoted when they hold a comma, a double quote or a line break (quotes
/// doubled inside), records ending in CRLF.
public enum CSV {
    /// One field, quoted when needed.
    public static func field(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 })
        else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record, ending in CRLF.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }
}

extension Markdown {
    /// A table with a header row, every cell escaped; columns listed in `rightAligned` are aligned
    /// right.
    static func table(_ header: [String], _ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        var text = "| " + header.map(escape).joined(separator: " | ") + " |\n"
        text += "|" + header.indices.map { rightAligned.contains($0) ? "---:" : "---" }.joined(separator: "|") + "|\n"
        for row in rows { text += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
        return text
    }
}

/// Plain-text tables with columns padded to line up.
public enum TextTable {
    /// `rows` (the first usually a header) with each column padded to its widest cell; columns in
    /// `rightAligned` are padded on the left. Every line starts with `indent`.
    public static func render(_ rows: [[String]], rightAligned: Set<Int> = [], indent: String = "  ") -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        var text = ""
        for row in rows {
            var line = indent
            for (index, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                let isLast = index == row.count - 1
                if rightAligned.contains(index) {
                    line += padding + cell
                } else {
                    line += isLast ? cell : cell + padding
                }
                if !isLast { line += "  " }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            text += line + "\n"
        }
        return text
    }
}

/// Formatting of shares and percents for people.
public enum Percent {
    /// A percent figure (such as `23.456`) as `23.46%`, dropping trailing zeros.
    public static func format(_ percent: Decimal) -> String {
        "\(percent.rounded(places: 2))%"
    }

    /// A share (such as `0.2346`) as a percent, `23.5%`.
    public static func format(share: Decimal) -> String {
        "\((share * 100).rounded(places: 1))%"
    }
}
