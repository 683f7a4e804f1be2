import Foundation
import NaptrackCore

/// Adds an update to a progress file by editing its text, so that comments, blank lines, key
/// order and quoting stay exactly as the user wrote them; only the new lines are added.
///
/// The editor only writes text; ``ProgressRecorder`` loads the result again and checks it before
/// anything reaches the disk.
public enum ProgressFileEditor {
    /// Why the text could not be edited.
    public enum Problem: Error, Sendable, Equatable {
        /// The text is not YAML the loader can outline; the diagnostic says where.
        case unreadable(Diagnostic)
        /// The text has no `progress:` section.
        case notProgress
        /// `updates:` holds something other than a list.
        case updatesNotAList(line: Int)
    }

    /// The text of a new progress file for `plan` and `asOf` that holds `entry`.
    public static func newFile(plan: String, asOf: CalendarDate, reportedBy: String?, entry: UpdateEntry) -> String {
        var lines = ["naptrack: 1", "progress:", "  plan: " + YAMLText.key(plan), "  as_of: \(asOf)"]
        if let reportedBy { lines.append("  reported_by: " + YAMLText.key(reportedBy)) }
        lines.append("updates:")
        lines += entry.blockLines(dash: "  - ", indent: "    ")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` with `entry` added after the last update. Everything else stays byte for byte:
    /// a block list gets the new item after its last one, indented like the first; an empty flow
    /// list (`updates: []`) or an empty `updates:` becomes a block list; a flow list with items
    /// gets one more flow item; a file without `updates:` gets the section at its end.
    public static func appending(_ entry: UpdateEntry, to text: String, file: String) throws(Problem) -> String {
        let outline: DocumentOutline
        switch DocumentOutline.read(Array(text.utf8), file: file) {
        case .success(let value): outline = value
        case .failure(let problem): throw .unreadable(problem.diagnostic)
        }
        guard outline.entry("progress") != nil else { throw .notProgress }
        var editor = TextEditor(text)
        guard let updates = outline.entry("updates") else {
            editor.appendAtEnd(["updates:"] + entry.blockLines(dash: "  - ", indent: "    "))
            return editor.text
        }
        let value = updates.value
        let keyIndent = updates.keyStart.column - 1
        let dash = String(repeating: " ", count: keyIndent + 2) + "- "
        let indent = String(repeating: " ", count: keyIndent + 4)
        switch value.kind {
        case .blockSequence:
            let (itemDash, itemIndent) = editor.itemIndentation(of: value) ?? (dash, indent)
            guard let last = value.children.last else { throw .updatesNotAList(line: value.start.line) }
            editor.insertLines(entry.blockLines(dash: itemDash, indent: itemIndent), after: last.end)
        case .flowSequence where value.children.isEmpty:
            editor.replaceWithBlock(from: value.start, to: value.end, lines: entry.blockLines(dash: dash, indent: indent))
        case .flowSequence:
            guard let last = value.children.last else { throw .updatesNotAList(line: value.start.line) }
            editor.insert(", " + entry.flowMapping(), at: last.end)
        case .scalar where value.isNull:
            let explicit = value.start != value.end && value.start.line == updates.keyStart.line
            editor.replaceWithBlock(from: explicit ? value.start : updates.keyStart,
                to: explicit ? value.end : updates.keyStart, lines: entry.blockLines(dash: dash, indent: indent))
        default:
            throw .updatesNotAList(line: value.start.line)
        }
        return editor.text
    }
}

/// A text as Unicode scalars, addressed by the line and column positions libyaml reports.
private struct TextEditor {
    private var scalars: [Unicode.Scalar]
    /// The offset where each line starts.
    private var lineStarts: [Int]
    /// The line break the file uses (`\n` unless it uses `\r\n`).
    private let newline: String

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        lineStarts = [0]
        for (offset, scalar) in scalars.enumerated() where scalar == "\n" { lineStarts.append(offset + 1) }
        newline = text.contains("\r\n") ? "\r\n" : "\n"
    }

    var text: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The offset of a position; past the end when the line does not exist.
    private func offset(_ position: TextPosition) -> Int {
        guard position.line - 1 < lineStarts.count else { return scalars.count }
        return min(lineStarts[max(position.line - 1, 0)] + max(position.column - 1, 0), scalars.count)
    }

    /// The offset just after the line break ending the line `offset` is on (or the end of text).
    private func endOfLine(from offset: Int) -> Int {
        var index = offset
        while index < scalars.count, scalars[index] != "\n" { index += 1 }
        return min(index + 1, scalars.count)
    }

    /// The dash prefix and key indentation of the first item of a block list, when the item
    /// starts on its dash's line (`  - activity: …`).
    func itemIndentation(of list: DocumentOutline.Node) -> (dash: String, indent: String)? {
        guard let first = list.children.first, first.start.line - 1 < lineStarts.count else { return nil }
        let prefix = scalars[lineStarts[first.start.line - 1]..<offset(first.start)]
        let spaces = prefix.prefix { $0 == " " }.count
        let rest = prefix.dropFirst(spaces)
        guard rest.first == "-", rest.dropFirst().allSatisfy({ $0 == " " }), rest.count >= 2 else { return nil }
        let keyColumn = first.kind == .blockMapping ? prefix.count : spaces + 2
        return (String(repeating: " ", count: spaces) + "-" + String(repeating: " ", count: keyColumn - spaces - 1),
            String(repeating: " ", count: keyColumn))
    }

    /// Inserts whole lines after the line on which `position` falls (at `position` itself when it is
    /// at the start of a line, as after a block scalar).
    mutating func insertLines(_ lines: [String], after position: TextPosition) {
        let at = offset(position)
        let atLineStart = at == 0 || scalars[at - 1] == "\n"
        insertLineBlock(lines, at: atLineStart ? at : endOfLine(from: at))
    }

    /// Removes the text from `start` to `end` (with the spaces before it on its line) and puts
    /// `lines` on the lines that follow; the rest of that line, such as a comment, stays.
    mutating func replaceWithBlock(from start: TextPosition, to end: TextPosition, lines: [String]) {
        var from = offset(start)
        let to = max(offset(end), from)
        if to > from {
            while from > 0, scalars[from - 1] == " " { from -= 1 }
        }
        scalars.removeSubrange(from..<to)
        insertLineBlock(lines, at: endOfLine(from: from))
    }

    /// Inserts `text` at `position`.
    mutating func insert(_ text: String, at position: TextPosition) {
        scalars.insert(contentsOf: Array(text.unicodeScalars), at: offset(position))
    }

    /// Appends lines at the end, after a line break if the text lacks a final one.
    mutating func appendAtEnd(_ lines: [String]) {
        insertLineBlock(lines, at: scalars.count)
    }

    private mutating func insertLineBlock(_ lines: [String], at offset: Int) {
        var block = lines.joined(separator: newline) + newline
        if offset > 0, offset == scalars.count, scalars[offset - 1] != "\n" { block = newline + block }
        scalars.insert(contentsOf: Array(block.unicodeScalars), at: offset)
    }
}
