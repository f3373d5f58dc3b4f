// swift-tools-version: 6.1
// Agora: an agent-based simulation engine for social-media platforms and their recommenders.
// Targets and the direction of their dependencies follow docs/architecture.md ("Targets and the direction
// of their dependencies"); arrows only point downward.
import PackageDescription

let package = Package(
    name: "Agora",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "agora", targets: ["agora"]),
        .library(name: "AgoraEngine", targets: ["AgoraEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CZstd",
            pkgConfig: "libzstd",
            providers: [.apt(["libzstd-dev"])]
        ),
        // Cache prefetch hints (`__builtin_prefetch`) for the decide and apply loops.
        .target(name: "CPrefetch"),
        // SHA-256 block compression: SHA-NI where the CPU has it, portable C elsewhere.
        .target(name: "CSHA256"),
        .target(
            name: "AgoraCore",
            dependencies: ["CPrefetch", "CSHA256", .product(name: "Collections", package: "swift-collections")]
        ),
        .target(name: "AgoraTrace", dependencies: ["AgoraCore", "CZstd"]),
        // The catalog persists AgoraLLM's `LLMCacheEntry` as it is (table `llm_cache`), so the cache
        // record has one definition; AgoraLLM never imports the catalog.
        .target(
            name: "AgoraStore",
            dependencies: ["AgoraCore", "AgoraLLM", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(name: "AgoraConfig", dependencies: ["AgoraCore", "Yams"]),
        .target(name: "AgoraRecommend", dependencies: ["AgoraCore"]),
        .target(
            name: "AgoraLLM",
            dependencies: ["AgoraCore", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(name: "AgoraAgents", dependencies: ["AgoraCore", "AgoraLLM"]),
        .target(name: "AgoraAnalysis", dependencies: ["AgoraCore", "AgoraTrace"]),
        .target(
            name: "AgoraEngine",
            dependencies: [
                "AgoraCore", "AgoraConfig", "AgoraAgents", "AgoraLLM", "AgoraRecommend", "AgoraAnalysis",
                "AgoraTrace", "AgoraStore", .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "agora",
            dependencies: ["AgoraEngine", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "agora-bench",
            dependencies: ["AgoraEngine", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/AgoraBench"
        ),
        .testTarget(name: "AgoraCoreTests", dependencies: ["AgoraCore", "CSHA256"]),
        .testTarget(name: "AgoraTraceTests", dependencies: ["AgoraTrace"]),
        .testTarget(
            name: "AgoraStoreTests",
            dependencies: ["AgoraStore", "AgoraLLM", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "AgoraConfigTests", dependencies: ["AgoraConfig"]),
        // Behaviour and recommender tests take their default parameters from the config schema, where
        // defaults are written once (`WorldConfig.defaults`, mapped by the engine).
        .testTarget(name: "AgoraRecommendTests", dependencies: ["AgoraRecommend", "AgoraConfig", "AgoraEngine"]),
        .testTarget(name: "AgoraAgentsTests", dependencies: ["AgoraAgents", "AgoraLLM", "AgoraConfig", "AgoraEngine"]),
        .target(name: "AgoraTestSupport", path: "Tests/AgoraTestSupport"),
        .testTarget(name: "AgoraLLMTests", dependencies: ["AgoraLLM", "AgoraTestSupport"]),
        .testTarget(name: "AgoraAnalysisTests", dependencies: ["AgoraAnalysis"]),
        .testTarget(
            name: "AgoraEngineTests",
            dependencies: ["AgoraEngine", "AgoraAnalysis", "AgoraLLM", "AgoraStore", "AgoraTrace", "AgoraTestSupport"]
        ),
        .testTarget(name: "agoraTests", dependencies: ["agora"]),
    ],
    swiftLanguageModes: [.v6]
)

// Release builds of the simulation's own modules skip the runtime exclusivity checks
// (`swift_beginAccess` on every class-property access): they cost about 13% of a run's CPU in the
// profiles of docs/performance.md. The compile-time checks stay, and debug builds — the ones the
// tests run — keep the runtime checks, so a real overlapping access still fails `make test`.
let hotTargets: Set<String> = ["AgoraCore", "AgoraTrace", "AgoraRecommend", "AgoraAgents", "AgoraAnalysis", "AgoraEngine"]
for target in package.targets where hotTargets.contains(target.name) {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
    ]
}
