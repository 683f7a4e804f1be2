import Foundation
import Testing

/// Rule packs end to end: packs in ./plugins and given with --rules are listed, shown and
/// checked like built-in standards, and a broken pack is reported without stopping the run.
@Suite struct RulePackCommandTests {
    static let examplePack = packageRoot.appendingPathComponent("Tests/NaptrackRulePacksTests/Fixtures/example-pack.yaml")

    /// The status of each requirement of each plan in a `check --format json` run.
    static func statuses(_ run: NaptrackRun) throws -> [String: [String: String]] {
        let plans = try #require(try run.json()["plans"] as? [[String: Any]])
        var result: [String: [String: String]] = [:]
        for plan in plans {
            let id = try #require(plan["id"] as? String)
            let standards = try #require(plan["standards"] as? [[String: Any]])
            for requirement in standards.flatMap({ $0["requirements"] as? [[String: Any]] ?? [] }) {
                result[id, default: [:]][try #require(requirement["id"] as? String)] = requirement["status"] as? String
            }
        }
        return result
    }

    @Test func theShippedPackIsListedAndShownBesideTheBuiltInStandards() throws {
        let list = try runNaptrack(["standards"])
        #expect(list.status == 0)
        #expect(list.stderr.isEmpty)
        #expect(list.stdout.contains("eu-thb-directive  EU Anti-Trafficking Directive 2011/36/EU"))
        let show = try runNaptrack(["standards", "show", "eu-thb-directive", "--format", "json"])
        #expect(show.status == 0)
        #expect((try show.json()["requirements"] as? [[String: Any]])?.count == 12)
    }

    @Test func checkEvaluatesTheExamplePlansAgainstTheShippedPack() throws {
        let run = try runNaptrack(["check", "plans", "--standard", "eu-thb-directive", "--format", "json", "--as-of", "2026-06-30"])
        #expect(run.status == 1, "the Examplian plan has no state compensation, a binding requirement")
        let statuses = try Self.statuses(run)
        let examplia = try #require(statuses["ex-nap-2026"])
        #expect(examplia.count == 12)
        #expect(examplia["eu-thb-directive:art11.3"] == "met")
        #expect(examplia["eu-thb-directive:art12.4"] == "unknown")
        #expect(examplia["eu-thb-directive:art17"] == "not-met")
        #expect(statuses["br-pe-programa-2025"]?["eu-thb-directive:art20"] == "not-met")
        let text = try runNaptrack(["check", "plans", "--standard", "eu-thb-directive", "--as-of", "2026-06-30"])
        #expect(text.stdout.contains(
            "plans/examplia/plan.yaml:179:68: error: Victims can use the compensation scheme for victims of violent crime: "
                + "'remedies.state_compensation' is false; it needs to be true (Directive 2011/36/EU Art. 17) [eu-thb-directive:art17]"))
    }

    @Test func rulesAddsPacksFromAnywhere() throws {
        let list = try runNaptrack(["standards", "--rules", Self.examplePack.path])
        #expect(list.status == 0)
        #expect(list.stdout.contains("example-donor"))
        #expect(list.stdout.contains("eu-thb-directive"))
        let run = try runNaptrack([
            "check", "plans", "--standard", "example-donor", "--rules", Self.examplePack.path, "--format", "json",
            "--as-of", "2026-06-30",
        ])
        #expect(run.status == 1)
        let statuses = try Self.statuses(run)
        #expect(statuses["ex-nap-2026"]?.values.allSatisfy { $0 == "met" } == true)
        #expect(statuses["br-pe-programa-2025"]?["example-donor:sop"] == "not-met")
    }

    @Test func aBrokenPackIsReportedAndLeftOut() throws {
        let broken = String(decoding: try Data(contentsOf: Self.examplePack), as: UTF8.self)
            .replacingOccurrences(of: "{fact: referral.sop, is: true}", with: "{fact: referral.sops, is: true}")
        let directory = try CheckCLI.workspace(["packs/broken.yaml": broken])
        defer { try? FileManager.default.removeItem(at: directory) }
        let rules = directory.appendingPathComponent("packs").path
        let list = try runNaptrack(["standards", "--rules", rules])
        #expect(list.status == 1)
        #expect(list.stderr == "\(rules)/broken.yaml:18:19: error: unknown fact 'referral.sops'; did you mean 'referral.sop'? "
            + "(the facts are listed in docs/plan-format.md) [reference]\n")
        #expect(!list.stdout.contains("example-donor"))
        #expect(list.stdout.contains("plan-quality"))
        let check = try runNaptrack(["check", "plans", "--standard", "example-donor", "--rules", rules])
        #expect(check.status == 2)
        #expect(check.stderr.contains("error: unknown standard 'example-donor'"))
    }

    @Test func aMissingRulesPathPreventsTheRun() throws {
        let run = try runNaptrack(["check", "plans", "--standard", "plan-quality", "--rules", "no-such-packs"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("no-such-packs: error: no such file or directory [document]\n"))
    }

    @Test func pluginsAreFoundInTheWorkingDirectoryOnly() throws {
        let directory = try CheckCLI.workspace(["plugins/donor.yaml": try String(contentsOf: Self.examplePack, encoding: .utf8)])
        defer { try? FileManager.default.removeItem(at: directory) }
        let list = try runNaptrack(["standards"], in: directory)
        #expect(list.status == 0)
        #expect(list.stdout.contains("example-donor"))
        #expect(!list.stdout.contains("eu-thb-directive"))
    }
}
