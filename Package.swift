// swift-tools-version:6.0
// Adder: a Python 3 implementation — one front end, one IR, three engines (interpreter, JIT, AOT).
// Each stage is one target that depends only on the stages before it (see ../shared/DESIGN.md).
import PackageDescription

/// LLVM 19's C headers include `llvm/Config/llvm-config.h`, so the include root must be on the path.
let llvmInclude: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-I/usr/lib/llvm-19/include"])]

/// The JIT resolves the runtime's symbols in the running process, so executables that JIT (adder and
/// the test binary) export their symbols dynamically.
let exportSymbols: [LinkerSetting] = [.unsafeFlags(["-Xlinker", "--export-dynamic"])]

/// The interpreter loop and the runtime glue are written against unsafe pointers; in release builds
/// they are compiled without exclusivity or overflow traps (the bytecode verifier runs at load).
let hotLoop: [SwiftSetting] = [
    .unsafeFlags(["-Ounchecked", "-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]

let package = Package(
    name: "Adder",
    products: [
        .executable(name: "adder", targets: ["adder"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(
            name: "AdderRuntime",
            path: "Runtime",
            sources: ["src"],
            publicHeadersPath: "include",
            cSettings: [
                .unsafeFlags(["-std=gnu11", "-O2", "-fno-strict-aliasing", "-Wno-unused-parameter"]),
                .define("GC_THREADS"),
            ],
            linkerSettings: [.linkedLibrary("gc"), .linkedLibrary("gmp"), .linkedLibrary("m"), .linkedLibrary("utf8proc"),
                             .linkedLibrary("pthread"), .linkedLibrary("pcre2-8"), .linkedLibrary("pcre2-32")]
        ),
        .systemLibrary(name: "CLLVM", path: "Sources/CLLVM"),
        .target(name: "AdderSyntax"),
        .target(name: "AdderSema", dependencies: ["AdderSyntax"]),
        .target(name: "AdderIR", dependencies: ["AdderSyntax", "AdderSema"]),
        .target(name: "AdderVM", dependencies: ["AdderIR", "AdderRuntime"], swiftSettings: hotLoop),
        .target(name: "AdderLLVM", dependencies: ["AdderIR", "AdderRuntime", "CLLVM"],
                swiftSettings: llvmInclude),
        .target(name: "AdderDriver",
                dependencies: ["AdderSyntax", "AdderSema", "AdderIR", "AdderVM", "AdderLLVM"],
                swiftSettings: llvmInclude),
        .executableTarget(
            name: "adder",
            dependencies: ["AdderDriver", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: llvmInclude,
            linkerSettings: exportSymbols
        ),
        .testTarget(name: "AdderSyntaxTests", dependencies: ["AdderSyntax"]),
        .testTarget(name: "AdderSemaTests", dependencies: ["AdderSema"]),
        .testTarget(name: "AdderIRTests", dependencies: ["AdderIR", "AdderSyntax", "AdderSema"]),
        .testTarget(name: "AdderVMTests", dependencies: ["AdderVM", "AdderDriver"], swiftSettings: llvmInclude),
        .testTarget(name: "AdderLLVMTests", dependencies: ["AdderLLVM", "AdderDriver"], swiftSettings: llvmInclude,
                    linkerSettings: exportSymbols),
        .testTarget(name: "AdderRuntimeTests", dependencies: ["AdderRuntime"]),
    ],
    swiftLanguageModes: [.v5]
)
