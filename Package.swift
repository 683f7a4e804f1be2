// swift-tools-version:6.1
import PackageDescription

/// naptrack: checks national anti-trafficking action plans against standards and tracks them.
///
/// The folder layout is the architecture:
/// - `NaptrackCore` loads plans, progress files and configuration into a model with exact
///   source locations, and reports what is wrong with them. It knows nothing of standards or output.
/// - `NaptrackStandards` is the plugin API: standards, requirements, the closed set of check
///   primitives, and the engine that evaluates plans and applies waivers. Standard modules under
///   `plugins/` depend on it and on the core only (`plugins/plan-quality` is `PlanQualityStandard`,
///   `plugins/coe-cathb` is `CouncilOfEuropeStandard`, `plugins/osce-nrm` is
///   `ReferralMechanismStandard`, `plugins/child-guardian` is `ChildGuardianStandard`).
/// - `NaptrackRulePacks` reads declarative rule packs (YAML standards under `plugins/`) into the
///   same standards of conditions, so that a standard can be added without writing Swift.
/// - `NaptrackRevisions` compares two versions of a plan and says what changed in substance,
///   including how compliance with each standard moved.
/// - `NaptrackProgress` evaluates progress files against their plans as of a date (status, health,
///   roll-ups, the money ledger) and records new updates.
/// - `NaptrackReports` renders results (never raw plans) as text, JSON and the other formats.
/// - `naptrack` is the command-line tool; it only wires the libraries together.
let package = Package(
    name: "naptrack",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NaptrackCore", targets: ["NaptrackCore"]),
        .library(name: "NaptrackStandards", targets: ["NaptrackStandards"]),
        .library(name: "NaptrackProgress", targets: ["NaptrackProgress"]),
        .library(name: "NaptrackReports", targets: ["NaptrackReports"]),
        .library(name: "NaptrackRulePacks", targets: ["NaptrackRulePacks"]),
        .library(name: "NaptrackRevisions", targets: ["NaptrackRevisions"]),
        .executable(name: "naptrack", targets: ["naptrack"]),
    ],
    dependencies: [
        // Yams is pinned exactly: the loader reads libyaml events through its bundled `CYaml`.
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The HTML report is a Mustache template, HTML-escaped by default.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .target(
            name: "NaptrackCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "NaptrackStandards",
            dependencies: ["NaptrackCore"]
        ),
        .target(
            name: "NaptrackRulePacks",
            dependencies: ["NaptrackCore", "NaptrackStandards"]
        ),
        .target(
            name: "PlanQualityStandard",
            dependencies: ["NaptrackCore", "NaptrackStandards"],
            path: "plugins/plan-quality"
        ),
        .target(
            name: "ReferralMechanismStandard",
            dependencies: ["NaptrackStandards", "NaptrackCore"],
            path: "plugins/osce-nrm"
        ),
        .target(
            name: "ChildGuardianStandard",
            dependencies: ["NaptrackStandards", "NaptrackCore"],
            path: "plugins/child-guardian"
        ),
        .target(
            name: "NaptrackProgress",
            dependencies: ["NaptrackCore"]
        ),
        .target(
            name: "NaptrackReports",
            dependencies: [
                "NaptrackCore", "NaptrackStandards", "NaptrackRevisions", "NaptrackProgress",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "NaptrackRevisions",
            dependencies: ["NaptrackCore", "NaptrackStandards"]
        ),
        .target(
            name: "CouncilOfEuropeStandard",
            dependencies: ["NaptrackStandards", "NaptrackCore"],
            path: "plugins/coe-cathb"
        ),
        .executableTarget(
            name: "naptrack",
            dependencies: [
                "NaptrackCore",
                "NaptrackStandards",
                "NaptrackProgress",
                "NaptrackRulePacks",
                "NaptrackReports",
                "NaptrackRevisions",
                "PlanQualityStandard",
                "CouncilOfEuropeStandard",
                "ReferralMechanismStandard",
                "ChildGuardianStandard",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "NaptrackCoreTests",
            dependencies: ["NaptrackCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "NaptrackProgressTests",
            dependencies: ["NaptrackProgress", "NaptrackCore"]
        ),
        .testTarget(
            name: "NaptrackStandardsTests",
            dependencies: ["NaptrackStandards", "StandardTestSupport"]
        ),
        .target(
            name: "StandardTestSupport",
            dependencies: ["NaptrackStandards", "NaptrackCore"],
            path: "Tests/StandardTestSupport"
        ),
        .testTarget(
            name: "ReferralMechanismStandardTests",
            dependencies: ["ReferralMechanismStandard", "StandardTestSupport", "NaptrackStandards", "NaptrackCore"]
        ),
        .testTarget(
            name: "ChildGuardianStandardTests",
            dependencies: ["ChildGuardianStandard", "StandardTestSupport", "NaptrackStandards", "NaptrackCore"]
        ),
        .testTarget(
            name: "NaptrackRulePacksTests",
            dependencies: ["NaptrackRulePacks"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PlanQualityStandardTests",
            dependencies: ["PlanQualityStandard", "NaptrackStandards", "NaptrackCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "CouncilOfEuropeStandardTests",
            dependencies: ["CouncilOfEuropeStandard", "NaptrackStandards", "NaptrackCore"]
        ),
        .testTarget(
            name: "NaptrackReportsTests",
            dependencies: ["NaptrackReports", "NaptrackProgress"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "NaptrackRevisionsTests",
            dependencies: ["NaptrackRevisions", "NaptrackReports"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "NaptrackCLITests",
            dependencies: ["NaptrackCore", "NaptrackReports"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "NaptrackRobustnessTests",
            dependencies: ["NaptrackCore"]
        ),
    ]
)
