/// One row of a requirement's verdict table: a framework that meets it and one that does not.
public struct VerdictCase: Sendable, CustomStringConvertible {
    /// The requirement the row tests.
    public var id: String
    /// Framework YAML (and extra agencies) under which the requirement is met.
    public var met: String
    /// Framework YAML under which the declared facts contradict the requirement.
    public var notMet: String
    /// Agencies added to the fixture for both frameworks, as YAML list items.
    public var agencies: String

    /// A row with the two frameworks written out.
    public init(_ id: String, met: String, notMet: String, agencies: String = "") {
        self.id = id
        self.met = met
        self.notMet = notMet
        self.agencies = agencies
    }

    /// A row for a requirement that one boolean fact decides: met when the fact at the dotted
    /// `path` is `expected`, not met when it is the opposite.
    public static func flag(_ id: String, _ path: String, expected: Bool = true) -> VerdictCase {
        func framework(_ value: Bool) -> String {
            let keys = path.split(separator: ".")
            return keys.dropLast().reversed().reduce("\(keys.last ?? ""): \(value)") { inner, key in "\(key): {\(inner)}" }
        }
        return VerdictCase(id, met: framework(expected), notMet: framework(!expected))
    }

    /// The requirement id, so a failing row names what it tests.
    public var description: String { id }
}

extension StandardHarness {
    /// Rows naming no requirement of the standard or repeating one, and requirements without a row.
    public func coverageProblems(of rows: [VerdictCase]) -> [String] {
        let defined = Set(standard.requirements.map(\.id))
        var seen = Set<String>()
        var problems = rows.filter { !seen.insert($0.id).inserted }.map { "\($0.id) has two rows" }
        problems += rows.filter { !defined.contains($0.id) }.map { "\($0.id) is not a requirement of \(standard.id)" }
        problems += defined.subtracting(seen).sorted().map { "\($0) has no row" }
        return problems
    }

    /// Why the row's `met` framework does not give a well-founded `met` verdict.
    public func metProblems(_ row: VerdictCase) throws -> [String] {
        try result(row.id, framework: row.met, agencies: row.agencies).problemsAsMet(in: "test.yaml")
    }

    /// Why the row's `notMet` framework does not give a well-founded `not-met` verdict whose findings
    /// point at the framework facts, never at the plan header or the objectives.
    public func notMetProblems(_ row: VerdictCase) throws -> [String] {
        let result = try result(row.id, framework: row.notMet, agencies: row.agencies)
        // The framework mapping starts at its first fact; each fixture line is one line of it.
        let first = try loadPlan(framework: row.notMet, agencies: row.agencies).framework.location.line
        let last = first + row.notMet.split(separator: "\n").count - 1
        return result.problemsAsNotMet(in: "test.yaml") + result.findings.map(\.location)
            .filter { $0.line < first || $0.line > last }
            .map { "\(row.id) reports at \($0), outside the framework (lines \(first)-\(last))" }
    }
}
