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
}

/// The loaded program and the interpreter's call stack.
struct VMState {
    var constants: UnsafeMutablePointer<AdValue>
    var names: UnsafeMutablePointer<AdValue>
    var globals: UnsafeMutablePointer<AdValue>
    var globalNames: UnsafeMutablePointer<AdValue>
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
        // The pool holds the module's constants, then the docstrings of its functions. Every object
        // is stored into the (scanned) pool as soon as it exists, so a collection triggered while
        // later constants are created cannot free it.
        let docCount = module.functions.filter { $0.docstring != nil }.count
        let constants = allocateValues(module.constants.count + docCount)
        for (i, c) in module.constants.enumerated() {
            try materialize(c, into: constants + i)
        }
        var docConstants: [Int] = []
        var nextDoc = module.constants.count
        for function in module.functions {
            if let doc = function.docstring {
                try materialize(.str(doc), into: constants + nextDoc)
                docConstants.append(nextDoc)
                nextDoc += 1
            } else {
                docConstants.append(-1)
            }
        }
        let names = allocateValues(module.names.count)
        for (i, n) in module.names.enumerated() { names[i] = n.withCString { ad_str_intern_cstr($0) } }
        let globals = allocateValues(module.globals.count)
        let globalNames = allocateValues(module.globals.count)
        for (i, n) in module.globals.enumerated() { globalNames[i] = n.withCString { ad_str_intern_cstr($0) } }
        let codes = UnsafeMutablePointer<UnsafeMutablePointer<VMCode>>.allocate(capacity: max(1, module.functions.count))
        for (i, function) in module.functions.enumerated() {
            codes[i] = makeCode(function, filename: module.filename, docConstant: docConstants[i])
        }
        let frameCapacity = 256
        state = UnsafeMutablePointer<VMState>.allocate(capacity: 1)
        state.initialize(to: VMState(
            constants: constants, names: names, globals: globals, globalNames: globalNames, codes: codes,
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

/// Create the runtime object for a constant and store it into `slot`, which must be memory the
/// collector scans. Containers are stored before their items are created.
func materialize(_ c: IRConstant, into slot: UnsafeMutablePointer<AdValue>) throws {
    switch c {
    case .none: slot.pointee = ad_none_value()
    case .true: slot.pointee = ad_bool(1)
    case .false: slot.pointee = ad_bool(0)
    case .ellipsis: slot.pointee = ad_ellipsis_value()
    case .int(let i): slot.pointee = ad_int_from_i64(i)
    case .bigInt(let digits): slot.pointee = digits.withCString { ad_int_from_decimal($0) }
    case .float(let d): slot.pointee = ad_float(d)
    case .imaginary(let d): slot.pointee = ad_complex(0, d)
    case .str(let bytes):
        let text = bytes + [0]
        slot.pointee = text.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                ad_str_intern(ad_str_from_utf8(chars.baseAddress!, bytes.count))
            }
        }
    case .bytes(let bytes):
        slot.pointee = bytes.withUnsafeBufferPointer { ad_bytes_from($0.baseAddress, $0.count) }
    case .tuple(let items):
        let tuple = ad_tuple_new(Int64(items.count))
        slot.pointee = tuple
        if tuple != 0 {
            let elements = UnsafeMutableRawPointer(bitPattern: UInt(tuple))!
                .advanced(by: MemoryLayout<AdTuple>.size).assumingMemoryBound(to: AdValue.self)
            for (i, item) in items.enumerated() { try materialize(item, into: elements + i) }
        }
    case .frozenset(let items):
        // CPython folds the display into a frozenset, then its constant merging rebuilds it from
        // that set's iteration order: the order of colliding ints depends on both steps.
        try materialize(.tuple(items), into: slot)
        if slot.pointee != 0 {
            slot.pointee = ad_frozenset_new(slot.pointee)
            if slot.pointee != 0 { slot.pointee = ad_tuple_from_iterable(slot.pointee) }
        }
        if slot.pointee != 0 { slot.pointee = ad_frozenset_new(slot.pointee) }
    }
    guard slot.pointee != 0 else {
        ad_err_clear()
        throw LoadError(message: "cannot create constant \(c.printed)")
    }
}

private func makeCode(_ f: BytecodeFunction, filename: String, docConstant: Int) -> UnsafeMutablePointer<VMCode> {
    let adcode = UnsafeMutablePointer<AdCode>.allocate(capacity: 1)
    let sig = f.signature
    let paramNames = allocateValues(sig.count)
    for (i, n) in sig.names.enumerated() { paramNames[i] = n.withCString { ad_str_intern_cstr($0) } }
    var flags: UInt32 = 0
    if sig.hasVarArgs { flags |= UInt32(AD_CODE_VARARGS) }
    if sig.hasVarKeywords { flags |= UInt32(AD_CODE_VARKEYWORDS) }
    adcode.initialize(to: AdCode(
        frame: AdFrameInfo(name: permanentCString(f.name), filename: permanentCString(filename)),
        qualname: permanentCString(f.qualname), firstlineno: f.firstLine,
        nposonly: Int32(sig.positionalOnly), npositional: Int32(sig.positional), nkwonly: Int32(sig.keywordOnly),
        nparams: Int32(sig.count), flags: flags, param_names: paramNames, entry: interpreterEntry, engine_data: nil))
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
                               docConstant: docConstant))
    adcode.pointee.engine_data = UnsafeMutableRawPointer(code)
    return code
}
