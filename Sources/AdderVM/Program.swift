// A bytecode module loaded into the runtime: constants materialized as objects, names interned,
// the globals array, and one AdCode per function whose entry point is the interpreter.
//
// Everything the dispatch loop touches lives in raw memory (no Swift references, no ARC): the
// loop reads `VMState` and `VMCode` through pointers. Memory that holds AdValues (constants, names,
// globals) comes from ad_alloc_uncollectable so the collector sees it; the rest is malloc'd and
// lives as long as the process.

import AdderIR
import AdderRuntime
import Glibc

/// One function's code as the dispatch loop sees it.
struct VMCode {
    var words: UnsafeMutablePointer<Word>
    var wordCount: Int
    var lines: UnsafeMutablePointer<Int32>
    var handlers: UnsafeMutablePointer<HandlerRange>
    var handlerCount: Int
    var frameSize: Int
    var nparams: Int
    var slotBase: Int
    var slotCount: Int
    var adcode: UnsafeMutablePointer<AdCode>
    /// The constant index of the docstring, or -1.
    var docConstant: Int
    /// The constant index of the tuple of local names, or -1.
    var localNamesConstant: Int
    /// A generator's code: its frame lives in the generator object.
    var isGenerator: Bool
}

/// A call made inside the loop: where to resume the caller.
struct FrameRecord {
    var code: UnsafeMutablePointer<VMCode>
    var base: UnsafeMutablePointer<AdValue>
    /// The pc of the caller's call instruction (for its traceback entry).
    var callPC: Int
    /// The pc to resume at.
    var returnPC: Int
    var resultRegister: Int
    /// The caller's stack top, restored when the callee returns.
    var top: UnsafeMutablePointer<AdValue>
}

/// The loaded program and the interpreter's call stack.
struct VMState {
    var constants: UnsafeMutablePointer<AdValue>
    var names: UnsafeMutablePointer<AdValue>
    var globals: UnsafeMutablePointer<AdValue>
    var globalNames: UnsafeMutablePointer<AdValue>
    var globalCount: Int
    var codes: UnsafeMutablePointer<UnsafeMutablePointer<VMCode>>
    var codeCount: Int
    var frames: UnsafeMutablePointer<FrameRecord>
    var frameCount: Int
    var frameCapacity: Int
    /// The address of `interpreterEntry`, to recognize interpreted functions.
    var entryAddress: UnsafeRawPointer
}

/// The interpreter's state for the running program (one per process).
nonisolated(unsafe) var vmState: UnsafeMutablePointer<VMState>?

/// An error while loading bytecode into the runtime.
public struct LoadError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// A program ready to run in the interpreter.
public final class LoadedProgram {
    let state: UnsafeMutablePointer<VMState>

    /// Materialize a bytecode module. The runtime must be initialized.
    public init(_ module: BytecodeModule) throws {
        let stack = ad_vm_stack_create(16 << 20)
        guard stack != nil else { throw LoadError(message: "cannot map the interpreter's register stack") }
        // The constant pool holds the module's constants, then the docstrings of its functions.
        var docConstants: [Int] = []
        var constants = module.constants
        for function in module.functions {
            if let doc = function.docstring {
                docConstants.append(constants.count)
                constants.append(.str(doc))
            } else {
                docConstants.append(-1)
            }
        }
        let constantPool = try loadPool(constants)
        let names = try loadPool(module.names.map { IRConstant.string($0) })
        let globals = allocateValues(module.globals.count)
        let globalNames = try loadPool(module.globals.indices.map { IRConstant.string(module.globalName($0)) })
        let codes = UnsafeMutablePointer<UnsafeMutablePointer<VMCode>>.allocate(capacity: max(1, module.functions.count))
        for (i, function) in module.functions.enumerated() {
            let filename = function.unit >= 0 ? module.units[Int(function.unit)].filename : module.filename
            codes[i] = try makeCode(function, filename: filename, docConstant: docConstants[i])
        }
        // The imported modules compiled into the program: `import name` runs their bodies.
        for unit in module.units {
            let slots = module.globals.indices.filter { module.globals[$0].hasPrefix(unit.name + ".") }
                .map { Int64($0) }
            unit.name.withCString { name in
                unit.filename.withCString { file in
                    slots.withUnsafeBufferPointer {
                        ad_register_module(name, file, codes[Int(unit.body)].pointee.adcode, globals, globalNames,
                                           $0.baseAddress, Int64($0.count))
                    }
                }
            }
        }
        let frameCapacity = 256
        state = UnsafeMutablePointer<VMState>.allocate(capacity: 1)
        state.initialize(to: VMState(
            constants: constantPool, names: names, globals: globals, globalNames: globalNames,
            globalCount: module.globals.count, codes: codes,
            codeCount: module.functions.count,
            frames: UnsafeMutablePointer<FrameRecord>.allocate(capacity: frameCapacity), frameCount: 0,
            frameCapacity: frameCapacity, entryAddress: unsafeBitCast(interpreterEntry, to: UnsafeRawPointer.self)))
        vmState = state
    }

