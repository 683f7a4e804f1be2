import Foundation
import NaptrackCore
import Testing

@Suite struct CalendarDateTests {
    @Test func parsesISODates() throws {
        let date = try #require(CalendarDate(iso: "2026-06-30"))
        #expect((date.year, date.month, date.day) == (2026, 6, 30))
        #expect(date.description == "2026-06-30")
        #expect(CalendarDate(iso: "0001-01-01")?.description == "0001-01-01")
        #expect(CalendarDate(iso: "9999-12-31")?.description == "9999-12-31")
    }

    @Test(arguments: [
        "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-01", "2026-01-00", "0000-06-01", "2026-6-30", "2026/06/30",
        "26-06-30", "2026-06-30 ", " 2026-06-30", "2026-06-3a", "+026-06-30", "", "2026-06-30T12:00",
        "２０２６-06-30",
    ])
    func refusesAnythingElse(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func tellsAWrongDayFromTextThatIsNoDate() {
        #expect(CalendarDate.looksLikeDate("2026-02-30"))
        #expect(CalendarDate.looksLikeDate("0000-00-00"))
        #expect(!CalendarDate.looksLikeDate("soon"))
        #expect(!CalendarDate.looksLikeDate("2026-2-30"))
        #expect(!CalendarDate.looksLikeDate("2026_02_30"))
    }

    @Test func leapYearsFollowTheGregorianRules() {
        #expect(CalendarDate(year: 2028, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2026, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2100, month: 2, day: 29) == nil)
    }

    @Test func dayNumbersCountFromTheUnixEpoch() throws {
        #expect(try #require(CalendarDate(iso: "1970-01-01")).dayNumber == 0)
        #expect(try #require(CalendarDate(iso: "1970-01-02")).dayNumber == 1)
        #expect(try #require(CalendarDate(iso: "1969-12-31")).dayNumber == -1)
        #expect(try #require(CalendarDate(iso: "2000-03-01")).dayNumber == 11_017)
        #expect(try #require(CalendarDate(iso: "2026-01-01")).dayNumber == 20_454)
    }

    @Test func dayNumbersRoundTripOverEveryDayOfFourCenturies() throws {
        let first = try #require(CalendarDate(iso: "1800-01-01"))
        var expected = first
        var checked = 0
        for number in first.dayNumber...(first.dayNumber + 146_097) {
            let date = CalendarDate(dayNumber: number)
            guard date == expected, date.dayNumber == number else {
                Issue.record("day \(number) is \(date) (day number \(date.dayNumber)), expected \(expected)")
                return
            }
            expected = Self.dayAfter(expected)
            checked += 1
        }
        #expect(checked == 146_098)
        #expect(expected.description == "2200-01-02")
    }

    /// The next day, by the calendar rules alone (not by day numbers).
    static func dayAfter(_ date: CalendarDate) -> CalendarDate {
        if let next = CalendarDate(year: date.year, month: date.month, day: date.day + 1) { return next }
        if let next = CalendarDate(year: date.year, month: date.month + 1, day: 1) { return next }
        return CalendarDate(year: date.year + 1, month: 1, day: 1) ?? date
    }

    @Test func dayArithmetic() throws {
        let start = try #require(CalendarDate(iso: "2026-01-01"))
        let end = try #require(CalendarDate(iso: "2028-12-31"))
        #expect(start.days(until: end) == 1_095)
        #expect(end.days(until: start) == -1_095)
        #expect(start.adding(days: 59).description == "2026-03-01")
        #expect(start.adding(days: -1).description == "2025-12-31")
        #expect(DateRange(start: start, end: end).dayCount == 1_096)
    }

    @Test(arguments: [
        ("2026-01-31", 1, "2026-02-28"),
        ("2028-01-31", 1, "2028-02-29"),
        ("2026-03-31", 1, "2026-04-30"),
        ("2026-08-31", 6, "2027-02-28"),
        ("2026-11-15", 2, "2027-01-15"),
        ("2026-06-30", 12, "2027-06-30"),
        ("2028-02-29", 12, "2029-02-28"),
        ("2026-03-31", -1, "2026-02-28"),
        ("2026-01-15", -1, "2025-12-15"),
        ("2026-05-31", 0, "2026-05-31"),
    ])
    func addingMonthsClampsToTheLastDayOfTheMonth(start: String, months: Int, expected: String) throws {
        #expect(try #require(CalendarDate(iso: start)).adding(months: months).description == expected)
    }

    @Test func ordersChronologically() throws {
        let dates = try ["2026-12-01", "2026-02-28", "2025-12-31", "2026-03-01"].map { try #require(CalendarDate(iso: $0)) }
        #expect(dates.sorted().map(\.description) == ["2025-12-31", "2026-02-28", "2026-03-01", "2026-12-01"])
    }

    @Test func rangesIncludeBothEnds() throws {
        let range = DateRange(start: try #require(CalendarDate(iso: "2026-01-01")), end: try #require(CalendarDate(iso: "2026-12-31")))
        #expect(range.contains(range.start))
        #expect(range.contains(range.end))
        #expect(!range.contains(range.end.adding(days: 1)))
        #expect(!range.contains(range.start.adding(days: -1)))
    }

    @Test func encodesAsAnISOString() throws {
        let date = try #require(CalendarDate(iso: "2026-06-30"))
        let data = try JSONEncoder().encode([date])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-06-30"]"#)
        #expect(try JSONDecoder().decode([CalendarDate].self, from: data) == [date])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDate].self, from: Data(#"["2026-02-30"]"#.utf8)) }
    }
}

@Suite struct DecimalTextTests {
    @Test(arguments: [
        ("0", "0"), ("1200", "1200"), ("1200.50", "1200.5"), ("-12", "-12"), ("+3", "3"), ("007", "7"),
        ("999999999999999", "999999999999999"), ("0.000001", "0.000001"), ("-0.5", "-0.5"),
        ("000000000000000000001", "1"),
    ])
    func parsesPlainDecimalNotation(text: String, expected: String) throws {
        let value = try DecimalText.parse(text).get()
        #expect(value == Decimal(string: expected, locale: Locale(identifier: "en_US_POSIX")))
    }

    @Test(arguments: [
        "", "-", "+", ".5", "5.", "1.2.3", "1e3", "1E3", "1e400", "0x10", "1_000", "1,000", "1 000", "nan", "inf", "--1",
        "1-", "12abc", "٣", "½", "１２",
    ])
    func refusesEverythingElse(text: String) {
        #expect(DecimalText.parse(text) == .failure(.notANumber))
    }

    @Test func limitsDigitsBeforeAndAfterThePoint() {
        #expect(DecimalText.parse("1234567890123456") == .failure(.tooLarge))
        #expect(DecimalText.parse("123456789012345678901234567890") == .failure(.tooLarge))
        #expect(DecimalText.parse("-1234567890123456.5") == .failure(.tooLarge))
        #expect(DecimalText.parse("1.1234567") == .failure(.tooPrecise))
        #expect((try? DecimalText.parse("1.123456").get()) != nil)
    }

    @Test func keepsDecimalFractionsExact() throws {
        let tenth = try DecimalText.parse("0.1").get()
        let fifth = try DecimalText.parse("0.2").get()
        #expect(tenth + fifth == (try DecimalText.parse("0.3").get()))
    }
}

@Suite struct SuggestionTests {
    @Test func suggestsTheNearestKnownWord() {
        #expect(Suggestion.nearest(to: "deu", among: ["id", "title", "due", "start"]) == "due")
        #expect(Suggestion.nearest(to: "referal", among: ["referral", "remedies", "return"]) == "referral")
        #expect(Suggestion.nearest(to: "EURO", among: ["EUR", "USD"]) == "EUR")
        #expect(Suggestion.nearest(to: "Title", among: ["title"]) == "title")
    }

    @Test func suggestsNothingWhenNoWordIsClose() {
        #expect(Suggestion.nearest(to: "responsible", among: ["id", "title", "due", "lead"]) == nil)
        #expect(Suggestion.nearest(to: "x", among: ["abc"]) == nil)
        #expect(Suggestion.nearest(to: "due", among: [String]()) == nil)
    }

    @Test func theAllowedDistanceGrowsWithTheWord() {
        // One edit is always allowed; longer words allow up to a third of their length, at most three.
        #expect(Suggestion.nearest(to: "ab", among: ["ax"]) == "ax")
        #expect(Suggestion.nearest(to: "ab", among: ["xy"]) == nil)
        #expect(Suggestion.nearest(to: "abcdef", among: ["abxyef"]) == "abxyef")
        #expect(Suggestion.nearest(to: "abcdef", among: ["axxxef"]) == nil)
        #expect(Suggestion.nearest(to: "appointed_within_hours", among: ["apointed_withn_hour"]) == "apointed_withn_hour")
        #expect(Suggestion.nearest(to: "appointed_within_hours", among: ["apointd_withn_hour"]) == nil)
    }

    @Test func aSwapOfNeighboursIsOneEdit() {
        // Short words allow one edit, so these match only because a swap counts as one.
        #expect(Suggestion.nearest(to: "tilte", among: ["title"]) == "title")
        #expect(Suggestion.nearest(to: "mian", among: ["main"]) == "main")
    }

    @Test func theFirstOfEquallyNearWordsWins() {
        #expect(Suggestion.nearest(to: "lad", among: ["lead", "load"]) == "lead")
        #expect(Suggestion.nearest(to: "lad", among: ["load", "lead"]) == "load")
    }
}
