// The pipeline as a library: reads a program, runs the stages the command asks for, reports errors.
import AdderIR
import AdderSema
import AdderSyntax
import AdderVM
import Foundation

/// Which engine runs a program.
public enum Engine: String, Sendable {
    case jit, interp, tiered
}

/// A stage that `adder dump` can print.
public enum Stage: String, Sendable {
    case tokens, ast, ir, bytecode, llvm, asm
}

/// Everything a command can ask of the driver.
public struct DriverOptions: Sendable {
    public var engine: Engine = .jit
    public var optLevel = 2
    public var useCache = true
    public var timePasses = false
    public var debugInfo = false
    /// Target any x86-64 rather than the host CPU.
    public var genericCPU = false
    public var astLocations = false
    public var dumpAfterPass: String?
    public init() {}
}

/// Runs the pipeline for one command; each entry point returns the process exit status.
public struct Driver {
    public var options: DriverOptions
    let timer: PhaseTimer

    public init(options: DriverOptions) {
        self.options = options
        self.timer = PhaseTimer(enabled: options.timePasses)
    }

    public func run(file: String, arguments: [String]) -> Int32 {
        defer { timer.report() }
        do {
            let source = try load(file)
            switch options.engine {
            case .interp:
                let bytecode = try bytecodeModule(source)
                return timer.measure("run") { runInterpreter(bytecode, file: file, arguments: arguments) }
            case .jit, .tiered:
                return runJIT(try irModule(source), source: source, file: file, arguments: arguments)
            }
        } catch let failure as Failure {
            return failure.report()
        } catch {
            return Failure.message("\(error)").report()
        }
    }

    /// `adder -c CODE`: run source text given on the command line (as CPython, its file is
    /// "<string>" and sys.argv[0] is "-c").
    public func run(command: String, arguments: [String]) -> Int32 {
        do {
            let source = SourceFile(path: "<string>", text: command)
            if let error = source.loadError { throw Failure.syntax(error) }
            return runJIT(try irModule(source), source: nil, file: "-c", arguments: arguments)
        } catch let failure as Failure {
            return failure.report()
        } catch {
            return Failure.message("\(error)").report()
        }
    }

    /// `adder` alone: CPython would start its interactive prompt; Adder has none yet.
    public func interactive() -> Int32 {
        Failure.message("the interactive prompt is not supported yet; use `adder run FILE.py` or `adder -c CODE`",
                        status: 2).report()
    }

    public func build(file: String, output: String?, emit: String?) -> Int32 {
        defer { timer.report() }
        do {
            return try buildNative(try load(file), file: file, output: output, emit: emit)
        } catch let failure as Failure {
            return failure.report()
        } catch {
            return Failure.message("\(error)").report()
        }
    }

    public func dump(stage: Stage, file: String) -> Int32 {
        if stage == .tokens { return dumpTokens(file: file) }
        if stage == .ast { return dumpAST(file: file) }
        do {
            let source = try load(file)
            switch stage {
            case .ir:
                let module = try irModule(source, stopAfter: options.dumpAfterPass)
                print(module.printed(), terminator: "")
            case .bytecode:
                let module = try bytecodeModule(source, useCache: false)
                print(module.disassembled(), terminator: "")
            case .llvm, .asm:
                try dumpNative(source, assembly: stage == .asm)
            default:
                return Failure.message("'dump \(stage.rawValue)' is not implemented yet").report()
            }
            return 0
        } catch let failure as Failure {
            return failure.report()
        } catch {
            return Failure.message("\(error)").report()
        }
    }

    /// `adder compile`: check the whole program and write its bytecode cache file.
    public func compile(file: String) -> Int32 {
        do {
            let source = try load(file)
            let module = try bytecodeModule(source, useCache: false)
            writeCache(module, for: source)
            return 0
        } catch let failure as Failure {
            return failure.report()
        } catch {
            return Failure.message("\(error)").report()
        }
    }

    // MARK: - Stages

    func load(_ file: String) throws -> SourceFile {
        do {
            let source = try SourceFile.read(path: file)
            if let error = source.loadError { throw Failure.syntax(error) }
            return source
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.message("can't open file '\(file)': \(error.localizedDescription)", status: 2)
        }
    }

    /// Parse, check, analyze scopes, lower, and run the IR passes.
    func irModule(_ source: SourceFile, stopAfter: String? = nil) throws -> IRModule {
        let (tree, scopes) = try checkedTree(source)
        let imported = try importedModules(of: tree, source: source)
        let module: IRModule = try timer.measure("lowering") {
            let module = try lowered(source) { try Lowering.lower(tree, scopes: scopes, filename: source.displayPath) }
            module.externalImports = ImportCollector.names(in: tree.body).filter { !Self.runtimeModules.contains($0) }
            for unit in imported {
                _ = try lowered(unit.source) { () -> IRModule in
                    try Lowering.lowerUnit(into: module, name: unit.name, unit.tree, scopes: unit.scopes,
                                           filename: unit.source.displayPath)
                    return module
                }
            }
            return module
        }
        let pipeline = Pipeline()
        if let pass = stopAfter, !pipeline.passNames.contains(pass) {
            throw Failure.message("unknown pass '\(pass)' (passes: \(pipeline.passNames.joined(separator: ", ")))")
        }
        try timer.measure("ir-passes") {
            try pipeline.run(module, stopAfter: stopAfter) { name, seconds in timer.add("  " + name, seconds) }
        }
        return module
    }

