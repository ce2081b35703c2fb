// The pipeline as a library: reads a program, runs the stages the command asks for, reports errors.
import AdderSyntax
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
    public var astLocations = false
    public var dumpAfterPass: String?
    public init() {}
}

/// Runs the pipeline for one command; each entry point returns the process exit status.
public struct Driver {
    public var options: DriverOptions

    public init(options: DriverOptions) {
        self.options = options
    }

    public func run(file: String, arguments: [String]) -> Int32 {
        return unsupported("run")
    }

    public func build(file: String, output: String?, emit: String?) -> Int32 {
        return unsupported("build")
    }

    public func dump(stage: Stage, file: String) -> Int32 {
        return unsupported("dump \(stage.rawValue)")
    }

    public func compile(file: String) -> Int32 {
        return unsupported("compile")
    }

    private func unsupported(_ what: String) -> Int32 {
        FileHandle.standardError.write("adder: '\(what)' is not implemented yet\n".data(using: .utf8)!)
        return 2
    }
}
