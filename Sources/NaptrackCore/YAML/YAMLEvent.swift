/// One libyaml parse event, copied into Swift values with its start position.
struct YAMLEvent: Sendable {
    enum Kind: Sendable {
        case streamStart, streamEnd, documentStart, documentEnd
        case alias, scalar, sequenceStart, sequenceEnd, mappingStart, mappingEnd
    }

    var kind: Kind
    /// Scalar text, or the anchor name for an alias.
    var text: String
    /// Whether a scalar was written plain (not quoted, not a block scalar) and carries no tag, so
    /// that words such as `null` or `true` keep their YAML meaning.
    var isPlain: Bool
    var anchor: String?
    /// 1-based.
    var line: Int
    /// 1-based, in Unicode scalars.
    var column: Int
    /// Where the event's text ends (1-based line, 1-based column just past its last character).
    var endLine = 0
    var endColumn = 0
    /// Whether a collection was written in flow style (`[a, b]`, `{a: 1}`).
    var isFlow = false

    /// A plain scalar that YAML reads as "no value": empty, `~` or `null`.
    var isNull: Bool {
        kind == .scalar && isPlain && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL")
    }

    var describesCollection: String {
        switch kind {
        case .mappingStart: "a mapping"
        case .sequenceStart: "a list"
        case .scalar: isNull ? "no value" : "'\(text.count > 40 ? String(text.prefix(40)) + "…" : text)'"
        case .alias: "an alias"
        default: "the end of the document"
        }
    }
}
