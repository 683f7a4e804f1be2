import Foundation

/// Encodes report values as the stable JSON the output contract promises: sorted keys,
/// pretty-printed, slashes unescaped, ending with a newline.
public enum JSONOutput {
    /// The JSON text of `value`.
    public static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
