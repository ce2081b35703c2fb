// IR module → LLVM module.
//
// A compiled program is: one LLVM function per IR function with the AdEntryFn signature
// `i64 (ptr fn, ptr params)`; one AdCode struct per function (its name, parameters and entry);
// the pools — constants (then docstrings), names, global names, parameter names and the globals
// themselves — as arrays of AdValue; constant tables that `adder_init` loads into the pools through
// ad_load_constants; and, for native executables, `main`, which hands all this to ad_aot_main.
//
// Where the pools live: they are zero-initialized globals of the module. A native executable's data
// segment is scanned by the collector; the JIT's memory is not, so the JIT registers the pools as
// roots after linking. The generated code holds no address that differs from run to run, so the
// JIT can cache its object files on disk.

import AdderIR
import AdderRuntime
import CLLVM

/// How the program will run.
public enum CodegenMode: Sendable {
    /// In the JIT: the pools are exported, so that the JIT can register them with the collector
    /// (it does not scan the JIT's memory).
    case jit
    /// As a native executable: pools internal to the module (in the data segment, which the
    /// collector scans), and a `main`.
    case native

    /// The pools of a program, by name.
    public static let poolNames = ["constants", "names", "globals", "global_names", "params"]

    /// The symbol of a pool.
    public static func poolSymbol(_ pool: String) -> String { "adder_\(pool)" }
}

/// The sizes of a program's pools (the JIT allocates them before code generation).
public struct PoolSizes: Sendable {
    public var constants: Int
    public var names: Int
    public var globals: Int
    public var params: Int

    public init(_ module: IRModule) {
        constants = module.constants.count + module.functions.filter { $0.docstring != nil }.count
        names = module.names.count
        globals = module.globals.count
        params = module.functions.reduce(0) { $0 + $1.signature.count }
    }

    /// The number of values in a pool (one of CodegenMode.poolNames).
    public func count(of pool: String) -> Int {
        switch pool {
        case "constants": return constants
        case "names": return names
        case "globals", "global_names": return globals
        default: return params
        }
    }
}

/// Builds the LLVM module for a program.
final class ModuleCodegen {
    let ir: IRModule
    let mode: CodegenMode
    let context: LLVMContextRef
    let module: LLVMModuleRef
    let builder: LLVMBuilderRef
    let t: LLVMTypes
    let debug: DebugInfo?

    let codeType: LLVMTypeRef
    private(set) var functions: [LLVMValueRef] = []
    private(set) var codes: [LLVMValueRef] = []
    /// The constant index of each function's docstring (after the module's constants), or -1.
    private(set) var docConstants: [Int] = []
    private var paramOffsets: [Int] = []
    private var declared: [String: (LLVMValueRef, LLVMTypeRef)] = [:]
    private var dataGlobals: [String: LLVMValueRef] = [:]
    private var pools: [String: LLVMValueRef] = [:]

    /// Offsets into runtime structs, from the C declarations themselves.
    let functionClosureOffset = MemoryLayout<AdFunction>.offset(of: \AdFunction.closure)!
    let functionDocOffset = MemoryLayout<AdFunction>.offset(of: \AdFunction.doc)!
    let tupleItemsOffset = MemoryLayout<AdTuple>.size
    let cellValueOffset = MemoryLayout<AdCell>.offset(of: \AdCell.value)!
    let listLengthOffset = MemoryLayout<AdList>.offset(of: \AdList.len)!
    let listItemsOffset = MemoryLayout<AdList>.offset(of: \AdList.items)!
    let functionCodeOffset = MemoryLayout<AdFunction>.offset(of: \AdFunction.code)!
    let floatValueOffset = MemoryLayout<AdFloat>.offset(of: \AdFloat.value)!
    let rangeIterNextOffset = MemoryLayout<AdRangeIter>.offset(of: \AdRangeIter.next)!
    let rangeIterStepOffset = MemoryLayout<AdRangeIter>.offset(of: \AdRangeIter.step)!
    let rangeIterRemainingOffset = MemoryLayout<AdRangeIter>.offset(of: \AdRangeIter.remaining)!
    let listIterSeqOffset = MemoryLayout<AdListIter>.offset(of: \AdListIter.seq)!
    let listIterIndexOffset = MemoryLayout<AdListIter>.offset(of: \AdListIter.index)!

