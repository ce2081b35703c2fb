// The `adder` command line: argument parsing only. Every command is carried out by AdderDriver.
import AdderDriver
import ArgumentParser
import Foundation

@main
enum AdderMain {
    /// `adder -c CODE [ARGS]` is handled before the subcommands, as python3 -c is: everything after
    /// the code belongs to the program.
    static func main() {
        let arguments = CommandLine.arguments
        if arguments.count >= 2 && arguments[1] == "-c" {
            guard arguments.count >= 3 else {
                FileHandle.standardError.write("adder: argument expected for the -c option\n".data(using: .utf8)!)
                exit(2)
            }
            exit(Driver(options: DriverOptions()).run(command: arguments[2], arguments: Array(arguments.dropFirst(3))))
        }
        Adder.main()
    }
}

struct Adder: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adder",
        abstract: "A Python 3 implementation: interpreted, JIT-compiled, or compiled to native code.",
        discussion: "adder -c CODE [ARGS...] runs a one-line program.",
        subcommands: [Run.self, Build.self, Dump.self, Compile.self, SyntaxTest.self]
    )

    func run() throws {
        // No subcommand: CPython would start its interactive prompt, which Adder does not have yet.
        throw ExitCode(Driver(options: DriverOptions()).interactive())
    }
}

/// Options every command that compiles a program shares.
struct CompileOptions: ParsableArguments {
    @Option(name: .customShort("O", allowingJoined: true), help: "LLVM optimization level 0-3 (-O0 … -O3).")
    var optLevel: Int = 2

    @Flag(name: .customLong("no-cache"), help: "Neither read nor write the bytecode cache.")
    var noCache = false

    @Flag(name: .customLong("time-passes"), help: "Print the time each phase takes.")
    var timePasses = false

    @Flag(name: .customShort("g"), help: "Emit debug line information.")
    var debugInfo = false

    @Flag(name: .customLong("generic-cpu"),
          help: "Generate code for any x86-64 instead of this machine's CPU (portable executables; valgrind).")
    var genericCPU = false

    var driverOptions: DriverOptions {
        var options = DriverOptions()
        options.optLevel = max(0, min(3, optLevel))
        options.useCache = !noCache
        options.timePasses = timePasses
        options.debugInfo = debugInfo
        options.genericCPU = genericCPU
        return options
    }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run a program.")

    @Option(help: "The engine: jit, interp or tiered.")
    var engine: String = "jit"

    @OptionGroup var options: CompileOptions

    @Argument(help: "The program.")
    var file: String

    @Argument(parsing: .captureForPassthrough, help: "Arguments for the program (sys.argv[1:]).")
    var arguments: [String] = []

    func run() throws {
        var driverOptions = options.driverOptions
        guard let chosen = Engine(rawValue: engine) else {
            throw ValidationError("unknown engine '\(engine)' (expected jit, interp or tiered)")
        }
        driverOptions.engine = chosen
        throw ExitCode(Driver(options: driverOptions).run(file: file, arguments: arguments))
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build a native executable.")

    @OptionGroup var options: CompileOptions

    @Option(name: .shortAndLong, help: "The output file.")
    var output: String?

    @Option(help: "Write an intermediate instead: obj, asm or llvm.")
    var emit: String?

    @Argument(help: "The program.")
    var file: String

    func run() throws {
        throw ExitCode(Driver(options: options.driverOptions).build(file: file, output: output, emit: emit))
    }
}

struct Dump: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a stage of the pipeline: tokens, ast, ir, bytecode, llvm or asm.")

    @Argument(help: "tokens | ast | ir | bytecode | llvm | asm")
    var stage: String

    @Argument(help: "The program.")
    var file: String

    @Flag(help: "With `ast`: include positions, as ast.dump(include_attributes=True).")
    var locations = false

    @Option(help: "With `ir`: show the IR after this pass.")
    var after: String?

    @OptionGroup var options: CompileOptions

    func run() throws {
        guard let chosen = Stage(rawValue: stage) else {
            throw ValidationError("unknown stage '\(stage)' (expected tokens, ast, ir, bytecode, llvm or asm)")
        }
        var driverOptions = options.driverOptions
        driverOptions.astLocations = locations
        driverOptions.dumpAfterPass = after
        throw ExitCode(Driver(options: driverOptions).dump(stage: chosen, file: file))
    }
}

struct Compile: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a program and write its bytecode cache file.")

    @OptionGroup var options: CompileOptions

    @Argument(help: "The program.")
    var file: String

    func run() throws {
        throw ExitCode(Driver(options: options.driverOptions).compile(file: file))
    }
}

/// Hidden: the front end over many files in one process, for the parity, fuzz and benchmark tools.
struct SyntaxTest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "syntax-test", abstract: "Front-end testing aid (ast | check | bench).", shouldDisplay: false)

    @Argument(help: "ast | check | bench")
    var mode: String

    @Flag(help: "With `ast`: include positions.")
    var locations = false

    @Argument(help: "Source files.")
    var files: [String] = []

    func run() throws {
        throw ExitCode(Driver(options: DriverOptions()).syntaxTest(mode: mode, files: files, locations: locations))
    }
}
