// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for kotacerdas's parsers. Built and run by `Fuzz/run.sh`, never by
// the main package's `swift build`/`swift test`.
//
// Each target is one file, `Targets/<name>/<Name>.swift`, that defines
// `LLVMFuzzerTestOneInput`, plus its name in this list. Its seed corpus lives in
// `Corpus/<name>/`.
let fuzzTargets: [(name: String, dependencies: [Target.Dependency])] = [
    ("json", [.product(name: "KotaCerdasCore", package: "kotacerdas")]),
    ("decoder", [.product(name: "KotaCerdasCore", package: "kotacerdas")]),
    ("config", [.product(name: "KotaCerdasData", package: "kotacerdas")]),
    ("theme", [.product(name: "KotaCerdasUI", package: "kotacerdas")]),
    ("screens", [.product(name: "KotaCerdasUI", package: "kotacerdas")]),
    ("adapters", [.product(name: "KotaCerdasData", package: "kotacerdas")]),
]

let package = Package(
    name: "kotacerdas-fuzz",
    dependencies: [.package(name: "kotacerdas", path: "..")],
    targets: fuzzTargets.map { target in
        .executableTarget(
            name: "fuzz-\(target.name)",
            dependencies: target.dependencies,
            path: "Targets/\(target.name)",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])])
    }
)
