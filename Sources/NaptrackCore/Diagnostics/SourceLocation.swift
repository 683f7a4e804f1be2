/// A position in a source file: 1-based line and column, columns counted in Unicode scalars
/// (the unit libyaml uses), so an editor can jump to the exact spot.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file as the user named it (relative paths stay relative, so reports diff cleanly).
    public var file: String
    /// 1-based line number; 0 when the problem concerns the file as a whole.
    public var line: Int
    /// 1-based column in Unicode scalars; 0 when the problem concerns the file as a whole.
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A location for a problem with a whole file rather than a place in it.
    public static func wholeFile(_ file: String) -> SourceLocation {
        SourceLocation(file: file, line: 0, column: 0)
    }

    /// `file:line:column`, or just `file` for a whole-file location.
    public var description: String {
        line > 0 ? "\(file):\(line):\(column)" : file
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