    /// Globals bound once, by a module-level `def` (no decorator), to functions[value]: calls
    /// through them are guessed to reach that function directly (behind a guard).
    private(set) lazy var definedFunctions: [Int32: Int] = findDefinedFunctions()

    init(_ ir: IRModule, context: LLVMContextRef, mode: CodegenMode, debugInfo: Bool, name: String) {
        self.ir = ir
        self.mode = mode
        self.context = context
        self.module = LLVMModuleCreateWithNameInContext(name, context)
        self.builder = LLVMCreateBuilderInContext(context)
        self.t = LLVMTypes(context)
        // AdCode: frame {name, filename}, qualname, six 32-bit fields, param_names, entry, engine_data,
        // frame_size.
        let p = t.ptr, i = t.i32
        codeType = withArray([p, p, p, i, i, i, i, i, i, p, p, p, t.i64]) { LLVMStructTypeInContext(context, $0, $1, 0) }
        precondition(MemoryLayout<AdCode>.size == 80, "AdCode's layout changed: update ModuleCodegen.codeType")
        debug = debugInfo ? DebugInfo(module: module, context: context, filename: ir.filename) : nil
    }

    deinit {
        LLVMDisposeBuilder(builder)
    }

    /// Generate the whole module.
    func generate() throws -> LLVMModuleRef {
        declareFunctions()
        for (i, function) in ir.functions.enumerated() {
            let codegen = FunctionCodegen(module: self, function: function, index: i)
            try codegen.generate()
        }
        generateInit()
        switch mode {
        case .native: generateMain()
        // Every pool exists, so that the JIT finds each one to register it with the collector.
        case .jit: for pool in CodegenMode.poolNames { _ = poolElementAddress(pool, 0) }
        }
        debug?.finalize()
        return module
    }

    // MARK: - Declarations

    /// Whether function `index` is compiled without optimization: module and class bodies run once,
    /// and optimizing them (the bulk of a library module's code) costs far more than it saves,
    /// unless they loop (a script's work often sits in module-level loops). `optnone` functions
    /// skip LLVM's IR passes and get its fast instruction selector.
    private func runsOnceWithoutLoops(_ index: Int) -> Bool {
        let f = ir.functions[index]
        let isBody = index == 0 || ir.units.contains { $0.body == Int32(index) } || f.signature.names == [".namespace"]
        guard isBody else { return false }
        for (b, block) in f.blocks.enumerated() {
            if let targets = block.terminator?.targets, targets.contains(where: { Int($0.block.index) <= b }) { return false }
        }
        return true
    }

    /// The entry function and the AdCode struct of every IR function.
    private func declareFunctions() {
        let entryType = t.function(t.i64, [t.ptr, t.ptr])
        var docIndex = ir.constants.count
        var paramOffset = 0
        for (i, f) in ir.functions.enumerated() {
            let fn = LLVMAddFunction(module, "adder_fn\(i)_\(symbolSafe(f.name))", entryType)!
            LLVMSetLinkage(fn, LLVMInternalLinkage)
            if runsOnceWithoutLoops(i) {
                for name in ["optnone", "noinline"] {
                    let kind = LLVMGetEnumAttributeKindForName(name, name.utf8.count)
                    LLVMAddAttributeAtIndex(fn, LLVMAttributeIndex(bitPattern: -1), LLVMCreateEnumAttribute(context, kind, 0))
                }
            }
            functions.append(fn)
            if f.docstring != nil {
                docConstants.append(docIndex)
                docIndex += 1
            } else {
                docConstants.append(-1)
            }
            paramOffsets.append(paramOffset)
            paramOffset += f.signature.count
        }
        for (i, f) in ir.functions.enumerated() {
            let global = LLVMAddGlobal(module, codeType, "adder_code\(i)")!
            // The module body's AdCode is what the JIT looks up; the others stay internal.
            if i > 0 { LLVMSetLinkage(global, LLVMInternalLinkage) }
            var flags: Int32 = 0
            if f.signature.hasVarArgs { flags |= 1 }
            if f.signature.hasVarKeywords { flags |= 2 }
            if f.isGenerator { flags |= 4 }
            let sig = f.signature
            let fields: [LLVMValueRef?] = [
                cString(f.name), cString(ir.filename(of: f)), cString(f.qualname),
                t.int32(f.firstLine), t.int32(Int32(sig.positionalOnly)), t.int32(Int32(sig.positional)),
                t.int32(Int32(sig.keywordOnly)), t.int32(Int32(sig.count)), t.int32(flags),
                poolElementAddress("params", paramOffsets[i]), functions[i], LLVMConstNull(t.ptr),
                t.int(Int64(f.signature.count + 3 + f.slots.count)),
            ]
            LLVMSetInitializer(global, withArray(fields) { LLVMConstNamedStruct(codeType, $0, $1) })
            codes.append(global)
        }
    }

