import Foundation
import NaptrackCore
import Testing

/// Values of the wrong type or outside their allowed set: each is reported where it was written,
/// with the path to it, and the rest of the file is still read.
@Suite struct ValueTests {
    // MARK: Types

    @Test func aMappingWhereTextIsExpected() throws {
        let diagnostics = diagnose(Sample.plan().replacingOccurrences(of: "title: Hotline", with: "title: {en: Hotline}"))
        #expect(diagnostics.briefs == ["16:16 error [type] objectives[0].activities[0].title"])
        #expect(try #require(diagnostics.first).message == "expected text for the activity title, found a mapping")
    }

    @Test func textWhereAListIsExpected() throws {
        let diagnostics = diagnose(Sample.plan(activity: "indicators: calls answered"))
        #expect(diagnostics.briefs == ["20:21 error [type] objectives[0].activities[0].indicators"])
        #expect(try #require(diagnostics.first).message == "expected a list for the indicators, found 'calls answered'")
    }

    @Test func aListWhereAMappingIsExpected() {
        let diagnostics = diagnose(Sample.plan(activity: "budget: [120000, EUR]"))
        #expect(diagnostics.briefs == ["20:17 error [type] objectives[0].activities[0].budget"])
        #expect(diagnostics.first?.message == "expected a mapping for the budget, found a list")
    }

    @Test func aListOfOneMayBeWrittenAsASingleText() throws {
        let plan = try loadPlan(Sample.plan(activity: "partners: ngo\ntags: hotline"))
        #expect(plan.activities.first?.partners.map(\.value) == ["ngo"])
        #expect(plan.activities.first?.tags.map(\.value) == ["hotline"])
        #expect(diagnose(Sample.plan(activity: "partners: ngo")).isEmpty)
    }

    @Test func anEmptyValueIsNoValue() {
        let diagnostics = diagnose(Sample.plan().replacingOccurrences(of: "lead: coord", with: "lead:"))
        #expect(diagnostics.briefs == ["17:14 error [type] objectives[0].activities[0].lead"])
        #expect(diagnostics.first?.message == "the lead agency has no value")
    }

    @Test func keysMustBeWords() {
        let diagnostics = diagnose(Sample.plan(activity: "? [a, b]\n: c"))
        #expect(diagnostics.briefs == ["20:11 error [type] objectives[0].activities[0]"])
        #expect(diagnostics.first?.message == "keys must be plain words, not a list")
    }

    @Test(arguments: ["yes", "no", "on", "off", "y", "1", "\"true\"", "'false'"])
    func booleansAreOnlyTrueOrFalse(word: String) throws {
        let yaml = Sample.header + "framework:\n  scope: {children: \(word)}\n"
        let diagnostics = diagnose(yaml)
        #expect(diagnostics.briefs == ["12:21 error [type] framework.scope.children"])
        let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        #expect(try #require(diagnostics.first).message == "expected true or false for 'scope.children', found '\(bare)'")
    }

    @Test func trueAndFalseAreBooleans() throws {
        let yaml = Sample.header + "framework:\n  scope: {children: true, non_nationals: False}\n"
        #expect(diagnose(yaml).isEmpty)
        let framework = try loadPlan(yaml).framework
        #expect(framework.bool(at: "scope.children") == true)
        #expect(framework.bool(at: "scope.non_nationals") == false)
    }

    // MARK: Dates

    @Test func anImpossibleDayIsADateError() throws {
        let diagnostics = diagnose(Sample.plan(start: "2026-02-30"))
        #expect(diagnostics.briefs == ["18:16 error [date] objectives[0].activities[0].start"])
        #expect(try #require(diagnostics.first).message == "'2026-02-30' is not a real calendar date (the start date)")
    }

    @Test func textThatIsNoDateIsATypeError() throws {
        let diagnostics = diagnose(Sample.plan(due: "soon"))
        #expect(diagnostics.briefs == ["19:14 error [type] objectives[0].activities[0].due"])
        #expect(try #require(diagnostics.first).message == "expected a date as YYYY-MM-DD for the due date, found 'soon'")
    }

