import Foundation
import NaptrackReports
import Testing

@Suite struct MoneyTests {
    @Test(arguments: [
        ("0", "0"),
        ("7", "7"),
        ("999", "999"),
        ("1000", "1,000"),
        ("1234567", "1,234,567"),
        ("1234567.5", "1,234,567.50"),
        ("1234567.05", "1,234,567.05"),
        ("0.5", "0.50"),
        ("120000.125", "120,000.13"),
        ("-4500", "-4,500"),
        ("-1234.5", "-1,234.50"),
        ("999999999999999", "999,999,999,999,999"),
    ])
    func formatsExactAmountsWithThousandsSeparators(amount: String, expected: String) throws {
        let value = try #require(Decimal(string: amount, locale: Locale(identifier: "en_US_POSIX")))
        #expect(Money.format(value) == expected)
    }

    @Test func keepsCentsThatBinaryFloatingPointWouldLose() throws {
        let sum = try #require(Decimal(string: "0.1")) + (try #require(Decimal(string: "0.2")))
        #expect(Money.format(sum) == "0.30")
        #expect(Money.format(sum * 10_000_000) == "3,000,000")
    }
}