    /// Parse a file and run every compile-time check in CPython's order (future imports, nesting,
    /// the symbol table, the compiler's own checks), printing the SyntaxWarnings CPython prints on
    /// the way; returns the tree and its scopes.
    func checkedTree(_ source: SourceFile) throws -> (Module, ScopeTable) {
        var warnings: [SyntaxWarning] = []
        defer { for warning in warnings { FileHandle.standardError.write(Data(warning.formatted(source).utf8)) } }
        let parsed: Module
        do {
            parsed = try timer.measure("parse") { try parseModule(source, warnings: &warnings) }
        } catch let error as SyntaxError {
            throw Failure.syntax(error)
        }
        let tree = withLargeStack { mangledPrivateNames(parsed) }
        var scopes: ScopeTable?
        let checked = checkCompile(tree, source: source) { () -> SyntaxError? in
            do {
                scopes = try ScopeTable.analyze(tree)
                return nil
            } catch let error as ScopeError {
                return syntaxError(error.message, error.range, source)
            } catch {
                return SyntaxError(kind: .syntaxError, message: "\(error)", filename: source.displayPath, lineno: 1,
                                   offset: 1, text: nil, endLineno: 1, endOffset: 1)
            }
        }
        warnings += checked.warnings
        if let error = checked.error { throw Failure.syntax(error) }
        guard let table = scopes else { throw Failure.message("internal error: no scope analysis for \(source.displayPath)") }
        return (tree, table)
    }

    /// Lower with `lower` on a large stack (deeply nested programs recurse deeply), reporting
    /// errors against `source`.
    private func lowered(_ source: SourceFile, _ lower: @escaping () throws -> IRModule) throws -> IRModule {
        let result = withLargeStack { Result { try lower() } }
        do {
            return try result.get()
        } catch let error as LoweringError {
            if error.isSyntaxError { throw Failure.syntax(syntaxError(error.message, error.range, source)) }
            throw Failure.unsupported(error.message, error.range, source)
        }
    }

    /// The program's bytecode, from the cache file when it is valid for this source.
    func bytecodeModule(_ source: SourceFile, useCache: Bool? = nil) throws -> BytecodeModule {
        let cached = useCache ?? options.useCache
        if cached, let module = readCache(for: source) { return module }
        let ir = try irModule(source)
        let module = timer.measure("bytecode") { BytecodeModule(ir) }
        // A program that imports other files is not cached (the cache key is its own source); an
        // unusable cache file of such a program is removed rather than read and rejected every run.
        if cached && ir.externalImports.isEmpty {
            writeCache(module, for: source)
        } else if cached {
            try? FileManager.default.removeItem(at: cachePath(for: source))
        }
        return module
    }

    private func syntaxError(_ message: String, _ range: SourceRange, _ source: SourceFile) -> SyntaxError {
        let line = Int(range.lineno)
        let text = line >= 1 && line <= source.lineCount ? source.lineText(line) : nil
        return SyntaxError(kind: .syntaxError, message: message, filename: source.displayPath, lineno: line,
                           offset: Int(range.colOffset) + 1, text: text, endLineno: Int(range.endLineno),
                           endOffset: Int(range.endColOffset) + 1)
    }
}

/// Why a command stopped, and how to tell the user.
enum Failure: Error {
    /// A SyntaxError, printed as CPython prints it (status 1).
    case syntax(SyntaxError)
    /// A construct Adder does not support yet (status 2).
    case unsupported(String, SourceRange, SourceFile)
    case message(String, status: Int32 = 2)

    static func message(_ text: String) -> Failure { .message(text, status: 2) }

    func report() -> Int32 {
        switch self {
        case .syntax(let error):
            writeStandardError(error.formatted())
            return 1
        case .unsupported(let message, let range, let source):
            let line = Int(range.lineno)
            var text = "  File \"\(source.displayPath)\", line \(line)\n"
            if line >= 1 && line <= source.lineCount {
                text += "    " + source.lineText(line).trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
            }
            text += "adder: error: \(message) (line \(line))\n"
            writeStandardError(text)
            return 2
        case .message(let text, let status):
            writeStandardError("adder: \(text)\n")
            return status
        }
    }
}

func writeStandardError(_ text: String) {
    FileHandle.standardError.write(text.data(using: .utf8)!)
}

/// Times the phases of a command for `--time-passes`.
final class PhaseTimer {
    let enabled: Bool
    private var phases: [(String, Double)] = []

    init(enabled: Bool) { self.enabled = enabled }

    func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        guard enabled else { return try body() }
        let start = DispatchTime.now().uptimeNanoseconds
        defer { add(name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9) }
        return try body()
    }

    func add(_ name: String, _ seconds: Double) {
        if enabled { phases.append((name, seconds)) }
    }

    func report() {
        guard enabled else { return }
        var text = "phase                  seconds\n"
        for (name, seconds) in phases {
            text += name.padding(toLength: 22, withPad: " ", startingAt: 0) + String(format: " %8.4f\n", seconds)
        }
        writeStandardError(text)
    }
}
