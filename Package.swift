// swift-tools-version:6.1
import PackageDescription

/// naptrack: checks national anti-trafficking action plans against standards and tracks them.
///
/// The folder layout is the architecture:
/// - `NaptrackCore` loads plans, progress files and configuration into a model with exact
///   source locations, and reports what is wrong with them. It knows nothing of standards or output.
/// - `NaptrackStandards` is the plugin API: standards, requirements, the closed set of check
///   primitives, and the engine that evaluates plans and applies waivers. Standard modules under
///   `plugins/` depend on it and on the core only (`plugins/plan-quality` is `PlanQualityStandard`).
/// - `NaptrackReports` renders results (never raw plans) as text, JSON and the other formats.
/// - `naptrack` is the command-line tool; it only wires the libraries together.
let package = Package(
    name: "naptrack",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NaptrackCore", targets: ["NaptrackCore"]),
        .library(name: "NaptrackStandards", targets: ["NaptrackStandards"]),
        .library(name: "NaptrackReports", targets: ["NaptrackReports"]),
        .executable(name: "naptrack", targets: ["naptrack"]),
    ],
    dependencies: [
        // Yams is pinned exactly: the loader reads libyaml events through its bundled `CYaml`.
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
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
            name: "NaptrackReports",
            dependencies: ["NaptrackCore", "NaptrackStandards"]
        ),
        .executableTarget(
            name: "naptrack",
            dependencies: [
                "NaptrackCore",
                "NaptrackStandards",
                "NaptrackReports",
                "PlanQualityStandard",
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
            name: "PlanQualityStandardTests",
            dependencies: ["PlanQualityStandard", "NaptrackStandards", "NaptrackCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "NaptrackReportsTests",
            dependencies: ["NaptrackReports"]
        ),
        .testTarget(
            name: "NaptrackCLITests",
            dependencies: ["NaptrackCore"],
            exclude: ["Fixtures"]
        ),
    ]
)
