// swift-tools-version: 6.0
import PackageDescription

// Dependencies (all available on the build machines, resolved from their local mirrors):
// - swift-argument-parser: the `pixc` command line (subcommands as types, help, exit codes).
// - swift-crypto: SHA-256 for the manifest digests and content-derived variant ids.
// libyaml comes from the system (apt `libyaml-dev`) through the CYAML system-library target, and
// zlib (apt `zlib1g-dev`) through CZlib: `gzread` streams `.csv.gz` answer logs.
let package = Package(
    name: "pixc",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "pixc", targets: ["pixc"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
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
        .target(name: "Diagnostics"),
        .target(name: "CalibrationFiles", dependencies: ["CZlib", "Diagnostics"]),
        .target(name: "YAML", dependencies: ["CYAML", "Diagnostics"]),
        .target(name: "Model", dependencies: ["YAML", "Diagnostics"]),
        .target(name: "Grading"),
        .target(name: "Variants", dependencies: ["Model", "YAML", "Diagnostics"]),
        .target(name: "Release", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "Compiler", dependencies: [
            "Model", "Variants", "Grading", "Release", "Diagnostics", "YAML", "CalibrationFiles",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "Engine"),
        .target(name: "Simulation", dependencies: ["Engine", "Release", "Grading", "YAML", "Diagnostics", "CalibrationFiles"]),
        .target(name: "PixcCommands", dependencies: [
            "Compiler", "Model", "Grading", "Variants", "Release", "Engine", "Simulation",
            "Diagnostics", "YAML", "CalibrationFiles",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "pixc", dependencies: ["PixcCommands"]),

        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "YAMLTests", dependencies: ["YAML", "Diagnostics"]),
        .testTarget(name: "ModelTests", dependencies: ["Model", "YAML", "Diagnostics"]),
        .testTarget(name: "GradingTests", dependencies: ["Grading"]),
        .testTarget(name: "VariantsTests", dependencies: ["Variants", "Model", "Diagnostics"]),
        .testTarget(name: "ReleaseTests", dependencies: ["Release"]),
        .testTarget(name: "CompilerTests", dependencies: ["Compiler", "CalibrationFiles", "Model", "Diagnostics", "YAML", "Release", "Grading", "Variants"]),
        .testTarget(name: "EngineTests", dependencies: ["Engine"]),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation", "Engine", "Release", "Grading", "CalibrationFiles", "Diagnostics"]),
        .testTarget(name: "CalibrationFilesTests", dependencies: ["CalibrationFiles", "Diagnostics", "CZlib"]),
        .testTarget(name: "PixcTests", dependencies: ["PixcCommands", "pixc", "Diagnostics"]),
    ],
    swiftLanguageModes: [.v6]
)
