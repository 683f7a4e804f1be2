import Foundation

/// Encodes report values as the stable JSON the output contract promises: sorted keys,
/// pretty-printed, slashes unescaped, ending with a newline.
public enum JSONOutput {
    /// The JSON text of `value`. With `snakeCaseKeys`, property names such as `dueShiftDays`
    /// are written `due_shift_days`, so report types need no key tables.
    public static func encode(_ value: some Encodable, snakeCaseKeys: Bool = false) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if snakeCaseKeys { encoder.keyEncodingStrategy = .convertToSnakeCase }
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
