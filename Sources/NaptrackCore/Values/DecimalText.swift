import Foundation

/// Strict conversion of YAML scalars to exact decimal numbers.
///
/// Money must never pass through binary floating point, and `Decimal(string:)` alone accepts
/// text such as `12abc`; this accepts only plain decimal notation.
public enum DecimalText {
    /// The largest number of digits before the decimal point that an amount or figure may have.
    public static let maximumIntegerDigits = 15
    /// The largest number of digits after the decimal point.
    public static let maximumFractionDigits = 6

    /// Why a scalar is not an acceptable number.
    public enum Problem: Error, Equatable, Sendable {
        case notANumber
        case tooLarge
        case tooPrecise
    }

    /// Parses `-12`, `1200`, `1200.50`, `+3`; rejects exponents, `.5`, `1_000`, `0x10`, `nan`.
    public static func parse(_ text: String) -> Result<Decimal, Problem> {
        var integerDigits = 0, fractionDigits = 0, seenPoint = false
        // Integer digits after any leading zeros: the ones that make a number large.
        var significant = 0
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: "+"):
                guard index == 0 else { return .failure(.notANumber) }
            case UInt8(ascii: "."):
                guard !seenPoint, integerDigits > 0 else { return .failure(.notANumber) }
                seenPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if seenPoint {
                    fractionDigits += 1
                } else {
                    integerDigits += 1
                    if significant > 0 || byte != UInt8(ascii: "0") { significant += 1 }
                }
            default:
                return .failure(.notANumber)
            }
        }
        guard integerDigits > 0, !seenPoint || fractionDigits > 0 else { return .failure(.notANumber) }
        guard significant <= maximumIntegerDigits else { return .failure(.tooLarge) }
        guard fractionDigits <= maximumFractionDigits else { return .failure(.tooPrecise) }
        if integerDigits + fractionDigits <= 18, let value = exactValue(of: text, fractionDigits: fractionDigits) {
            return .success(value)
        }
        let unsigned = text.hasPrefix("+") ? String(text.dropFirst()) : text
        guard let value = Decimal(string: unsigned, locale: Locale(identifier: "en_US_POSIX")) else {
            return .failure(.notANumber)
        }
        return .success(value)
    }

    /// The value of already checked text with at most 18 digits, built from its digits as an
    /// integer and a power of ten: the same `Decimal` that `Decimal(string:)` gives, several times
    /// faster. A zero with decimals is left to `Decimal(string:)`, which keeps the exponent of `0.00`.
    private static func exactValue(of text: String, fractionDigits: Int) -> Decimal? {
        var significand: UInt64 = 0
        var negative = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): significand = significand * 10 + UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "-"): negative = true
            default: break
            }
        }
        guard significand != 0 else { return fractionDigits == 0 ? Decimal.zero : nil }
        return Decimal(sign: negative ? .minus : .plus, exponent: -fractionDigits, significand: Decimal(significand))
    }
}
