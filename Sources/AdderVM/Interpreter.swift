// The dispatch loop.
//
// One loop runs every interpreted frame: a call from interpreted code to an interpreted function
// pushes a frame record and continues in the same loop (no native recursion), as CPython 3.11 does.
// Native code (the runtime, JIT code) enters through `interpreterEntry`, which starts a nested loop
// that returns when its first frame returns.
//
// Frames live on the register stack (see ad_vm_stack_create): a callee's frame starts where its
// caller's ends, and ad_vm_stack_top always marks the end of the innermost frame so the collector
// scans exactly the live registers. Arguments for native calls are staged just above that mark.
//
// Each instruction's typed fast path (small ints, floats, lists, bools) comes first and its generic
// fallback calls the runtime. A failing instruction leaves through `unwind`, which adds the
// traceback entry for the frame, jumps to the handler covering the instruction if there is one, and
// otherwise pops frames until one handles it or the loop's first frame is left (returning 0).

import AdderIR
import AdderRuntime

/// The entry point of every interpreted function (AdCode.entry).
let interpreterEntry: AdEntryFn = { fn, params in
    guard let fn = fn, let state = vmState else { return 0 }
    let code = fn.pointee.code.pointee.engine_data.assumingMemoryBound(to: VMCode.self)
    if code.pointee.isGenerator {
        return resumeGenerator(state, code, UnsafeMutablePointer(mutating: params!), fn)
    }
    let base = ad_vm_stack_top!
    let frameSize = code.pointee.frameSize
    guard base + frameSize + 8 <= ad_vm_stack_limit else { return ad_err_recursion() }
    if let params = params {
        base.update(from: params, count: code.pointee.nparams)
    }
    enterFrame(code, base, function: AdValue(UInt(bitPattern: fn)))
    let result = interpret(state, code, base, top: base + frameSize, pc: 0)
    ad_vm_stack_top = base
    return result
}

/// Run a generator's frame, which lives in the generator object (the runtime's frame array):
/// from the start, or from the instruction after the yield that suspended it.
private func resumeGenerator(_ state: UnsafeMutablePointer<VMState>, _ code: UnsafeMutablePointer<VMCode>,
                             _ frame: UnsafeMutablePointer<AdValue>, _ fn: UnsafeMutablePointer<AdFunction>) -> AdValue {
    let c = code.pointee
    let resumeAt = frame[c.nparams + Int(AD_GEN_STATE)]
    var pc = 0
    if resumeAt == ad_small(0) {
        if c.slotCount > 0 { (frame + c.slotBase).update(repeating: 0, count: c.slotCount) }
        frame[c.frameSize - 1] = AdValue(UInt(bitPattern: fn))
    } else {
        pc = Int(ad_small_val(resumeAt))
    }
    let top = ad_vm_stack_top!
    let result = interpret(state, code, frame, top: top, pc: pc)
    ad_vm_stack_top = top
    return result
}

/// Prepare a frame whose parameters are in place: clear its slots, store the function object,
/// and move the stack top past it.
@inline(__always)
private func enterFrame(_ code: UnsafeMutablePointer<VMCode>, _ base: UnsafeMutablePointer<AdValue>, function: AdValue) {
    let c = code.pointee
    if c.slotCount > 0 { (base + c.slotBase).update(repeating: 0, count: c.slotCount) }
    base[c.frameSize - 1] = function
    ad_vm_stack_top = base + c.frameSize
}

@inline(__always)
private func asObject<T>(_ v: AdValue, _ type: T.Type) -> UnsafeMutablePointer<T> {
    UnsafeMutablePointer<T>(bitPattern: UInt(v))!
}

/// The handler covering `pc` in `code`, or -1.
@inline(__always)
private func findHandler(_ code: UnsafeMutablePointer<VMCode>, _ pc: Int) -> Int {
    let c = code.pointee
    var i = 0
    while i < c.handlerCount {
        let h = c.handlers[i]
        if pc >= h.start && pc < h.end { return h.handler }
        i += 1
    }
    return -1
}

