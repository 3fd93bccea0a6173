// swift-tools-version: 6.1
import PackageDescription

// Dependencies (all available on the build machines, resolved from their local mirrors):
// - swift-argument-parser: the `pixc` command line (subcommands as types, help, exit codes).
// - swift-crypto: SHA-256 for the manifest digests and content-derived variant ids.
// - hummingbird: the HTTP server of the `Server` module (`pixc preview --serve`), on loopback only;
//   without its default traits, so swift-configuration is not built.
// libyaml comes from the system (apt `libyaml-dev`) through the CYAML system-library target.
let package = Package(
    name: "pixc",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "pixc", targets: ["pixc"]),
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
        .target(name: "Diagnostics"),
        .target(name: "YAML", dependencies: ["CYAML", "Diagnostics"]),
        .target(name: "Model", dependencies: ["YAML", "Diagnostics"]),
        .target(name: "Grading"),
        .target(name: "Variants", dependencies: ["Model", "YAML", "Diagnostics"]),
        .target(name: "Release", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "Compiler", dependencies: [
            "Model", "Variants", "Grading", "Release", "Diagnostics", "YAML",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "Engine"),
        .target(name: "Simulation", dependencies: ["Engine", "Release", "Grading", "YAML", "Diagnostics"]),
        .target(name: "Preview", dependencies: ["Compiler", "Model", "Grading", "Variants", "Diagnostics"]),
        .target(name: "Server", dependencies: [
            "Preview", "Compiler", "Grading",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "PixcCommands", dependencies: [
            "Compiler", "Model", "Grading", "Variants", "Release", "Engine", "Simulation", "Preview", "Server",
            "Diagnostics", "YAML",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "pixc", dependencies: ["PixcCommands"]),

        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "YAMLTests", dependencies: ["YAML", "Diagnostics"]),
        .testTarget(name: "ModelTests", dependencies: ["Model", "YAML", "Diagnostics"]),
        .testTarget(name: "GradingTests", dependencies: ["Grading"]),
        .testTarget(name: "VariantsTests", dependencies: ["Variants", "Model", "Diagnostics"]),
        .testTarget(name: "ReleaseTests", dependencies: ["Release"]),
        .testTarget(name: "CompilerTests", dependencies: ["Compiler", "Model", "Diagnostics", "YAML", "Release", "Grading", "Variants"]),
        .testTarget(name: "EngineTests", dependencies: ["Engine"]),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation", "Engine", "Release", "Grading"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "Compiler", "Grading", "Model"], exclude: ["Fixtures"]),
        .testTarget(name: "ServerTests", dependencies: ["Server", "Preview", "Compiler", "Grading"]),
        .testTarget(name: "PixcTests", dependencies: ["PixcCommands", "pixc", "Diagnostics", "Preview"]),
    ],
    swiftLanguageModes: [.v6]
)
