// Running a program in ORC's LLJIT. The program is compiled to an object file (or taken from the
// driver's cache) and linked in the JIT; the runtime is linked into the `adder` executable, whose
// symbols the JIT finds through a process search generator (the executable is linked with
// --export-dynamic). The collector does not scan the JIT's memory, so the program's pools are
// registered as roots once they are linked.

import AdderIR
import AdderRuntime
import CLLVM
import Dispatch

/// Where the JIT keeps the object file of a program between runs (the driver's cache, keyed by
/// everything the object depends on).
public struct JITObjectCache {
    /// The object file compiled for this program before, if any.
    public var load: () -> [UInt8]?
    /// Keep an object file for the next run.
    public var store: ([UInt8]) -> Void

    public init(load: @escaping () -> [UInt8]?, store: @escaping ([UInt8]) -> Void) {
        self.load = load
        self.store = store
    }
}

/// A program compiled in the JIT, ready to run.
public final class JITProgram {
    private let jit: LLVMOrcLLJITRef
    private var initAddress: UInt64 = 0
    private var codeAddress: UInt64 = 0
    private var globalsAddress: UInt64 = 0
    /// The optimized module's text, for `dump llvm` (when asked for before running).
    public private(set) var llvmText: String?

    /// Compile `ir` for the JIT (or take its object file from `cache`), link it and make its pools
    /// roots of the collector, which must be running.
    public init(_ ir: IRModule, options: BackendOptions, keepText: Bool = false, cache: JITObjectCache? = nil,
                timings: ((String, Double) -> Void)? = nil) throws {
        _ = initializeNativeTarget
        let object: [UInt8]
        if !keepText, let cached = cache?.load() {
            object = cached
        } else {
            let compiled = try CompiledModule(ir, mode: .jit, options: options, timings: timings)
            if keepText { llvmText = compiled.text }
            let start = DispatchTime.now().uptimeNanoseconds
            object = try compiled.emit(assembly: false)
            timings?("llvm-emit", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            cache?.store(object)
        }

        var jit: LLVMOrcLLJITRef?
        try check(LLVMOrcCreateLLJIT(&jit, LLVMOrcCreateLLJITBuilder()), "creating the JIT")
        self.jit = jit!
        let prefix = LLVMOrcLLJITGetGlobalPrefix(jit)
        var generator: LLVMOrcDefinitionGeneratorRef?
        try check(LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(&generator, prefix, nil, nil),
                  "searching the process for runtime symbols")
        LLVMOrcJITDylibAddGenerator(LLVMOrcLLJITGetMainJITDylib(jit), generator)
        let buffer = object.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) {
                LLVMCreateMemoryBufferWithMemoryRangeCopy($0.baseAddress, $0.count, "adder-program")!
            }
        }
        try check(LLVMOrcLLJITAddObjectFile(jit, LLVMOrcLLJITGetMainJITDylib(jit), buffer),
                  "adding the program to the JIT")
        // The JIT links the object when a symbol is first looked up.
        let start = DispatchTime.now().uptimeNanoseconds
        try check(LLVMOrcLLJITLookup(jit, &initAddress, "adder_init"), "linking the program")
        try check(LLVMOrcLLJITLookup(jit, &codeAddress, "adder_code0"), "linking the program")
        let sizes = PoolSizes(ir)
        for pool in CodegenMode.poolNames {
            var address: UInt64 = 0
            try check(LLVMOrcLLJITLookup(jit, &address, CodegenMode.poolSymbol(pool)), "linking the program")
            ad_gc_add_roots(UnsafeMutableRawPointer(bitPattern: UInt(address)), max(1, sizes.count(of: pool)) * 8)
            if pool == "globals" { globalsAddress = address }
        }
        timings?("jit-link", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    deinit {
        _ = LLVMOrcDisposeLLJIT(jit)
    }

    /// The module's global variables (for tests and tools that inspect a program after it ran).
    public var globals: UnsafeMutablePointer<AdValue> {
        UnsafeMutablePointer<AdValue>(bitPattern: UInt(globalsAddress))!
    }

    /// Run the module body on the current thread; returns the exit status.
    public func run() -> Int32 {
        typealias Init = @convention(c) () -> Int32
        let initFn = unsafeBitCast(UInt(initAddress), to: Init.self)
        let code = UnsafeMutablePointer<AdCode>(bitPattern: UInt(codeAddress))
        return ad_run_compiled(initFn, code)
    }
}