/// Run frames starting with `code` at `base` until the first one returns.
func interpret(_ state: UnsafeMutablePointer<VMState>, _ startCode: UnsafeMutablePointer<VMCode>,
               _ startBase: UnsafeMutablePointer<AdValue>, top startTop: UnsafeMutablePointer<AdValue>,
               pc startPC: Int) -> AdValue {
    var code = startCode
    var words = code.pointee.words
    var base = startBase
    var pc = startPC
    // The end of the current frame's area on the register stack: callee frames and staged
    // arguments go above it (a generator's frame lives elsewhere, in its generator object).
    var top = startTop
    let entryDepth = state.pointee.frameCount
    let constants = state.pointee.constants
    let names = state.pointee.names
    let globals = state.pointee.globals
    let entryAddress = state.pointee.entryAddress

    /// Leave the current instruction through the exception path; false: return 0 to the caller.
    @inline(__always)
    func fail(_ at: Int, traceback: Bool = true) -> Bool {
        return unwind(state, &code, &words, &base, &pc, &top, at: at, entryDepth: entryDepth, traceback: traceback)
    }

    while true {
        let at = pc
        let w = words[pc]
        pc += 1
        let op = unsafeBitCast(UInt8(truncatingIfNeeded: w), to: VMOp.self)
        switch op {
        case .move:
            base[Instr.a(w)] = base[Instr.b(w)]
        case .loadK:
            base[Instr.a(w)] = constants[Instr.bx(w)]
        case .loadUnbound:
            base[Instr.a(w)] = 0
        case .loadGlobal:
            var v = globals[Instr.bx(w)]
            if v == 0 {
                v = ad_load_global_fallback(state.pointee.globalNames[Instr.bx(w)])
                if v == 0 {
                    let locals = code.pointee.localNamesConstant
                    ad_name_error_context(globals, state.pointee.globalNames, Int64(state.pointee.globalCount),
                                          locals >= 0 ? constants[locals] : 0)
                    if fail(at) { continue }; return 0
                }
            }
            base[Instr.a(w)] = v
        case .storeGlobal:
            globals[Instr.bx(w)] = base[Instr.a(w)]
        case .delGlobal:
            if globals[Instr.bx(w)] == 0 {
                _ = ad_err_name(state.pointee.globalNames[Instr.bx(w)])
                if fail(at) { continue }; return 0
            }
            globals[Instr.bx(w)] = 0
        case .loadBuiltin:
            let v = ad_builtin_lookup(names[Instr.bx(w)])
            if v == 0 {
                _ = ad_err_name(names[Instr.bx(w)])
                if fail(at) { continue }; return 0
            }
            base[Instr.a(w)] = v
        case .checkBound:
            if base[Instr.a(w)] == 0 {
                raiseUnbound(names[Instr.b(w)], kind: Instr.d(w))
                if fail(at) { continue }; return 0
            }
        case .newCell:
            base[Instr.a(w)] = ad_cell_new(base[Instr.b(w)])
        case .loadClosure:
            let fn = asObject(base[code.pointee.frameSize - 1], AdFunction.self)
            base[Instr.a(w)] = ad_tuple_get(fn.pointee.closure, Int64(Instr.b(w)))
        case .cellGet:
            let v = asObject(base[Instr.b(w)], AdCell.self).pointee.value
            if v == 0 {
                raiseUnbound(names[Instr.c(w)], kind: Instr.d(w))
                if fail(at) { continue }; return 0
            }
            base[Instr.a(w)] = v
        case .cellSet:
            asObject(base[Instr.a(w)], AdCell.self).pointee.value = base[Instr.b(w)]
        case .nsGet:
            base[Instr.a(w)] = ad_ns_get(base[Instr.b(w)], names[Instr.c(w)])
        case .nsDel:
            if ad_ns_del(base[Instr.a(w)], names[Instr.c(w)]) < 0 { if fail(at) { continue }; return 0 }
        case .makeFunction:
            let ext = words[pc]
            pc += 1
            let target = state.pointee.codes[Int(ext >> 16)]
            let fn = ad_function_new(target.pointee.adcode, base[Instr.b(w)], base[Instr.c(w)], base[Int(ext & 0xFFFF)])
            if fn == 0 { if fail(at) { continue }; return 0 }
            if target.pointee.docConstant >= 0 {
                asObject(fn, AdFunction.self).pointee.doc = constants[target.pointee.docConstant]
            }
            base[Instr.a(w)] = fn
        case .call, .callKw:
            var kwnames: AdValue = 0
            if op == .callKw {
                kwnames = constants[Int(words[pc])]
                pc += 1
            }
            let nargs = Instr.c(w)
            let argWords = words + pc
            pc += (nargs + 3) / 4
            let callee = base[Instr.b(w)]
            // An interpreted function: push its frame and continue in this loop.
            if ad_is_exact(callee, ad_function_type_ptr()) != 0 {
                let fn = asObject(callee, AdFunction.self)
                let adcode = fn.pointee.code!
                if unsafeBitCast(adcode.pointee.entry, to: UnsafeRawPointer?.self) == entryAddress
                    && adcode.pointee.flags & UInt32(AD_CODE_GENERATOR) == 0 {
                    let calleeCode = adcode.pointee.engine_data.assumingMemoryBound(to: VMCode.self)
                    let newBase = top
                    if newBase + calleeCode.pointee.frameSize + 8 > ad_vm_stack_limit || ad_call_depth >= ad_recursion_limit {
                        _ = ad_err_recursion()
                        if fail(at) { continue }; return 0
                    }
                    let npositional = Int(adcode.pointee.npositional)
                    if kwnames == 0 && nargs == npositional && adcode.pointee.flags == 0 && adcode.pointee.nkwonly == 0 {
                        for i in 0..<nargs { newBase[i] = base[Instr.register(argWords, i)] }
                    } else {
                        // Stage the arguments above the callee's frame, then bind them into it.
                        let staged = newBase + calleeCode.pointee.frameSize
                        let total = nargs + (kwnames == 0 ? 0 : Int(ad_tuple_len(kwnames)))
                        for i in 0..<total { staged[i] = base[Instr.register(argWords, i)] }
                        ad_vm_stack_top = staged + total
                        let posArgs = nargs - (kwnames == 0 ? 0 : Int(ad_tuple_len(kwnames)))
                        if ad_bind_arguments(fn, staged, posArgs, kwnames, newBase) < 0 {
                            ad_vm_stack_top = top
                            if fail(at) { continue }; return 0
                        }
                    }
                    ad_call_depth += 1
                    pushFrame(state, FrameRecord(code: code, base: base, callPC: at, returnPC: pc,
                                                 resultRegister: Instr.a(w), top: top))
                    enterFrame(calleeCode, newBase, function: callee)
                    code = calleeCode
                    words = calleeCode.pointee.words
                    base = newBase
                    top = newBase + calleeCode.pointee.frameSize
                    pc = 0
                    continue
                }
            }
            let staged = ad_vm_stack_top!
            for i in 0..<nargs { staged[i] = base[Instr.register(argWords, i)] }
            ad_vm_stack_top = staged + nargs
            let positional = kwnames == 0 ? nargs : nargs - Int(ad_tuple_len(kwnames))
            let r = ad_call(callee, staged, positional, kwnames)
            ad_vm_stack_top = staged
            if r == 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = r
        case .callMethod:
            let ext = words[pc]
            pc += 1
            let nameIndex = Int(ext & 0xFFFF_FFFF)
            let kwIndex = Int(ext >> 32) - 1
            let kwnames: AdValue = kwIndex >= 0 ? constants[kwIndex] : 0
            let nargs = Instr.c(w)
            let argWords = words + pc
            pc += (nargs + 3) / 4
            let staged = ad_vm_stack_top!
            for i in 0..<nargs { staged[i] = base[Instr.register(argWords, i)] }
            ad_vm_stack_top = staged + nargs
            let positional = kwnames == 0 ? nargs : nargs - Int(ad_tuple_len(kwnames))
            let r = ad_call_method(base[Instr.b(w)], names[nameIndex], staged, positional, kwnames)
            ad_vm_stack_top = staged
            if r == 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = r
        case .callEx:
            let kwargs = base[Int(words[pc])]
            pc += 1
            let r = ad_call_ex(base[Instr.b(w)], base[Instr.c(w)], kwargs)
            if r == 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = r
        case .add:
            let x = base[Instr.b(w)], y = base[Instr.c(w)]
            var r = ad_fast_add(x, y)
            if r == 0 {
                r = ad_add(x, y)
                if r == 0 { if fail(at) { continue }; return 0 }
            }
            base[Instr.a(w)] = r
        case .sub:
            let x = base[Instr.b(w)], y = base[Instr.c(w)]
            var r = ad_fast_sub(x, y)
            if r == 0 {
                r = ad_sub(x, y)
                if r == 0 { if fail(at) { continue }; return 0 }
            }
            base[Instr.a(w)] = r
        case .mul:
            let x = base[Instr.b(w)], y = base[Instr.c(w)]
            var r = ad_fast_mul(x, y)
            if r == 0 {
                r = ad_mul(x, y)
                if r == 0 { if fail(at) { continue }; return 0 }
            }
            base[Instr.a(w)] = r
        case .floordiv:
            let x = base[Instr.b(w)], y = base[Instr.c(w)]
            var r = ad_fast_floordiv(x, y)
            if r == 0 {
                r = ad_floordiv(x, y)
                if r == 0 { if fail(at) { continue }; return 0 }
            }
            base[Instr.a(w)] = r
        case .mod:
            let x = base[Instr.b(w)], y = base[Instr.c(w)]
            var r = ad_fast_mod(x, y)
            if r == 0 {
                r = ad_mod(x, y)
                if r == 0 { if fail(at) { continue }; return 0 }
            }
            base[Instr.a(w)] = r
        case .truediv:
            let x = base[Instr.b(w)], y = base[Instr.c(w)]
            var r = ad_fast_truediv(x, y)
            if r == 0 {
                r = ad_truediv(x, y)
                if r == 0 { if fail(at) { continue }; return 0 }
            }
            base[Instr.a(w)] = r
        case .matmul, .pow, .lshift, .rshift, .and, .or, .xor:
            let binop = Int32(op.rawValue) - Int32(VMOp.add.rawValue)
            let r = ad_binop(binop, base[Instr.b(w)], base[Instr.c(w)])
            if r == 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = r
        case .inplace:
            let x = base[Instr.b(w)], y = base[Instr.c(w)]
            var r: AdValue = 0
            switch Instr.d(w) {
            case 0: r = ad_fast_add(x, y)
            case 1: r = ad_fast_sub(x, y)
            case 2: r = ad_fast_mul(x, y)
            case 4: r = ad_fast_truediv(x, y)
            case 5: r = ad_fast_floordiv(x, y)
            case 6: r = ad_fast_mod(x, y)
            default: break
            }
            if r == 0 {
                r = ad_inplace(Int32(Instr.d(w)), x, y)
                if r == 0 { if fail(at) { continue }; return 0 }
            }
            base[Instr.a(w)] = r
        case .concatUnique:
            let x = base[Instr.b(w)], y = base[Instr.c(w)]
            var r = ad_fast_add(x, y)
            if r == 0 {
                if ad_is_exact(x, &ad_str_type) != 0 && ad_is_exact(y, &ad_str_type) != 0 {
                    r = ad_str_concat_unique(x, y)
                } else {
                    r = Instr.d(w) == 0 ? ad_add(x, y) : ad_inplace(0, x, y)
                }
                if r == 0 { if fail(at) { continue }; return 0 }
            }
            base[Instr.a(w)] = r
        case .neg, .pos, .invert:
            let x = base[Instr.b(w)]
            let r: AdValue
            if op == .neg, ad_is_small(x) != 0, x != ad_small(-(Int64(1) << 62)) {
                r = ad_small(-ad_small_val(x))
            } else {
                r = op == .neg ? ad_neg(x) : op == .pos ? ad_pos(x) : ad_invert(x)
            }
            if r == 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = r
        case .not:
            let t = truth(base[Instr.b(w)])
            if t < 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = ad_bool(t == 0 ? 1 : 0)
        case .compare:
            let x = base[Instr.b(w)], y = base[Instr.c(w)]
            let fast = ad_fast_compare(x, y, Int32(Instr.d(w)))
            if fast >= 0 {
                base[Instr.a(w)] = ad_bool(fast)
            } else {
                let r = ad_compare(x, y, Int32(Instr.d(w)))
                if r == 0 { if fail(at) { continue }; return 0 }
                base[Instr.a(w)] = r
            }
        case .compareBool:
            let t = compareBool(base[Instr.b(w)], base[Instr.c(w)], Int32(Instr.d(w)))
            if t < 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = ad_bool(t)
        case .is_:
            base[Instr.a(w)] = ad_bool(base[Instr.b(w)] == base[Instr.c(w)] ? 1 : 0)
        case .contains:
            let t = ad_contains(base[Instr.b(w)], base[Instr.c(w)])
            if t < 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = ad_bool(t)
        case .truth:
            let t = truth(base[Instr.b(w)])
            if t < 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = ad_bool(t)
        case .boolNot:
            base[Instr.a(w)] = ad_bool(base[Instr.b(w)] == ad_true_value() ? 0 : 1)
        case .jlt, .jle, .jeq, .jne, .jgt, .jge:
            let cmp = Int32(op.rawValue) - Int32(VMOp.jlt.rawValue)
            let t = compareBool(base[Instr.b(w)], base[Instr.c(w)], cmp)
            if t < 0 { if fail(at) { continue }; return 0 }
            if (t != 0) != (Instr.d(w) != 0) { pc = Int(words[pc]) } else { pc += 1 }
        case .jtrue:
            let t = truth(base[Instr.a(w)])
            if t < 0 { if fail(at) { continue }; return 0 }
            if (t != 0) != (Instr.d(w) != 0) { pc = Int(words[pc]) } else { pc += 1 }
        case .jis:
            let t = base[Instr.b(w)] == base[Instr.c(w)]
            if t != (Instr.d(w) != 0) { pc = Int(words[pc]) } else { pc += 1 }
        case .jin:
            let t = ad_contains(base[Instr.b(w)], base[Instr.c(w)])
            if t < 0 { if fail(at) { continue }; return 0 }
            if (t != 0) != (Instr.d(w) != 0) { pc = Int(words[pc]) } else { pc += 1 }
        case .jmp:
            pc = Instr.bx(w)
        case .jstop:
            let t = base[Instr.a(w)] == AdValue(2)
            if t != (Instr.d(w) != 0) { pc = Int(words[pc]) } else { pc += 1 }
        case .forNext:
            var r = ad_fast_iter_next(base[Instr.b(w)])
            if r == 0 { r = ad_next(base[Instr.b(w)]) }
            if r == AdValue(2) {
                pc = Int(words[pc])
            } else if r == 0 {
                if fail(at) { continue }; return 0
            } else {
                base[Instr.a(w)] = r
                pc += 1
            }
        case .getattr:
            let r = ad_getattr(base[Instr.b(w)], names[Instr.c(w)])
            if r == 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = r
        case .setattr:
            if ad_setattr(base[Instr.a(w)], names[Instr.c(w)], base[Instr.b(w)]) < 0 { if fail(at) { continue }; return 0 }
        case .delattr:
            if ad_delattr(base[Instr.a(w)], names[Instr.c(w)]) < 0 { if fail(at) { continue }; return 0 }
        case .getitem:
            let container = base[Instr.b(w)], index = base[Instr.c(w)]
            var r = ad_fast_list_getitem(container, index)
            if r == 0 {
                r = ad_getitem(container, index)
                if r == 0 { if fail(at) { continue }; return 0 }
            }
            base[Instr.a(w)] = r
        case .setitem:
            let container = base[Instr.a(w)], index = base[Instr.b(w)], value = base[Instr.c(w)]
            if ad_fast_list_setitem(container, index, value) == 0 && ad_setitem(container, index, value) < 0 {
                if fail(at) { continue }; return 0
            }
        case .delitem:
            if ad_delitem(base[Instr.a(w)], base[Instr.b(w)]) < 0 { if fail(at) { continue }; return 0 }
        case .buildSlice:
            let step = base[Int(words[pc])]
            pc += 1
            let r = ad_slice_new(base[Instr.b(w)], base[Instr.c(w)], step)
            if r == 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = r
        case .buildList, .buildTuple, .buildSet, .buildDict, .buildString:
            let n = Instr.c(w)
            let argWords = words + pc
            pc += (n + 3) / 4
            let staged = ad_vm_stack_top!
            for i in 0..<n { staged[i] = base[Instr.register(argWords, i)] }
            ad_vm_stack_top = staged + n
            let r = build(op, staged, n)
            ad_vm_stack_top = staged
            if r == 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = r
        case .listAppend:
            if ad_list_append(base[Instr.a(w)], base[Instr.b(w)]) < 0 { if fail(at) { continue }; return 0 }
        case .listExtend:
            if ad_list_extend(base[Instr.a(w)], base[Instr.b(w)]) < 0 { if fail(at) { continue }; return 0 }
        case .setAdd:
            if ad_set_add(base[Instr.a(w)], base[Instr.b(w)]) < 0 { if fail(at) { continue }; return 0 }
        case .setUpdate:
            if ad_set_update(base[Instr.a(w)], base[Instr.b(w)]) < 0 { if fail(at) { continue }; return 0 }
        case .dictSet:
            if ad_dict_set(base[Instr.a(w)], base[Instr.b(w)], base[Instr.c(w)]) < 0 { if fail(at) { continue }; return 0 }
        case .dictMerge:
            if ad_dict_merge(base[Instr.a(w)], base[Instr.b(w)]) < 0 { if fail(at) { continue }; return 0 }
        case .dictMergeKw:
            if ad_dict_merge_kwargs(base[Instr.a(w)], base[Instr.b(w)], base[Instr.c(w)]) < 0 { if fail(at) { continue }; return 0 }
        case .listToTuple:
            let list = asObject(base[Instr.b(w)], AdList.self)
            let r = ad_tuple_from_array(list.pointee.items, Int(list.pointee.len))
            if r == 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = r
        case .format:
            let r = ad_format(base[Instr.b(w)], base[Instr.c(w)])
            if r == 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = r
        case .convert:
            let x = base[Instr.b(w)]
            let r = Instr.d(w) == 0 ? ad_str(x) : Instr.d(w) == 1 ? ad_repr(x) : ad_ascii(x)
            if r == 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = r
        case .getIter:
            let r = ad_iter(base[Instr.b(w)])
            if r == 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = r
        case .iterNext:
            var r = ad_fast_iter_next(base[Instr.b(w)])
            if r == 0 { r = ad_next(base[Instr.b(w)]) }
            if r == 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = r
        case .unpack:
            let r = ad_unpack(base[Instr.b(w)], Int64(Instr.c(w)))
            if r == 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = r
        case .unpackStar:
            let after = Int64(words[pc])
            pc += 1
            let r = ad_unpack_star(base[Instr.b(w)], Int64(Instr.c(w)), after)
            if r == 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = r
        case .tupleGet:
            base[Instr.a(w)] = ad_tuple_get(base[Instr.b(w)], Int64(Instr.c(w)))
        case .importName:
            let r = ad_import(names[Instr.bx(w)])
            if r == 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = r
        case .importFrom:
            let r = ad_import_from(base[Instr.b(w)], names[Instr.c(w)])
            if r == 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = r
        case .getException:
            base[Instr.a(w)] = ad_err_fetch()
        case .excMatch:
            let t = ad_exc_matches(base[Instr.b(w)], base[Instr.c(w)])
            if t < 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = ad_bool(t)
        case .enterHandler:
            base[Instr.a(w)] = ad_exc_enter_handler(base[Instr.b(w)])
        case .exitHandler:
            ad_exc_exit_handler(base[Instr.a(w)])
        case .withEnter:
            let r = ad_with_enter(base[Instr.b(w)])
            if r == 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = r
        case .withExit:
            let r = ad_with_exit(base[Instr.b(w)], base[Instr.c(w)])
            if r == 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = r
        case .matchSequence:
            base[Instr.a(w)] = ad_bool(ad_match_is_sequence(base[Instr.b(w)]))
        case .matchMapping:
            base[Instr.a(w)] = ad_bool(ad_match_is_mapping(base[Instr.b(w)]))
        case .len:
            let n = ad_len(base[Instr.b(w)])
            if n < 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = ad_int_from_i64(n)
        case .matchKeys:
            let r = ad_match_keys(base[Instr.b(w)], base[Instr.c(w)])
            if r == 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = r
        case .matchRest:
            let r = ad_match_rest(base[Instr.b(w)], base[Instr.c(w)])
            if r == 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = r
        case .matchClass:
            let kwIndex = Int(words[pc]) - 1
            pc += 1
            let kwnames: AdValue = kwIndex >= 0 ? constants[kwIndex] : 0
            let r = ad_match_class(base[Instr.b(w)], base[Instr.c(w)], Int64(Instr.d(w)), kwnames)
            if r == 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = r
        case .return_:
            let result = base[Instr.a(w)]
            if state.pointee.frameCount == entryDepth {
                if code.pointee.isGenerator { base[code.pointee.nparams + Int(AD_GEN_STATE)] = ad_small(Int64(AD_GEN_FINISHED)) }
                return result
            }
            ad_call_depth -= 1
            state.pointee.frameCount -= 1
            let frame = state.pointee.frames[state.pointee.frameCount]
            code = frame.code
            words = code.pointee.words
            base = frame.base
            pc = frame.returnPC
            base[frame.resultRegister] = result
            top = frame.top
            ad_vm_stack_top = top
        case .yield:
            // Suspend: resume at the RESUME that follows; the value goes to the generator's caller.
            base[code.pointee.nparams + Int(AD_GEN_STATE)] = ad_small(Int64(pc))
            return base[Instr.b(w)]
        case .resume:
            let thrown = base[code.pointee.nparams + Int(AD_GEN_THROWN)]
            if thrown != 0 {
                _ = ad_err_set_object(thrown)
                if fail(at) { continue }; return 0
            }
            base[Instr.a(w)] = base[code.pointee.nparams + Int(AD_GEN_SENT)]
        case .yieldFromStep:
            let r = ad_yield_from_step(base[Instr.b(w)], base[Instr.c(w)])
            if r == 0 { if fail(at) { continue }; return 0 }
            base[Instr.a(w)] = r
        case .yieldFromResult:
            base[Instr.a(w)] = ad_yield_from_result()
        case .raise:
            _ = ad_raise(base[Instr.a(w)])
            if fail(at) { continue }; return 0
        case .raiseFrom:
            _ = ad_raise_from(base[Instr.a(w)], base[Instr.b(w)])
            if fail(at) { continue }; return 0
        case .reraise:
            _ = ad_reraise(base[Instr.a(w)])
            if fail(at, traceback: false) { continue }; return 0
        case .reraiseCurrent:
            _ = ad_reraise_current()
            if fail(at, traceback: false) { continue }; return 0
        case .unreachable:
            _ = ad_err_set(&ad_SystemError, "reached code that the compiler marked unreachable")
            if fail(at) { continue }; return 0
        }
    }
}