    @Test(arguments: ["2026-13-01", "2026-04-31", "2027-02-29", "2026-00-10", "0000-01-01"])
    func impossibleDates(text: String) {
        #expect(diagnose(Sample.plan(due: text)).briefs == ["19:14 error [date] objectives[0].activities[0].due"])
    }

    @Test(arguments: ["30/09/2026", "2026-9-30", "2026-09-30T00:00:00Z", "20260930", "'2026-09-3O'"])
    func notDatesAtAll(text: String) {
        #expect(diagnose(Sample.plan(due: text)).briefs == ["19:14 error [type] objectives[0].activities[0].due"])
    }

    @Test func aLeapDayIsARealDate() throws {
        let yaml = Sample.plan(due: "2028-02-29").replacingOccurrences(of: "end: 2027-12-31", with: "end: 2028-12-31")
        #expect(diagnose(yaml).isEmpty)
        #expect(try loadPlan(yaml).activities.first?.due == CalendarDate(year: 2028, month: 2, day: 29))
    }

    // MARK: Amounts

    /// A plan whose activity budget has `amount` and funding sources with the given amounts;
    /// the budget amount is at 21:19 and source `n`'s amount at line 23 + n, column 42.
    func budget(_ amount: String, sources: [String] = []) -> String {
        var text = "budget:\n  amount: \(amount)\n  sources:\n"
        for (index, source) in sources.enumerated() {
            text += "    - {funder: funder-\(index), amount: \(source)}\n"
        }
        return Sample.plan(activity: text)
    }

    @Test func aNegativeAmount() throws {
        let diagnostics = diagnose(budget("-5000"))
        #expect(diagnostics.briefs == ["21:19 error [amount] objectives[0].activities[0].budget.amount"])
        #expect(try #require(diagnostics.first).message == "the budget amount is negative (-5000); amounts must be zero or more")
    }

