// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "kotacerdas",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kotacerdas", targets: ["kotacerdas"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Domain types, the JSON format v1 and derived metrics. Foundation only.
        .target(
            name: "KotaCerdasCore",
            resources: [.process("SampleData")]
        ),
        // Pure rendering: cell buffer, widgets, screens, state and update.
        .target(
            name: "KotaCerdasUI",
            dependencies: ["KotaCerdasCore"],
            // A symlink to the top-level themes/ folder; .process follows it, .copy does not.
            resources: [.process("Themes")]
        ),
        // ncursesw as a Swift module: the modulemap plus a shim for what does not import.
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The terminal backend: session, presenter, input and the event loop.
        // The only target that imports CNcursesw.
        .target(name: "KotaCerdasTerminal", dependencies: ["KotaCerdasUI", "CNcursesw"]),
        // The executable: argument parsing and wiring, nothing else.
        .executableTarget(
            name: "kotacerdas",
            dependencies: [
                "KotaCerdasCore",
                "KotaCerdasUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "KotaCerdasCoreTests", dependencies: ["KotaCerdasCore"]),
        .testTarget(
            name: "KotaCerdasUITests",
            dependencies: ["KotaCerdasUI", "KotaCerdasCore"],
            // Golden screens are read by the tests through #filePath, not bundled.
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "KotaCerdasTerminalTests",
            dependencies: ["KotaCerdasTerminal", "KotaCerdasUI", "CNcursesw"]
        ),
    ]
)