/// Truth with the fast path for bools, None and small ints.
@inline(__always)
private func truth(_ v: AdValue) -> Int32 {
    let fast = ad_fast_truth(v)
    return fast >= 0 ? fast : ad_truth(v)
}

/// A comparison's truth with the fast path for small ints and floats.
@inline(__always)
private func compareBool(_ x: AdValue, _ y: AdValue, _ op: Int32) -> Int32 {
    let fast = ad_fast_compare(x, y, op)
    return fast >= 0 ? fast : ad_compare_bool(x, y, op)
}

private func raiseUnbound(_ name: AdValue, kind: Int) {
    switch kind {
    case 0: _ = ad_err_unbound_local(name)
    case 1: _ = ad_err_unbound_free(name)
    default: _ = ad_err_name(name)
    }
}

/// The display-building instructions over staged values.
private func build(_ op: VMOp, _ items: UnsafeMutablePointer<AdValue>, _ n: Int) -> AdValue {
    switch op {
    case .buildList:
        return ad_list_from_array(items, n)
    case .buildTuple:
        return ad_tuple_from_array(items, n)
    case .buildSet:
        let set = ad_set_new()
        for i in 0..<n where ad_set_add(set, items[i]) < 0 { return 0 }
        return set
    case .buildDict:
        let dict = ad_dict_new()
        var i = 0
        while i < n {
            if ad_dict_set(dict, items[i], items[i + 1]) < 0 { return 0 }
            i += 2
        }
        return dict
    default:
        return ad_str_join_array(items, n)
    }
}

