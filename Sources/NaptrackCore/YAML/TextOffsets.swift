/// Converts between byte offsets and the 1-based line and column libyaml reports, for UTF-8 text.
///
/// libyaml counts columns in characters and skips a byte-order mark; its reader errors give a
/// byte offset only. These conversions let every problem name a line and column, and let the
/// loader look at the exact byte a problem points to.
enum TextOffsets {
    /// The UTF-8 byte-order mark, which libyaml skips before counting.
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Whether `text` starts with a UTF-16 byte-order mark; positions are then not byte-based.
    static func isUTF16(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        text.count >= 2 && ((text[0] == 0xFF && text[1] == 0xFE) || (text[0] == 0xFE && text[1] == 0xFF))
    }

    /// The line and column of the byte at `offset`, or `nil` for UTF-16 text or an offset past the end.
    static func lineAndColumn(ofByte offset: Int, in text: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int)? {
        guard !isUTF16(text), offset >= 0, offset <= text.count else { return nil }
        var line = 1, column = 1
        var index = startIndex(of: text)
        while index < offset {
            let width = lineBreakWidth(at: index, in: text)
            if width > 0 {
                line += 1
                column = 1
                index += width
            } else {
                if !isContinuationByte(text[index]) { column += 1 }
                index += 1
            }
        }
        return (line, column)
    }

    /// The byte offset of the character at `line` and `column`, or `nil` when there is none.
    static func byteOffset(line: Int, column: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !isUTF16(text), line >= 1, column >= 1 else { return nil }
        var index = startIndex(of: text)
        var currentLine = 1
        while currentLine < line {
            guard index < text.count else { return nil }
            let width = lineBreakWidth(at: index, in: text)
            if width > 0 {
                currentLine += 1
                index += width
            } else {
                index += 1
            }
        }
        var currentColumn = 1
        while currentColumn < column {
            guard index < text.count, lineBreakWidth(at: index, in: text) == 0 else { return nil }
            index += 1
            while index < text.count, isContinuationByte(text[index]) { index += 1 }
            currentColumn += 1
        }
        return index < text.count ? index : nil
    }

    private static func startIndex(of text: UnsafeBufferPointer<UInt8>) -> Int {
        text.starts(with: byteOrderMark) ? byteOrderMark.count : 0
    }

    private static func isContinuationByte(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The length in bytes of the line break at `index` (CR LF, CR, LF, NEL, LS or PS), or 0.
    private static func lineBreakWidth(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        switch text[index] {
        case 0x0A: return 1
        case 0x0D: return index + 1 < text.count && text[index + 1] == 0x0A ? 2 : 1
        case 0xC2: return index + 1 < text.count && text[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            guard index + 2 < text.count, text[index + 1] == 0x80 else { return 0 }
            return text[index + 2] == 0xA8 || text[index + 2] == 0xA9 ? 3 : 0
        default: return 0
        }
    }
}
