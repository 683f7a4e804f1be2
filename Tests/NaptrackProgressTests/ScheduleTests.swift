import Foundation
import NaptrackCore
import Testing

@testable import NaptrackProgress

/// The health flags at their boundaries. The activity runs 2026-01-01 to 2026-04-10: 100 days.
struct ScheduleTests {
    let start = Fixture.date("2026-01-01")
    let due = Fixture.date("2026-04-10")

    func flags(_ status: ActivityStatus, percent: Decimal = 0, asOf: String, points: Decimal = 25) -> [HealthFlag] {
        Schedule.flags(status: status, percent: percent, start: start, due: due, asOf: Fixture.date(asOf),
            behindPoints: points)
    }

    @Test func elapsedDaysCountTheReportDateAndStopAtTheDueDate() throws {
        #expect(Schedule.elapsedDays(start: start, due: due, asOf: Fixture.date("2025-12-31"))?.elapsed == 0)
        #expect(Schedule.elapsedDays(start: start, due: due, asOf: start)?.elapsed == 1)
        let half = try #require(Schedule.elapsedDays(start: start, due: due, asOf: Fixture.date("2026-02-19")))
        #expect(half.elapsed == 50 && half.total == 100)
        #expect(Schedule.elapsedDays(start: start, due: due, asOf: due)?.elapsed == 100)
        #expect(Schedule.elapsedDays(start: start, due: due, asOf: Fixture.date("2027-01-01"))?.elapsed == 100)
        #expect(Schedule.elapsedDays(start: due, due: start, asOf: due) == nil)
        #expect(Schedule.elapsedShare(start: start, due: due, asOf: Fixture.date("2026-02-19")) == Decimal(string: "0.5"))
    }

    @Test func overdueStartsTheDayAfterTheDueDate() {
        #expect(!flags(.inProgress, percent: 100, asOf: "2026-04-10").contains(.overdue))
        #expect(flags(.inProgress, percent: 100, asOf: "2026-04-11").contains(.overdue))
        #expect(flags(.suspended, percent: 100, asOf: "2026-04-11").contains(.overdue))
        #expect(flags(.notStarted, asOf: "2026-04-11").contains(.overdue))
    }

    @Test func completedAndCancelledActivitiesAreNeverFlagged() {
        #expect(flags(.completed, percent: 10, asOf: "2027-01-01").isEmpty)
        #expect(flags(.cancelled, percent: 0, asOf: "2027-01-01").isEmpty)
    }

    @Test func lateStartsTheDayAfterTheStartDate() {
        #expect(flags(.notStarted, asOf: "2026-01-01").isEmpty)
        #expect(flags(.notStarted, asOf: "2026-01-02").contains(.late))
        #expect(!flags(.inProgress, percent: 1, asOf: "2026-01-02").contains(.late))
        #expect(!flags(.suspended, percent: 1, asOf: "2026-01-02").contains(.late))
    }

    @Test func behindNeedsMoreThanThePointsBelowTheElapsedShare() {
        // Half the time has elapsed on 2026-02-19: 50%.
        #expect(!flags(.inProgress, percent: 25, asOf: "2026-02-19").contains(.behind))
        #expect(flags(.inProgress, percent: Decimal(string: "24.99") ?? 0, asOf: "2026-02-19").contains(.behind))
        #expect(!flags(.inProgress, percent: 26, asOf: "2026-02-19").contains(.behind))
        // One day later, 51%: 25 is now 26 points below.
        #expect(flags(.inProgress, percent: 25, asOf: "2026-02-20").contains(.behind))
    }

    @Test func behindUsesTheConfiguredPoints() {
        #expect(!flags(.inProgress, percent: 40, asOf: "2026-02-19", points: 10).contains(.behind))
        #expect(flags(.inProgress, percent: 39, asOf: "2026-02-19", points: 10).contains(.behind))
        #expect(!flags(.inProgress, percent: 0, asOf: "2026-02-19", points: 50).contains(.behind))
    }

    @Test func nothingIsBehindBeforeItStarts() {
        #expect(flags(.notStarted, asOf: "2025-12-31").isEmpty)
    }

    @Test func flagsComeInAFixedOrder() {
        #expect(flags(.notStarted, asOf: "2026-05-01") == [.overdue, .late, .behind])
    }

    @Test func theBehindPointsComeFromTheConfiguration() {
        var configuration = Configuration(file: "naptrack.yaml", location: .wholeFile("naptrack.yaml"))
        let date = Fixture.date("2026-06-30")
        #expect(ProgressSettings(asOf: date, configuration: configuration).behindPoints == 25)
        #expect(ProgressSettings(asOf: date, configuration: nil).behindPoints == 25)
        configuration.thresholds = [Located(Threshold(key: "plan-quality:behind_points", value: 10), at: .wholeFile("x"))]
        #expect(ProgressSettings(asOf: date, configuration: configuration).behindPoints == 10)
    }
}