private func pushFrame(_ state: UnsafeMutablePointer<VMState>, _ frame: FrameRecord) {
    if state.pointee.frameCount == state.pointee.frameCapacity {
        let capacity = state.pointee.frameCapacity * 2
        let frames = UnsafeMutablePointer<FrameRecord>.allocate(capacity: capacity)
        frames.moveInitialize(from: state.pointee.frames, count: state.pointee.frameCount)
        state.pointee.frames.deallocate()
        state.pointee.frames = frames
        state.pointee.frameCapacity = capacity
    }
    state.pointee.frames[state.pointee.frameCount] = frame
    state.pointee.frameCount += 1
}

/// The exception path: add the traceback entry for the frame, then find a handler in it or in the
/// frames that called it. Returns false when the exception leaves the loop's first frame.
private func unwind(_ state: UnsafeMutablePointer<VMState>, _ code: inout UnsafeMutablePointer<VMCode>,
                    _ words: inout UnsafeMutablePointer<Word>, _ base: inout UnsafeMutablePointer<AdValue>,
                    _ pc: inout Int, _ top: inout UnsafeMutablePointer<AdValue>, at: Int, entryDepth: Int,
                    traceback: Bool) -> Bool {
    var at = at
    var addEntry = traceback
    while true {
        if addEntry {
            let frame = UnsafeRawPointer(code.pointee.adcode).assumingMemoryBound(to: AdFrameInfo.self)
            ad_traceback_add(frame, Int64(code.pointee.lines[at]))
        }
        addEntry = true
        let handler = findHandler(code, at)
        if handler >= 0 {
            pc = handler
            ad_vm_stack_top = top
            return true
        }
        if state.pointee.frameCount == entryDepth {
            return false
        }
        ad_call_depth -= 1
        state.pointee.frameCount -= 1
        let frame = state.pointee.frames[state.pointee.frameCount]
        code = frame.code
        words = code.pointee.words
        base = frame.base
        top = frame.top
        ad_vm_stack_top = top
        at = frame.callPC
    }
}