    /// Run the module body; returns its result (None), or 0 with the exception set.
    public func run() -> AdValue {
        let main = ad_function_new(state.pointee.codes[0].pointee.adcode, 0, 0, 0)
        return ad_call(main, nil, 0, 0)
    }
}

private func allocateValues(_ count: Int) -> UnsafeMutablePointer<AdValue> {
    let raw = ad_alloc_uncollectable(max(1, count) * MemoryLayout<AdValue>.size)!
    return raw.bindMemory(to: AdValue.self, capacity: max(1, count))
}

/// A C string that lives for the rest of the process.
func permanentCString(_ s: String) -> UnsafePointer<CChar> {
    UnsafePointer(strdup(s)!)
}

/// A pool of objects made by the runtime from constants (strs are interned), in memory the
/// collector scans: the same code makes the constants of compiled programs.
func loadPool(_ constants: [IRConstant]) throws -> UnsafeMutablePointer<AdValue> {
    let pool = allocateValues(constants.count)
    let table = ConstantTable.encode(constants)
    let status = table.withUnsafeBufferPointer { ad_load_constants($0.baseAddress, $0.count, pool) }
    guard status == 0 else {
        ad_err_clear()
        throw LoadError(message: "cannot create the program's constants")
    }
    return pool
}

private func makeCode(_ f: BytecodeFunction, filename: String, docConstant: Int) throws -> UnsafeMutablePointer<VMCode> {
    let adcode = UnsafeMutablePointer<AdCode>.allocate(capacity: 1)
    let sig = f.signature
    let paramNames = try loadPool(sig.names.map { IRConstant.string($0) })
    var flags: UInt32 = 0
    if sig.hasVarArgs { flags |= UInt32(AD_CODE_VARARGS) }
    if sig.hasVarKeywords { flags |= UInt32(AD_CODE_VARKEYWORDS) }
    if f.isGenerator { flags |= UInt32(AD_CODE_GENERATOR) }
    adcode.initialize(to: AdCode(
        frame: AdFrameInfo(name: permanentCString(f.name), filename: permanentCString(filename)),
        qualname: permanentCString(f.qualname), firstlineno: f.firstLine,
        nposonly: Int32(sig.positionalOnly), npositional: Int32(sig.positional), nkwonly: Int32(sig.keywordOnly),
        nparams: Int32(sig.count), flags: flags, param_names: paramNames, entry: interpreterEntry, engine_data: nil,
        frame_size: Int64(f.frameSize)))
    let words = UnsafeMutablePointer<Word>.allocate(capacity: max(1, f.code.count))
    words.initialize(from: f.code, count: f.code.count)
    let lines = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, f.lines.count))
    lines.initialize(from: f.lines, count: f.lines.count)
    let handlers = UnsafeMutablePointer<HandlerRange>.allocate(capacity: max(1, f.handlers.count))
    handlers.initialize(from: f.handlers, count: f.handlers.count)
    let code = UnsafeMutablePointer<VMCode>.allocate(capacity: 1)
    code.initialize(to: VMCode(words: words, wordCount: f.code.count, lines: lines, handlers: handlers,
                               handlerCount: f.handlers.count, frameSize: f.frameSize, nparams: sig.count,
                               slotBase: f.slotBase, slotCount: f.slotCount, adcode: adcode,
                               docConstant: docConstant, localNamesConstant: f.localNamesConstant,
                               isGenerator: f.isGenerator))
    adcode.pointee.engine_data = UnsafeMutableRawPointer(code)
    return code
}
