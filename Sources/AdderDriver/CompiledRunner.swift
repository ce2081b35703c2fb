// The LLVM engines: run a program in the JIT, or build a native executable (or its intermediates).
import AdderIR
import AdderLLVM
import AdderSyntax
import Foundation

extension Driver {
    var backendOptions: BackendOptions {
        BackendOptions(optLevel: options.optLevel, debugInfo: options.debugInfo, genericCPU: options.genericCPU)
    }

    /// Run `ir` in the JIT; `source` (the script, not `-c` text) keys the object file cache.
    func runJIT(_ ir: IRModule, source: SourceFile?, file: String, arguments: [String]) -> Int32 {
        startRuntime(file: file, arguments: arguments)
        let cache = source.flatMap { jitObjectCache(for: $0, ir: ir) }
        let status = runOnRuntimeThread {
            let program: JITProgram
            do {
                program = try JITProgram(ir, options: backendOptions, cache: cache) { name, seconds in
                    timer.add(name, seconds)
                }
            } catch {
                writeStandardError("adder: \(error)\n")
                return 2
            }
            return timer.measure("run") { program.run() }
        }
        ad_flush_runtime()
        return status
    }

    /// `adder build`: a native executable, or with `emit` an object file, assembly or LLVM IR.
    func buildNative(_ source: SourceFile, file: String, output: String?, emit: String?) throws -> Int32 {
        let ir = try irModule(source)
        let compiled = try CompiledModule(ir, mode: .native, options: backendOptions) { name, seconds in
            timer.add(name, seconds)
        }
        let stem = URL(fileURLWithPath: file).deletingPathExtension().path
        switch emit {
        case nil:
            let object = try timer.measure("emit-object") { try compiled.emit(assembly: false) }
            try timer.measure("link") { try NativeLinker.link(object: object, output: output ?? stem) }
        case "obj":
            try write(try compiled.emit(assembly: false), to: output ?? stem + ".o")
        case "asm":
            try write(try compiled.emit(assembly: true), to: output ?? stem + ".s")
        case "llvm":
            try write(Array(compiled.text.utf8), to: output ?? stem + ".ll")
        default:
            throw Failure.message("unknown --emit '\(emit!)' (expected obj, asm or llvm)")
        }
        return 0
    }

    /// `dump llvm` / `dump asm`: the optimized module of a native build.
    func dumpNative(_ source: SourceFile, assembly: Bool) throws {
        let ir = try irModule(source)
        let compiled = try CompiledModule(ir, mode: .native, options: backendOptions)
        if assembly {
            print(String(decoding: try compiled.emit(assembly: true), as: UTF8.self), terminator: "")
        } else {
            print(compiled.text, terminator: "")
        }
    }

    private func write(_ bytes: [UInt8], to path: String) throws {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        } catch {
            throw Failure.message("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
