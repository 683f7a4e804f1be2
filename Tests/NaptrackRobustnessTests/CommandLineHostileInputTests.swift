import Foundation
import NaptrackCore
import Testing

/// End to end: the built binary meets each hostile input with an exit status, never a signal,
/// and prints where the problem is.
@Suite("Hostile input, given to the naptrack binary")
struct CommandLineHostileInputTests {
    /// Far above what any of these inputs needs (about 30 MB) and far below what an unbounded
    /// alias expansion or nesting would take.
    static let memoryCeiling = 512 << 20

    @Test(arguments: HostileInput.all)
    func binaryExitsWithAnErrorAndALocation(_ input: HostileInput) throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write(input)
        let run = try CommandRun.run(["validate", file])
        #expect(!run.timedOut, "\(input.name) did not finish")
        #expect(run.reason == .exit, "\(input.name) ended by signal \(run.status)")
        #expect(run.status != 0, "\(input.name) exited 0:\n\(run.output)")
        #expect(run.childrenPeakBytes < Self.memoryCeiling, "a child process peaked at \(run.childrenPeakBytes) bytes")
        for expected in input.expected {
            let place: String
            switch (expected.line, expected.column) {
            case (0?, _), (nil, _): place = file
            case (let line?, let column?): place = "\(file):\(line):\(column):"
            case (let line?, nil): place = "\(file):\(line):"
            }
            let line = run.output.split(separator: "\n").first {
                $0.hasPrefix(place) && $0.contains(expected.message) && $0.hasSuffix("[\(expected.rule.rawValue)]")
            }
            #expect(line != nil, "\(input.name): expected '\(place) … \(expected.message)' in:\n\(run.output.prefix(2000))")
        }
    }

    @Test("a syntax error exits 1 and a file that is not a naptrack document exits 2")
    func exitStatusFollowsTheContract() throws {
        let directory = try TemporaryDirectory()
        let broken = try directory.write(Array("naptrack: 1\nplan:\n\tid: x\n".utf8), to: "broken.yaml")
        let foreign = try directory.write(Array("name: something else\n".utf8), to: "foreign.yaml")
        #expect(try CommandRun.run(["validate", broken]).status == 1)
        #expect(try CommandRun.run(["validate", foreign]).status == 2)
    }
}
