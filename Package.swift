// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "kotacerdas",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kotacerdas", targets: ["kotacerdas"]),
        // For the fuzz targets in Fuzz/, a package of their own that depends on this one by path.
        .library(name: "KotaCerdasCore", targets: ["KotaCerdasCore"]),
        .library(name: "KotaCerdasUI", targets: ["KotaCerdasUI"]),
        .library(name: "KotaCerdasData", targets: ["KotaCerdasData"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Data and serve: TOML config (toml++ underneath, ~17 s clean build) and the HTTP server.
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
        // The HTTP client: it reads the socket only as fast as the answer is consumed, so a
        // hostile endpoint cannot fill memory (URLSession on Linux buffers without limit).
        .package(url: "https://github.com/swift-server/async-http-client", exact: "1.37.0"),
    ],
    targets: [
        // Domain types, the JSON format v1 and derived metrics. Foundation only.
        .target(name: "KotaCerdasCore"),
        // The UI kit: cell buffer, canvas, display width, sanitiser, glyphs, themes and the
        // ANSI renderer, input events, widgets, the buffer diff and the presenter protocol.
        // Knows nothing of the city, nor of Core.
        .target(
            name: "KotaCerdasKit",
            // A symlink to the top-level themes/ folder; .process follows it, .copy does not.
            resources: [.process("Themes")]
        ),
        // The app: state and pure update, the route table, the key table, screens,
        // words and formats, and the program that runs them. Pure: no terminal.
        .target(name: "KotaCerdasUI", dependencies: ["KotaCerdasKit", "KotaCerdasCore"]),
        // ncursesw as a Swift module: the modulemap plus a shim for what does not import.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The terminal backend: session, presenter, input and the event loop.
        // The only target that imports CNcursesw.
        // Imports the kit only, so a backend can never reach into screens or state.
        .target(name: "KotaCerdasTerminal", dependencies: ["KotaCerdasKit", "CNcursesw"]),
        // Transports (file, HTTP, demo), adapters from each source format to v1, the
        // snapshot store, the disk cache, the config file and the bundled sample cities.
        .target(
            name: "KotaCerdasData",
            dependencies: [
                "KotaCerdasCore",
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            resources: [.process("SampleData")]
        ),
        // `kotacerdas serve`: its own module so only the executable links the HTTP server.
        .target(
            name: "KotaCerdasServer",
            dependencies: ["KotaCerdasData", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        // The executable: argument parsing and wiring, nothing else.
        .executableTarget(
            name: "kotacerdas",
            dependencies: [
                "KotaCerdasCore",
                "KotaCerdasUI",
                "KotaCerdasData",
                "KotaCerdasServer",
                "KotaCerdasTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Performance figures for the notes and BENCHMARKS.md; not part of the test run.
        .executableTarget(
            name: "kotacerdas-benchmarks",
            dependencies: ["KotaCerdasCore", "KotaCerdasUI", "KotaCerdasData"],
            path: "Benchmarks/KotaCerdasBenchmarks"
        ),
        .testTarget(name: "KotaCerdasCoreTests", dependencies: ["KotaCerdasCore"]),
        .testTarget(
            name: "KotaCerdasUITests",
            dependencies: ["KotaCerdasUI", "KotaCerdasCore", "KotaCerdasData"],
            // Golden screens are read by the tests through #filePath, not bundled.
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "KotaCerdasTerminalTests",
            dependencies: ["KotaCerdasTerminal", "KotaCerdasUI", "CNcursesw"]
        ),
        .testTarget(
            name: "KotaCerdasDataTests",
            dependencies: [
                "KotaCerdasData",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ],
            // Broker payloads, CKAN answers and spreadsheets, read through #filePath like the golden screens.
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "KotaCerdasServerTests", dependencies: ["KotaCerdasServer", "KotaCerdasData"]),
        // Drives the real `kotacerdas` binary in tmux; built by `swift test` with everything else.
        // FlyingFox serves the CKAN portal the binary reads (ScriptedServer, CKANPortal).
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
    ]
)