    @Test func amountsThatAreNotPlainDecimalNumbers() throws {
        let diagnostics = diagnose(budget("1000", sources: ["about 40000", "123456789012345678901234567890", "1.1234567", "1e400"]))
        #expect(diagnostics.briefs == [
            "23:42 error [amount] objectives[0].activities[0].budget.sources[0].amount",
            "24:42 error [amount] objectives[0].activities[0].budget.sources[1].amount",
            "25:42 error [amount] objectives[0].activities[0].budget.sources[2].amount",
            "26:42 error [amount] objectives[0].activities[0].budget.sources[3].amount",
        ])
        #expect(diagnostics.map(\.message) == [
            "expected a number for the source amount, found 'about 40000'",
            "the source amount has more than 15 digits; that is not a plausible figure",
            "the source amount has more than 6 decimal places",
            "expected a number for the source amount, found '1e400'",
        ])
    }

    @Test func amountsAtTheEdgeOfTheLimitsAreExact() throws {
        let yaml = budget("999999999999999.999999", sources: ["0", "+12.5", "0000123"])
        #expect(diagnose(yaml).with(.amount).isEmpty)
        let budget = try #require(try loadPlan(yaml).activities.first?.budget)
        #expect(budget.amount == Decimal(string: "999999999999999.999999", locale: Locale(identifier: "en_US_POSIX")))
        let twelveAndAHalf = try #require(Decimal(string: "12.5", locale: Locale(identifier: "en_US_POSIX")))
        #expect(budget.sources.compactMap(\.amount) == [0, twelveAndAHalf, 123])
    }

    @Test func fundingAboveTheBudgetIsAWarning() throws {
        let diagnostics = diagnose(budget("100", sources: ["60", "50"]))
        #expect(diagnostics.briefs == ["23:13 warning [amount] objectives[0].activities[0].budget.sources"])
        #expect(try #require(diagnostics.first).message == "activity 'A1' funding sources add up to 110 EUR, more than its budget of 100")
        #expect(diagnose(budget("110", sources: ["60", "50"])).isEmpty)
    }

    @Test func fundingInAnotherCurrencyIsNotAddedToTheBudget() {
        let yaml = Sample.plan(activity: """
            budget:
              amount: 100
              sources:
                - {funder: a, amount: 60}
                - {funder: b, amount: 50, currency: USD}
            """)
        #expect(diagnose(yaml).isEmpty)
    }

    // MARK: Currencies, ids and words from closed sets

    @Test func anUnknownCurrencySuggestsTheNearestCode() throws {
        let diagnostics = diagnose(budget("10").replacingOccurrences(of: "amount: 10\n", with: "amount: 10\n          currency: EURO\n"))
        #expect(diagnostics.briefs == ["22:21 error [currency] objectives[0].activities[0].budget.currency"])
        #expect(try #require(diagnostics.first).message == "'EURO' is not an ISO 4217 currency code (the budget currency); did you mean 'EUR'?")
    }

    @Test func aLowerCaseCurrencyIsNotACode() throws {
        let diagnostics = diagnose(Sample.plan().replacingOccurrences(of: "currency: EUR", with: "currency: usd"))
        #expect(diagnostics.briefs == ["7:13 error [currency] plan.currency"])
        #expect(try #require(diagnostics.first).message.hasSuffix("did you mean 'USD'?"))
    }

    @Test func aCurrencyFarFromAnyCodeGetsNoSuggestion() throws {
        let diagnostics = diagnose(Sample.plan().replacingOccurrences(of: "currency: EUR", with: "currency: Dollars"))
        #expect(try #require(diagnostics.first).message == "'Dollars' is not an ISO 4217 currency code (the plan currency)")
    }

    @Test func idsUseLettersDigitsDotsDashesAndUnderscores() throws {
        let diagnostics = diagnose(Sample.plan().replacingOccurrences(of: "id: A1", with: "id: \"A 1/b\""))
        #expect(diagnostics.briefs == ["15:13 error [value] objectives[0].activities[0].id"])
        #expect(try #require(diagnostics.first).message
            == "'A 1/b' is not a valid id for the activity id: use letters, digits, '.', '-' and '_'")
    }

    @Test func aWordOutsideAClosedSetSuggestsTheNearest() throws {
        let diagnostics = diagnose(Sample.plan(activity: "forms: [sexual, labor]"))
        #expect(diagnostics.briefs == ["20:25 error [value] objectives[0].activities[0].forms[1]"])
        #expect(try #require(diagnostics.first).message.hasSuffix("(did you mean 'labour'?)"))
    }

    @Test func aJurisdictionIsACodeInCapitals() throws {
        for code in ["EX", "BR-PE", "SICA", "GB-ENG"] {
            #expect(diagnose(Sample.plan().replacingOccurrences(of: "jurisdiction: EX", with: "jurisdiction: \(code)")).isEmpty)
        }
        for code in ["ex", "Examplia", "BR-PERN", "E", "BR-PE-X"] {
            let diagnostics = diagnose(Sample.plan().replacingOccurrences(of: "jurisdiction: EX", with: "jurisdiction: \(code)"))
            #expect(diagnostics.briefs == ["5:17 error [value] plan.jurisdiction"], "\(code)")
        }
    }

    @Test func wholeNumbersOutsideTheirRange() throws {
        let yaml = Sample.plan().replacingOccurrences(of: "currency: EUR", with: "currency: EUR\n  revision: -1\n  review: {every_months: often}")
        let diagnostics = diagnose(yaml)
        #expect(diagnostics.briefs == ["8:13 error [value] plan.revision", "9:26 error [type] plan.review.every_months"])
        #expect(diagnostics.map(\.message) == [
            "the revision must be between 0 and 100000, found -1",
            "expected a whole number for every_months, found 'often'",
        ])
    }

    @Test func frameworkFactsAreTypedByTheVocabulary() {
        let yaml = Sample.header + """
            framework:
              reflection_period: {days: 5000, trigger: reasonable_grounds, in_law: maybe}
              coordination:
                legal_basis: statute
                needs_assessment: last year
              data_protection: {legal_basis: [Law 12]}
              cooperation_agreements:
                - {signed: 2024-02-30}

            """
        #expect(diagnose(yaml).briefs == [
            "12:29 error [value] framework.reflection_period.days",
            "12:44 error [value] framework.reflection_period.trigger",
            "12:72 error [type] framework.reflection_period.in_law",
            "14:18 error [value] framework.coordination.legal_basis",
            "15:23 error [type] framework.coordination.needs_assessment",
            "16:34 error [type] framework.data_protection.legal_basis",
            "18:16 error [date] framework.cooperation_agreements[0].signed",
        ])
    }
}
