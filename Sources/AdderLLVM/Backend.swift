// The LLVM backend's entry points: compile an IR module to an optimized LLVM module, print it,
// emit an object file or assembly for it, or run it in the JIT.

import AdderIR
import CLLVM
import Foundation

/// What the backend should produce.
public struct BackendOptions: Sendable {
    /// LLVM's pipeline: default<O0> … default<O3>.
    public var optLevel: Int
    public var debugInfo: Bool
    /// Compile for a generic x86-64 rather than the host CPU (reproducible output, for tests).
    public var genericCPU: Bool
    public init(optLevel: Int = 2, debugInfo: Bool = false, genericCPU: Bool = false) {
        self.optLevel = optLevel
        self.debugInfo = debugInfo
        self.genericCPU = genericCPU
    }
}

/// An optimized LLVM module for a program, ready to be printed, emitted or run.
public final class CompiledModule {
    let context: LLVMContextRef?
    private(set) var module: LLVMModuleRef?
    let machine: LLVMTargetMachineRef

    /// Generate and optimize the LLVM module for `ir`. `timings` receives codegen and optimization times.
    public init(_ ir: IRModule, mode: CodegenMode, options: BackendOptions,
                timings: ((String, Double) -> Void)? = nil) throws {
        _ = initializeNativeTarget
        machine = try hostTargetMachine(optLevel: options.optLevel, generic: options.genericCPU)
        context = LLVMContextCreate()
        let start = DispatchTime.now().uptimeNanoseconds
        let codegen = ModuleCodegen(ir, context: context!, mode: mode, debugInfo: options.debugInfo,
                                    name: URL(fileURLWithPath: ir.filename).lastPathComponent)
        let module = try codegen.generate()
        self.module = module
        let triple = takeMessage(LLVMGetTargetMachineTriple(machine))
        LLVMSetTarget(module, triple)
        let layout = LLVMCreateTargetDataLayout(machine)
        LLVMSetModuleDataLayout(module, layout)
        LLVMDisposeTargetData(layout)
        var message: UnsafeMutablePointer<CChar>?
        if LLVMVerifyModule(module, LLVMReturnStatusAction, &message) != 0 {
            throw BackendError("LLVM module verification failed: \(takeMessage(message))")
        }
        LLVMDisposeMessage(message)
        let generated = DispatchTime.now().uptimeNanoseconds
        timings?("llvm-codegen", Double(generated - start) / 1e9)
        let passOptions = LLVMCreatePassBuilderOptions()
        defer { LLVMDisposePassBuilderOptions(passOptions) }
        try check(LLVMRunPasses(module, "default<O\(options.optLevel)>", machine, passOptions), "optimization")
        timings?("llvm-optimize", Double(DispatchTime.now().uptimeNanoseconds - generated) / 1e9)
    }

    deinit {
        if let module = module { LLVMDisposeModule(module) }
        LLVMContextDispose(context)
        LLVMDisposeTargetMachine(machine)
    }

    /// The module as LLVM IR text.
    public var text: String {
        takeMessage(LLVMPrintModuleToString(module))
    }

    /// Emit an object file (or assembly) into memory.
    public func emit(assembly: Bool) throws -> [UInt8] {
        var buffer: LLVMMemoryBufferRef?
        var message: UnsafeMutablePointer<CChar>?
        if LLVMTargetMachineEmitToMemoryBuffer(machine, module, assembly ? LLVMAssemblyFile : LLVMObjectFile,
                                               &message, &buffer) != 0 {
            throw BackendError("code generation failed: \(takeMessage(message))")
        }
        defer { LLVMDisposeMemoryBuffer(buffer) }
        let start = LLVMGetBufferStart(buffer)!
        let size = LLVMGetBufferSize(buffer)
        return Array(UnsafeRawBufferPointer(start: start, count: size))
    }
}

/// A target machine for the host CPU.
func hostTargetMachine(optLevel: Int, generic: Bool = false) throws -> LLVMTargetMachineRef {
    let triple = takeMessage(LLVMGetDefaultTargetTriple())
    var target: LLVMTargetRef?
    var message: UnsafeMutablePointer<CChar>?
    if LLVMGetTargetFromTriple(triple, &target, &message) != 0 {
        throw BackendError("no target for \(triple): \(takeMessage(message))")
    }
    let cpu = generic ? "x86-64" : takeMessage(LLVMGetHostCPUName())
    let features = generic ? "" : takeMessage(LLVMGetHostCPUFeatures())
    let level: LLVMCodeGenOptLevel = [LLVMCodeGenLevelNone, LLVMCodeGenLevelLess, LLVMCodeGenLevelDefault,
                                      LLVMCodeGenLevelAggressive][max(0, min(3, optLevel))]
    guard let machine = LLVMCreateTargetMachine(target, triple, cpu, features, level, LLVMRelocPIC,
                                                LLVMCodeModelDefault) else {
        throw BackendError("cannot create a target machine for \(triple)")
    }
    return machine
}
