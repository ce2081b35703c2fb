// Running a program in ORC's LLJIT. The runtime is linked into the `adder` executable, whose
// symbols the JIT finds through a process search generator (the executable is linked with
// --export-dynamic). The program's pools live in uncollectable memory that the driver allocates
// before code generation, because the collector does not scan the JIT's memory.

import AdderIR
import AdderRuntime
import CLLVM
import Dispatch

/// A program compiled in the JIT, ready to run.
public final class JITProgram {
    private let jit: LLVMOrcLLJITRef
    public let pools: JITPools
    private var initAddress: UInt64 = 0
    private var codeAddress: UInt64 = 0
    /// The optimized module's text, for `dump llvm` (when asked for before running).
    public private(set) var llvmText: String?

    /// Compile `ir` for the JIT. The runtime must be initialized (the pools are its memory).
    public init(_ ir: IRModule, options: BackendOptions, keepText: Bool = false,
                timings: ((String, Double) -> Void)? = nil) throws {
        _ = initializeNativeTarget
        let sizes = PoolSizes(ir)
        func pool(_ n: Int) -> UInt { UInt(bitPattern: ad_alloc_uncollectable(max(1, n) * 8)) }
        pools = JITPools(constants: pool(sizes.constants), names: pool(sizes.names), globals: pool(sizes.globals),
                         globalNames: pool(sizes.globals), params: pool(sizes.params))
        let compiled = try CompiledModule(ir, mode: .jit(pools), options: options, timings: timings)
        if keepText { llvmText = compiled.text }

        var jit: LLVMOrcLLJITRef?
        try check(LLVMOrcCreateLLJIT(&jit, LLVMOrcCreateLLJITBuilder()), "creating the JIT")
        self.jit = jit!
        let prefix = LLVMOrcLLJITGetGlobalPrefix(jit)
        var generator: LLVMOrcDefinitionGeneratorRef?
        try check(LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(&generator, prefix, nil, nil),
                  "searching the process for runtime symbols")
        LLVMOrcJITDylibAddGenerator(LLVMOrcLLJITGetMainJITDylib(jit), generator)
        try check(LLVMOrcLLJITAddLLVMIRModule(jit, LLVMOrcLLJITGetMainJITDylib(jit), compiled.takeThreadSafeModule()),
                  "adding the program to the JIT")
        // LLJIT generates machine code when a symbol is first looked up.
        let start = DispatchTime.now().uptimeNanoseconds
        try check(LLVMOrcLLJITLookup(jit, &initAddress, "adder_init"), "linking the program")
        try check(LLVMOrcLLJITLookup(jit, &codeAddress, "adder_code0"), "linking the program")
        timings?("jit-codegen", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    deinit {
        _ = LLVMOrcDisposeLLJIT(jit)
    }

    /// The module's global variables (for tests and tools that inspect a program after it ran).
    public var globals: UnsafeMutablePointer<AdValue> {
        UnsafeMutablePointer<AdValue>(bitPattern: pools.globals)!
    }

    /// Run the module body on the current thread; returns the exit status.
    public func run() -> Int32 {
        typealias Init = @convention(c) () -> Int32
        let initFn = unsafeBitCast(UInt(initAddress), to: Init.self)
        let code = UnsafeMutablePointer<AdCode>(bitPattern: UInt(codeAddress))
        return ad_run_compiled(initFn, code)
    }
}