    private func findDefinedFunctions() -> [Int32: Int] {
        var stores: [Int32: Int] = [:]
        for function in ir.functions {
            for block in function.blocks {
                for instruction in block.instructions where instruction.op == .storeGlobal || instruction.op == .delGlobal {
                    stores[instruction.imm, default: 0] += 1
                }
            }
        }
        var found: [Int32: Int] = [:]
        let body = ir.functions[0]
        var madeBy: [Value: Int] = [:]
        for block in body.blocks {
            for instruction in block.instructions {
                if instruction.op == .makeFunction, let r = instruction.result { madeBy[r] = Int(instruction.imm) }
                if instruction.op == .storeGlobal, stores[instruction.imm] == 1, let target = madeBy[instruction.operands[0]] {
                    found[instruction.imm] = target
                }
            }
        }
        return found
    }

    private func symbolSafe(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "_" })
    }

    /// A private NUL-terminated string constant.
    func cString(_ s: String) -> LLVMValueRef {
        let bytes = Array(s.utf8)
        return byteArray(bytes + [0], name: "str")
    }

    /// A private constant byte array (its address).
    func byteArray(_ bytes: [UInt8], name: String) -> LLVMValueRef {
        let type = LLVMArrayType2(t.i8, UInt64(bytes.count))
        let global = LLVMAddGlobal(module, type, name)!
        let values: [LLVMValueRef?] = bytes.map { LLVMConstInt(t.i8, UInt64($0), 0) }
        LLVMSetInitializer(global, withArray(values) { LLVMConstArray2(t.i8, $0, UInt64($1)) })
        LLVMSetGlobalConstant(global, 1)
        LLVMSetLinkage(global, LLVMPrivateLinkage)
        LLVMSetUnnamedAddress(global, LLVMGlobalUnnamedAddr)
        return global
    }

    /// A runtime function, declared on first use.
    func runtime(_ name: String) -> (LLVMValueRef, LLVMTypeRef) {
        if let d = declared[name] { return d }
        guard let (result, params) = runtimeSignatures[name] else { preconditionFailure("unknown runtime function \(name)") }
        let type = t.function(result.llvm(t), params.map { $0.llvm(t) })
        let fn = LLVMAddFunction(module, name, type)!
        declared[name] = (fn, type)
        return (fn, type)
    }

    /// The address of a runtime global (None, True, False, a type object) as an i64.
    func runtimeAddress(_ name: String) -> LLVMValueRef {
        if dataGlobals[name] == nil {
            precondition(runtimeData.contains(name), "unknown runtime data \(name)")
            let g = LLVMAddGlobal(module, t.i8, name)!
            LLVMSetExternallyInitialized(g, 1)
            dataGlobals[name] = g
        }
        return LLVMConstPtrToInt(dataGlobals[name]!, t.i64)
    }

    // MARK: - Pools

    private func poolSize(_ pool: String) -> Int { PoolSizes(ir).count(of: pool) }

    /// The address of element `index` of a pool (a constant pointer).
    func poolElementAddress(_ pool: String, _ index: Int) -> LLVMValueRef {
        if pools[pool] == nil {
            let type = LLVMArrayType2(t.i64, UInt64(max(1, poolSize(pool))))
            let g = LLVMAddGlobal(module, type, CodegenMode.poolSymbol(pool))!
            LLVMSetInitializer(g, LLVMConstNull(type))
            // The JIT looks the pools up by name to make them roots of the collector.
            if case .native = mode { LLVMSetLinkage(g, LLVMInternalLinkage) }
            pools[pool] = g
        }
        var indices: [LLVMValueRef?] = [t.int(Int64(index))]
        return indices.withUnsafeMutableBufferPointer {
            LLVMConstInBoundsGEP2(t.i64, pools[pool]!, $0.baseAddress, 1)
        }
    }

    // MARK: - Start-up

    /// `i32 adder_init()`: fill the pools from constant tables; 0, or -1 with an exception set.
    private func generateInit() {
        let initFn = LLVMAddFunction(module, "adder_init", t.function(t.i32, []))!
        let entry = LLVMAppendBasicBlockInContext(context, initFn, "entry")
        let failed = LLVMAppendBasicBlockInContext(context, initFn, "failed")
        LLVMPositionBuilderAtEnd(builder, entry)
        debug?.clearLocation(builder)
        var constants = ir.constants
        for f in ir.functions { if let doc = f.docstring { constants.append(.str(doc)) } }
        let tables: [(String, [IRConstant])] = [
            ("constants", constants),
            ("names", ir.names.map { IRConstant.string($0) }),
            ("global_names", ir.globals.indices.map { IRConstant.string(ir.globalName($0)) }),
            ("params", ir.functions.flatMap { $0.signature.names.map { IRConstant.string($0) } }),
        ]
        let (load, loadType) = runtime("ad_load_constants")
        for (pool, items) in tables where !items.isEmpty {
            let table = ConstantTable.encode(items)
            let blob = byteArray(table, name: "table_\(pool)")
            let status = withArray([blob, t.int(Int64(table.count)), poolElementAddress(pool, 0)]) {
                LLVMBuildCall2(builder, loadType, load, $0, $1, "")
            }
            let next = LLVMAppendBasicBlockInContext(context, initFn, "loaded")
            LLVMBuildCondBr(builder, LLVMBuildICmp(builder, LLVMIntSLT, status, t.int32(0), ""), failed, next)
            LLVMPositionBuilderAtEnd(builder, next)
        }
        // The imported modules compiled into the program: `import name` runs their bodies.
        let (register, registerType) = runtime("ad_register_module")
        for unit in ir.units {
            let slots = ir.globalSlots(of: unit)
            let slotType = LLVMArrayType2(t.i64, UInt64(max(1, slots.count)))
            let slotArray = LLVMAddGlobal(module, slotType, "slots_\(unit.name)")!
            let items: [LLVMValueRef?] = slots.isEmpty ? [t.int(0)] : slots.map { t.int(Int64($0)) }
            LLVMSetInitializer(slotArray, withArray(items) { LLVMConstArray2(t.i64, $0, UInt64($1)) })
            LLVMSetGlobalConstant(slotArray, 1)
            LLVMSetLinkage(slotArray, LLVMPrivateLinkage)
            _ = withArray([cString(unit.name), cString(unit.filename), codes[Int(unit.body)],
                           poolElementAddress("globals", 0), poolElementAddress("global_names", 0), slotArray,
                           t.int(Int64(slots.count))]) {
                LLVMBuildCall2(builder, registerType, register, $0, $1, "")
            }
        }
        LLVMBuildRet(builder, t.int32(0))
        LLVMPositionBuilderAtEnd(builder, failed)
        LLVMBuildRet(builder, t.int32(-1))
    }

    /// `main(argc, argv)` for native executables.
    private func generateMain() {
        let mainFn = LLVMAddFunction(module, "main", t.function(t.i32, [t.i32, t.ptr]))!
        LLVMPositionBuilderAtEnd(builder, LLVMAppendBasicBlockInContext(context, mainFn, "entry"))
        debug?.clearLocation(builder)
        let (aotMain, type) = runtime("ad_aot_main")
        let initFn = LLVMGetNamedFunction(module, "adder_init")!
        let status = withArray([LLVMGetParam(mainFn, 0), LLVMGetParam(mainFn, 1), initFn, codes[0]]) {
            LLVMBuildCall2(builder, type, aotMain, $0, $1, "")
        }
        LLVMBuildRet(builder, status)
    }
}
