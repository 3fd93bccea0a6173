// swift-tools-version: 6.0
import PackageDescription

// pixc's libFuzzer build, kept out of the main package graph: `swift test` never builds it.
// `Scripts/fuzz TARGET SECONDS` builds it with `-sanitize=fuzzer,address` applied to every module,
// so coverage guides the fuzzer through pixc's code and AddressSanitizer checks every access.
let package = Package(
    name: "pixc-fuzz",
    dependencies: [
        .package(name: "pixc", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "PixcFuzz",
            dependencies: [.product(name: "PixcFuzzing", package: "pixc")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
