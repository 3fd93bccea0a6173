// swift-tools-version: 6.1
import PackageDescription

// Dependencies (all available on the build machines, resolved from their local mirrors):
// - swift-argument-parser: the `pixc` command line (subcommands as types, help, exit codes).
// - swift-crypto: SHA-256 (Release's SHA256Hex) for the manifest digests, attachment names and
//   content-derived variant ids.
// - hummingbird: the HTTP server of the `Server` module (`pixc preview --serve`), on loopback only;
//   without its default traits, so swift-configuration is not built.
// libyaml comes from the system (apt `libyaml-dev`) through the CYAML system-library target, and
// zlib (apt `zlib1g-dev`) through CZlib: `gzread` streams `.csv.gz` answer logs.
let package = Package(
    name: "pixc",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "pixc", targets: ["pixc"]),
        // The fuzz targets' entry points, for the libFuzzer build of Fuzz/ (Scripts/fuzz).
        .library(name: "PixcFuzzing", targets: ["Fuzzing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-log", from: "1.14.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .target(name: "JSON"),
        .target(name: "Localization"),
        .target(name: "Vocabulary", dependencies: ["Localization"]),
        .target(name: "Diagnostics", dependencies: ["JSON", "Localization"]),
        .target(name: "CalibrationFiles", dependencies: ["CZlib", "Diagnostics", "Localization"]),
        .target(name: "YAML", dependencies: ["CYAML", "Diagnostics", "Localization"]),
        .target(name: "Model", dependencies: ["YAML", "Diagnostics", "Vocabulary", "Localization"]),
        .target(name: "Schemas", dependencies: ["Model", "JSON"]),
        .target(name: "Grading", dependencies: ["JSON", "Vocabulary", "Localization"]),
        .target(name: "Expressions", dependencies: ["YAML", "Diagnostics", "Vocabulary", "Localization"]),
        .target(name: "Variants", dependencies: ["Expressions", "Model", "YAML", "Diagnostics", "Vocabulary", "Localization"]),
        .target(name: "Authoring", dependencies: ["Model", "Variants", "YAML", "Diagnostics", "Vocabulary"]),
        .target(name: "Release", dependencies: ["JSON", "Vocabulary", "Localization", .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "Compiler", dependencies: [
            "Model", "Variants", "Expressions", "Grading", "Release", "Diagnostics", "YAML", "JSON", "Vocabulary", "CalibrationFiles", "Localization",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "Engine", dependencies: ["JSON", "Vocabulary"]),
        .target(name: "Simulation", dependencies: ["Engine", "Release", "Grading", "YAML", "Diagnostics", "Vocabulary", "JSON", "CalibrationFiles", "Localization"]),
        .target(name: "Preview", dependencies: ["Compiler", "Model", "Grading", "Variants", "Release", "Diagnostics", "Vocabulary", "Localization"]),
        .target(name: "Server", dependencies: [
            "Preview", "Compiler", "Grading", "Release", "Diagnostics", "Localization", "JSON",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "PixcCommands", dependencies: [
            "Compiler", "Model", "Grading", "Variants", "Release", "Engine", "Simulation", "Preview", "Server",
            "Diagnostics", "Vocabulary", "YAML", "CalibrationFiles", "Localization", "Schemas", "Authoring", "Expressions",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "pixc", dependencies: ["PixcCommands"]),
        .target(name: "Fuzzing", dependencies: ["Compiler", "CalibrationFiles", "Model", "Grading", "Variants", "Expressions", "JSON", "Vocabulary", "Release", "Engine", "Diagnostics", "YAML"]),

        .testTarget(name: "LocalizationTests", dependencies: ["Localization"]),
        .testTarget(name: "SchemasTests", dependencies: ["Schemas", "Model", "JSON"]),
        .testTarget(name: "JSONTests", dependencies: ["JSON", "Vocabulary"]),
        .testTarget(name: "VocabularyTests", dependencies: ["Vocabulary", "Localization"]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics", "JSON", "Localization"]),
        .testTarget(name: "YAMLTests", dependencies: ["YAML", "Diagnostics"]),
        .testTarget(name: "ModelTests", dependencies: ["Model", "YAML", "Diagnostics", "Vocabulary", "Localization"], exclude: ["Fixtures"]),
        .testTarget(name: "GradingTests", dependencies: ["Grading", "Vocabulary", "Localization"]),
        .testTarget(name: "ExpressionsTests", dependencies: ["Expressions", "Vocabulary"]),
        .testTarget(name: "VariantsTests", dependencies: ["Variants", "Expressions", "Model", "Diagnostics", "Vocabulary", "Localization"]),
        .testTarget(name: "ReleaseTests", dependencies: ["Release", "JSON", "Vocabulary", "Localization"]),
        .testTarget(name: "CompilerTests", dependencies: ["Compiler", "CalibrationFiles", "Model", "Diagnostics", "YAML", "Release", "Grading", "Variants", "JSON", "Vocabulary"]),
        .testTarget(name: "EngineTests", dependencies: ["Engine", "JSON", "Vocabulary"]),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation", "Engine", "Release", "Grading", "Vocabulary", "JSON", "CalibrationFiles", "Diagnostics", "Localization"]),
        .testTarget(name: "CalibrationFilesTests", dependencies: ["CalibrationFiles", "Diagnostics", "CZlib"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "Compiler", "Grading", "Model", "Vocabulary"], exclude: ["Fixtures"]),
        .testTarget(name: "ServerTests", dependencies: ["Server", "Preview", "Compiler", "Grading", "Release"]),
        .testTarget(name: "PixcTests", dependencies: ["PixcCommands", "pixc", "Diagnostics", "Preview", "Localization"]),
        .testTarget(name: "FuzzingTests", dependencies: ["Fuzzing"]),
    ],
    swiftLanguageModes: [.v6]
)
