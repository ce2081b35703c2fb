// LLVM code for each non-terminator IR instruction: fast paths inline, the runtime on the slow path.

import AdderIR
import CLLVM

extension FunctionCodegen {
    func emit(_ i: Instruction) {
        let ops = i.operands.map { value($0) }
        switch i.op {
        case .const_:
            define(i, constant(Int(i.imm)))
        case .unbound:
            define(i, t.int(0))
        case .loadSlot:
            define(i, LLVMBuildLoad2(b, t.i64, slots[Int(i.imm)], "")!)
        case .storeSlot:
            LLVMBuildStore(b, ops[0], slots[Int(i.imm)])
        case .checkBound:
            let error = newBlock("unbound"), ok = newBlock()
            branchUnlikely(LLVMBuildICmp(b, LLVMIntEQ, ops[0], t.int(0), ""), error, ok)
            LLVMPositionBuilderAtEnd(b, error)
            call("ad_raise_unbound", [poolLoad("names", Int(i.imm)), t.int32(i.aux)])
            LLVMBuildBr(b, landing())
            LLVMPositionBuilderAtEnd(b, ok)
        case .loadGlobal:
            define(i, loadGlobal(Int(i.imm)))
            if let r = i.result { loadedGlobal[r] = i.imm }
        case .storeGlobal:
            LLVMBuildStore(b, ops[0], m.poolElementAddress("globals", Int(i.imm)))
        case .delGlobal:
            let address = m.poolElementAddress("globals", Int(i.imm))
            let error = newBlock("unbound"), ok = newBlock()
            branchUnlikely(LLVMBuildICmp(b, LLVMIntEQ, LLVMBuildLoad2(b, t.i64, address, ""), t.int(0), ""), error, ok)
            LLVMPositionBuilderAtEnd(b, error)
            call("ad_err_name", [poolLoad("global_names", Int(i.imm))])
            LLVMBuildBr(b, landing())
            LLVMPositionBuilderAtEnd(b, ok)
            LLVMBuildStore(b, t.int(0), address)
        case .loadBuiltin:
            let name = poolLoad("names", Int(i.imm))
            let v = call("ad_builtin_lookup", [name])
            let error = newBlock("missing"), ok = newBlock()
            branchUnlikely(LLVMBuildICmp(b, LLVMIntEQ, v, t.int(0), ""), error, ok)
            LLVMPositionBuilderAtEnd(b, error)
            call("ad_err_name", [name])
            LLVMBuildBr(b, landing())
            LLVMPositionBuilderAtEnd(b, ok)
            define(i, v)
        case .newCell:
            define(i, call("ad_cell_new", [ops[0]]))
        case .loadClosure:
            let fnObject = LLVMBuildPtrToInt(b, LLVMGetParam(fn, 0), t.i64, "")!
            let closure = loadField(fnObject, m.functionClosureOffset)
            define(i, loadField(closure, m.tupleItemsOffset + 8 * Int(i.imm)))
        case .cellGet:
            let v = loadField(ops[0], m.cellValueOffset)
            let error = newBlock("unbound"), ok = newBlock()
            branchUnlikely(LLVMBuildICmp(b, LLVMIntEQ, v, t.int(0), ""), error, ok)
            LLVMPositionBuilderAtEnd(b, error)
            call("ad_raise_unbound", [poolLoad("names", Int(i.imm)), t.int32(i.aux)])
            LLVMBuildBr(b, landing())
            LLVMPositionBuilderAtEnd(b, ok)
            define(i, v)
        case .cellSet:
            LLVMBuildStore(b, ops[1], fieldAddress(ops[0], m.cellValueOffset))
        case .nsGet:
            define(i, call("ad_ns_get", [ops[0], poolLoad("names", Int(i.imm))]))
        case .nsDel:
            checkStatus(call("ad_ns_del", [ops[0], poolLoad("names", Int(i.imm))]))
        case .makeFunction:
            let target = Int(i.imm)
            let function = checkedCall("ad_function_new", [m.codes[target], ops[0], ops[1], ops[2]])
            if m.docConstants[target] >= 0 {
                LLVMBuildStore(b, poolLoad("constants", m.docConstants[target]), fieldAddress(function, m.functionDocOffset))
            }
            define(i, function)
        case .call:
            let args = Array(ops.dropFirst())
            if i.imm < 0, let g = loadedGlobal[i.operands[0]], let target = m.definedFunctions[g],
               directlyCallable(target, arguments: args.count) {
                define(i, directCall(ops[0], target, args))
                break
            }
            let kwnames = i.imm < 0 ? t.int(0) : poolLoad("constants", Int(i.imm))
            let positional = args.count - keywordCount(i.imm)
            define(i, checkedCall("ad_call", [ops[0], stage(args), t.int(Int64(positional)), kwnames]))
        case .callMethod:
            let args = Array(ops.dropFirst())
            let kwnames = i.aux < 0 ? t.int(0) : poolLoad("constants", Int(i.aux))
            let positional = args.count - keywordCount(i.aux)
            define(i, checkedCall("ad_call_method", [ops[0], poolLoad("names", Int(i.imm)), stage(args),
                                                     t.int(Int64(positional)), kwnames]))
        case .callEx:
            define(i, checkedCall("ad_call_ex", ops))
        case .binop, .inplace:
            let op = BinaryOp(rawValue: i.imm)!
            if Self.isFloatArithmetic(op) {
                numericArithmetic(op, numericOperand(i.operands[0]), numericOperand(i.operands[1]),
                                  inplace: i.op == .inplace, result: i.result)
            } else {
                define(i, arithmetic(op, ops[0], ops[1], inplace: i.op == .inplace))
            }
        case .concatUnique:
            define(i, smallIntArithmetic(.add, ops[0], ops[1]) {
                self.checkedCall("ad_concat_unique_or_add", [ops[0], ops[1], self.t.int32(i.imm)])
            })
        case .unop:
            if UnaryOp(rawValue: i.imm) == .neg {
                numericNegation(numericOperand(i.operands[0]), result: i.result)
            } else {
                define(i, checkedCall(["ad_neg", "ad_pos", "ad_invert"][Int(i.imm)], [ops[0]]))
            }
        case .compare:
            let op = CompareOp(rawValue: i.imm)!
            define(i, numericComparison(numericOperand(i.operands[0]), numericOperand(i.operands[1]), op,
                                        intPredicate: predicate(op), resultType: t.i64, fast: { self.boxBool($0) },
                                        slow: { self.checkedCall("ad_compare", [$0, $1, self.t.int32(op.rawValue)]) }))
        case .compareBool:
            let op = CompareOp(rawValue: i.imm)!
            define(i, numericComparison(numericOperand(i.operands[0]), numericOperand(i.operands[1]), op,
                                        intPredicate: predicate(op), resultType: t.i1, fast: { $0 },
                                        slow: { self.compareBoolSlow($0, $1, op) }))
        case .is_:
            define(i, LLVMBuildICmp(b, LLVMIntEQ, ops[0], ops[1], "")!)
        case .contains:
            let r = call("ad_contains", [ops[0], ops[1]])
            checkStatus(r)
            define(i, LLVMBuildICmp(b, LLVMIntNE, r, t.int32(0), "")!)
        case .truth:
            define(i, truth(ops[0]))
        case .boolNot:
            define(i, LLVMBuildXor(b, ops[0], t.bool(true), "")!)
        case .boxBool:
            define(i, boxBool(ops[0]))
        case .getattr:
            define(i, checkedCall("ad_getattr", [ops[0], poolLoad("names", Int(i.imm))]))
        case .setattr:
            checkStatus(call("ad_setattr", [ops[0], poolLoad("names", Int(i.imm)), ops[1]]))
        case .delattr:
            checkStatus(call("ad_delattr", [ops[0], poolLoad("names", Int(i.imm))]))
        case .getitem:
            define(i, getItem(ops[0], ops[1]))
        case .setitem:
            setItem(ops[0], ops[1], ops[2])
        case .delitem:
            checkStatus(call("ad_delitem", ops))
        case .buildSlice:
            define(i, checkedCall("ad_slice_new", ops))
        case .buildList, .buildTuple, .buildSet, .buildDict, .buildString:
            let name = [Opcode.buildList: "ad_list_from_array", .buildTuple: "ad_tuple_from_array",
                        .buildSet: "ad_build_set", .buildDict: "ad_build_dict", .buildString: "ad_str_join_array"][i.op]!
            define(i, checkedCall(name, [stage(ops), t.int(Int64(ops.count))]))
        case .listAppend: checkStatus(call("ad_list_append", ops))
        case .listExtend: checkStatus(call("ad_list_extend", ops))
        case .setAdd: checkStatus(call("ad_set_add", ops))
        case .setUpdate: checkStatus(call("ad_set_update", ops))
        case .dictSet: checkStatus(call("ad_dict_set", ops))
        case .dictMerge: checkStatus(call("ad_dict_merge", ops))
        case .dictMergeKwargs: checkStatus(call("ad_dict_merge_kwargs", ops))
        case .listToTuple: define(i, checkedCall("ad_list_as_tuple", ops))
        case .format: define(i, checkedCall("ad_format", ops))
        case .convert: define(i, checkedCall(["ad_str", "ad_repr", "ad_ascii"][Int(i.imm)], ops))
        case .getIter: define(i, checkedCall("ad_iter", ops))
        case .iterNext: define(i, iterNext(ops[0]))
        case .unpack: define(i, checkedCall("ad_unpack", [ops[0], t.int(Int64(i.imm))]))
        case .unpackStar: define(i, checkedCall("ad_unpack_star", [ops[0], t.int(Int64(i.imm)), t.int(Int64(i.aux))]))
        case .tupleGet: define(i, loadField(ops[0], m.tupleItemsOffset + 8 * Int(i.imm)))
        case .importName: define(i, checkedCall("ad_import", [poolLoad("names", Int(i.imm))]))
        case .importFrom: define(i, checkedCall("ad_import_from", [ops[0], poolLoad("names", Int(i.imm))]))
        case .getException: define(i, call("ad_err_fetch", []))
        case .excMatch:
            let r = call("ad_exc_matches", ops)
            checkStatus(r)
            define(i, LLVMBuildICmp(b, LLVMIntNE, r, t.int32(0), "")!)
        case .enterHandler: define(i, call("ad_exc_enter_handler", ops))
        case .exitHandler: call("ad_exc_exit_handler", ops)
        case .withEnter: define(i, checkedCall("ad_with_enter", ops))
        case .yield: emitYield(i, ops[0])
        case .yieldFromStep: define(i, checkedCall("ad_yield_from_step", ops))
        case .yieldFromResult: define(i, call("ad_yield_from_result", []))
        case .withExit: define(i, checkedCall("ad_with_exit", ops))
        case .matchSequence:
            define(i, LLVMBuildICmp(b, LLVMIntNE, call("ad_match_is_sequence", ops), t.int32(0), "")!)
        case .matchMapping:
            define(i, LLVMBuildICmp(b, LLVMIntNE, call("ad_match_is_mapping", ops), t.int32(0), "")!)
        case .len:
            let n = call("ad_len", ops)
            checkStatus(n)
            define(i, LLVMBuildOr(b, LLVMBuildShl(b, n, t.int(1), ""), t.int(1), "")!)
        case .matchKeys: define(i, checkedCall("ad_match_keys", ops))
        case .matchRest: define(i, checkedCall("ad_match_rest", ops))
        case .matchClass:
            let kwnames = i.aux < 0 ? t.int(0) : poolLoad("constants", Int(i.aux))
            define(i, checkedCall("ad_match_class", [ops[0], ops[1], t.int(Int64(i.imm)), kwnames]))
        case .jump, .branch, .branchStop, .return_, .raise, .raiseFrom, .reraise, .reraiseCurrent, .unreachable:
            preconditionFailure("terminator \(i.op) in the middle of a block")
        }
    }

    // MARK: - Direct calls

    /// A call with exactly the positional parameters of a function without *args, **kwargs or
    /// keyword-only parameters can enter it directly.
    private func directlyCallable(_ target: Int, arguments: Int) -> Bool {
        let sig = m.ir.functions[target].signature
        return !m.ir.functions[target].isGenerator && !sig.hasVarArgs && !sig.hasVarKeywords && sig.keywordOnly == 0 && sig.positional == arguments
    }

    /// Call functions[target] directly when the callee is that function (its code is the one we
    /// compiled); otherwise through ad_call. The recursion depth is counted inline.
    private func directCall(_ callee: LLVMValueRef, _ target: Int, _ args: [LLVMValueRef]) -> LLVMValueRef {
        let buffer = stage(args)
        let checkCode = newBlock(), direct = newBlock("direct"), generic = newBlock("generic"), done = newBlock()
        let isObject = LLVMBuildICmp(b, LLVMIntEQ, LLVMBuildAnd(b, callee, t.int(1), ""), t.int(0), "")!
        LLVMBuildCondBr(b, isObject, checkCode, generic)
        LLVMPositionBuilderAtEnd(b, checkCode)
        let isFunction = LLVMBuildICmp(b, LLVMIntEQ, loadField(callee, 0), m.runtimeAddress("ad_function_type"), "")!
        let code = loadField(callee, m.functionCodeOffset)
        let isTarget = LLVMBuildICmp(b, LLVMIntEQ, code, LLVMConstPtrToInt(m.codes[target], t.i64), "")!
        let depthAddress = LLVMBuildIntToPtr(b, m.runtimeAddress("ad_call_depth"), t.ptr, "")!
        let depth = LLVMBuildLoad2(b, t.i64, depthAddress, "")!
        let limit = LLVMBuildLoad2(b, t.i64, LLVMBuildIntToPtr(b, m.runtimeAddress("ad_recursion_limit"), t.ptr, ""), "")!
        let deeper = LLVMBuildAdd(b, depth, t.int(1), "")!
        let allowed = LLVMBuildICmp(b, LLVMIntSLE, deeper, limit, "")!
        LLVMBuildCondBr(b, LLVMBuildAnd(b, LLVMBuildAnd(b, isFunction, isTarget, ""), allowed, ""), direct, generic)
        LLVMPositionBuilderAtEnd(b, direct)
        LLVMBuildStore(b, deeper, depthAddress)
        let entryType = t.function(t.i64, [t.ptr, t.ptr])
        let fnPointer = LLVMBuildIntToPtr(b, callee, t.ptr, "")!
        let directValue = withArray([fnPointer, buffer]) { LLVMBuildCall2(b, entryType, m.functions[target], $0, $1, "") }!
        LLVMBuildStore(b, depth, depthAddress)
        let directEnd = currentBlock
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, generic)
        let genericValue = call("ad_call", [callee, buffer, t.int(Int64(args.count)), t.int(0)])
        let genericEnd = currentBlock
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, done)
        let result = phi(t.i64, [(directValue, directEnd), (genericValue, genericEnd)])
        checkValue(result)
        return result
    }

    // MARK: - Iteration

    /// next(it) with list and range iterators stepped inline; the stop marker (2) when exhausted.
    private func iterNext(_ it: LLVMValueRef) -> LLVMValueRef {
        let checkType = newBlock(), range = newBlock("range"), rangeValue = newBlock(), notRange = newBlock()
        let list = newBlock("list"), listValue = newBlock(), listEnd = newBlock()
        let generic = newBlock("generic"), done = newBlock()
        let isObject = LLVMBuildICmp(b, LLVMIntEQ, LLVMBuildAnd(b, it, t.int(1), ""), t.int(0), "")!
        LLVMBuildCondBr(b, isObject, checkType, generic)
        LLVMPositionBuilderAtEnd(b, checkType)
        let type = loadField(it, 0)
        LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntEQ, type, m.runtimeAddress("ad_range_iter_type"), ""), range, notRange)
        // Range: remaining > 0, and the next value fits the small-int range.
        LLVMPositionBuilderAtEnd(b, range)
        let remaining = loadField(it, m.rangeIterRemainingOffset)
        let next = loadField(it, m.rangeIterNextOffset)
        let fits = LLVMBuildICmp(b, LLVMIntEQ, LLVMBuildAShr(b, LLVMBuildShl(b, next, t.int(1), ""), t.int(1), ""), next, "")!
        let exhausted = LLVMBuildICmp(b, LLVMIntSLE, remaining, t.int(0), "")!
        let stopFromRange = newBlock()
        LLVMBuildCondBr(b, exhausted, stopFromRange, newBlockBranch(fits, rangeValue, generic))
        LLVMPositionBuilderAtEnd(b, stopFromRange)
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, rangeValue)
        LLVMBuildStore(b, LLVMBuildSub(b, remaining, t.int(1), ""), fieldAddress(it, m.rangeIterRemainingOffset))
        LLVMBuildStore(b, LLVMBuildAdd(b, next, loadField(it, m.rangeIterStepOffset), ""), fieldAddress(it, m.rangeIterNextOffset))
        let rangeResult = LLVMBuildOr(b, LLVMBuildShl(b, next, t.int(1), ""), t.int(1), "")!
        LLVMBuildBr(b, done)
        // List: the next item while the index is below the current length.
        LLVMPositionBuilderAtEnd(b, notRange)
        LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntEQ, type, m.runtimeAddress("ad_list_iter_type"), ""), list, generic)
        LLVMPositionBuilderAtEnd(b, list)
        let seq = loadField(it, m.listIterSeqOffset)
        let stopFromList = newBlock(), checkIndex = newBlock()
        LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntEQ, seq, t.int(0), ""), stopFromList, checkIndex)
        LLVMPositionBuilderAtEnd(b, checkIndex)
        let index = loadField(it, m.listIterIndexOffset)
        let length = loadField(seq, m.listLengthOffset)
        LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntSLT, index, length, ""), listValue, listEnd)
        LLVMPositionBuilderAtEnd(b, listValue)
        let items = LLVMBuildIntToPtr(b, loadField(seq, m.listItemsOffset), t.ptr, "")!
        let item = LLVMBuildLoad2(b, t.i64, withArray([index]) { LLVMBuildInBoundsGEP2(b, t.i64, items, $0, $1, "") }, "")!
        LLVMBuildStore(b, LLVMBuildAdd(b, index, t.int(1), ""), fieldAddress(it, m.listIterIndexOffset))
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, listEnd)
        LLVMBuildStore(b, t.int(0), fieldAddress(it, m.listIterSeqOffset))
        LLVMBuildBr(b, stopFromList)
        LLVMPositionBuilderAtEnd(b, stopFromList)
        LLVMBuildBr(b, done)
        // Anything else: the runtime.
        LLVMPositionBuilderAtEnd(b, generic)
        let genericValue = checkedCall("ad_next", [it])
        let genericEnd = currentBlock
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, done)
        return phi(t.i64, [(t.int(2), stopFromRange), (rangeResult, rangeValue), (item, listValue),
                           (t.int(2), stopFromList), (genericValue, genericEnd)])
    }

    /// A block that branches on `condition`; returns it (for use as a branch target).
    private func newBlockBranch(_ condition: LLVMValueRef, _ ifTrue: LLVMBasicBlockRef,
                                _ ifFalse: LLVMBasicBlockRef) -> LLVMBasicBlockRef {
        let saved = currentBlock
        let block = newBlock()
        LLVMPositionBuilderAtEnd(b, block)
        LLVMBuildCondBr(b, condition, ifTrue, ifFalse)
        LLVMPositionBuilderAtEnd(b, saved)
        return block
    }

    private func keywordCount(_ kwnames: Int32) -> Int {
        guard kwnames >= 0, case .tuple(let names) = m.ir.constants[Int(kwnames)] else { return 0 }
        return names.count
    }

    /// A constant: small ints and singletons are immediates, the rest comes from the pool.
    private func constant(_ k: Int) -> LLVMValueRef {
        switch m.ir.constants[k] {
        case .int(let v) where v >= -(Int64(1) << 62) && v < (Int64(1) << 62):
            return t.int(v << 1 | 1)
        case .none: return m.runtimeAddress("ad_None")
        case .true: return m.runtimeAddress("ad_True")
        case .false: return m.runtimeAddress("ad_False")
        default: return poolLoad("constants", k)
        }
    }

    /// A global's value, or the builtin of its name when it is unbound (NameError if neither).
    private func loadGlobal(_ g: Int) -> LLVMValueRef {
        let v = LLVMBuildLoad2(b, t.i64, m.poolElementAddress("globals", g), "")!
        let bound = currentBlock
        let slow = newBlock("builtin"), done = newBlock()
        branchUnlikely(LLVMBuildICmp(b, LLVMIntEQ, v, t.int(0), ""), slow, done)
        LLVMPositionBuilderAtEnd(b, slow)
        let builtin = call("ad_load_global_fallback", [poolLoad("global_names", g)])
        let missing = newBlock("missing"), found = newBlock()
        branchUnlikely(LLVMBuildICmp(b, LLVMIntEQ, builtin, t.int(0), ""), missing, found)
        LLVMPositionBuilderAtEnd(b, missing)
        let locals = f.localNamesConstant >= 0 ? poolLoad("constants", Int(f.localNamesConstant)) : t.int(0)
        call("ad_name_error_context", [m.poolElementAddress("globals", 0), m.poolElementAddress("global_names", 0),
                                       t.int(Int64(m.ir.globals.count)), locals])
        LLVMBuildBr(b, landing())
        LLVMPositionBuilderAtEnd(b, found)
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, done)
        return phi(t.i64, [(v, bound), (builtin, found)])
    }

    // MARK: - Arithmetic

    private func arithmetic(_ op: BinaryOp, _ x: LLVMValueRef, _ y: LLVMValueRef, inplace: Bool) -> LLVMValueRef {
        let generic: () -> LLVMValueRef = {
            let name = inplace ? "ad_inplace" : "ad_binop"
            return self.checkedCall(name, [self.t.int32(op.rawValue), x, y])
        }
        switch op {
        case .floordiv, .mod: return smallIntDivision(op, x, y, generic)
        case .and, .or, .xor: return smallIntBitwise(op, x, y, generic)
        default: return generic()
        }
    }

    /// Floor division and modulo of small ints with Python's signs, when the divisor is not 0.
    private func smallIntDivision(_ op: BinaryOp, _ x: LLVMValueRef, _ y: LLVMValueRef,
                                  _ slow: () -> LLVMValueRef) -> LLVMValueRef {
        let fast = newBlock("int"), slowBlock = newBlock("slow"), done = newBlock()
        let bothSmall = isSmallInt(LLVMBuildAnd(b, x, y, ""))
        let nonzero = LLVMBuildICmp(b, LLVMIntNE, y, t.int(1), "")!
        LLVMBuildCondBr(b, LLVMBuildAnd(b, bothSmall, nonzero, ""), fast, slowBlock)
        LLVMPositionBuilderAtEnd(b, fast)
        let a = LLVMBuildAShr(b, x, t.int(1), "")!, d = LLVMBuildAShr(b, y, t.int(1), "")!
        let q = LLVMBuildSDiv(b, a, d, "")!, r = LLVMBuildSRem(b, a, d, "")!
        // Floor: when the remainder is not 0 and its sign differs from the divisor's.
        let adjust = LLVMBuildAnd(b, LLVMBuildICmp(b, LLVMIntNE, r, t.int(0), ""),
                                  LLVMBuildICmp(b, LLVMIntSLT, LLVMBuildXor(b, r, d, ""), t.int(0), ""), "")!
        let result: LLVMValueRef
        if op == .floordiv {
            result = LLVMBuildSub(b, q, LLVMBuildZExt(b, adjust, t.i64, ""), "")
        } else {
            result = LLVMBuildAdd(b, r, LLVMBuildSelect(b, adjust, d, t.int(0), ""), "")
        }
        // Only -2**62 // -1 leaves the small range.
        let fits = LLVMBuildICmp(b, LLVMIntNE, result, t.int(Int64(1) << 62), "")!
        let tagged = LLVMBuildOr(b, LLVMBuildShl(b, result, t.int(1), ""), t.int(1), "")!
        let fastEnd = currentBlock
        LLVMBuildCondBr(b, fits, done, slowBlock)
        LLVMPositionBuilderAtEnd(b, slowBlock)
        let slowValue = slow()
        let slowEnd = currentBlock
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, done)
        return phi(t.i64, [(tagged, fastEnd), (slowValue, slowEnd)])
    }

    /// &, | and ^ of small ints work on the tagged words directly (^ needs the tag put back).
    private func smallIntBitwise(_ op: BinaryOp, _ x: LLVMValueRef, _ y: LLVMValueRef,
                                 _ slow: () -> LLVMValueRef) -> LLVMValueRef {
        let fast = newBlock("int"), slowBlock = newBlock("slow"), done = newBlock()
        LLVMBuildCondBr(b, isSmallInt(LLVMBuildAnd(b, x, y, "")), fast, slowBlock)
        LLVMPositionBuilderAtEnd(b, fast)
        let result: LLVMValueRef
        switch op {
        case .and: result = LLVMBuildAnd(b, x, y, "")
        case .or: result = LLVMBuildOr(b, x, y, "")
        default: result = LLVMBuildOr(b, LLVMBuildXor(b, x, y, ""), t.int(1), "")
        }
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, slowBlock)
        let slowValue = slow()
        let slowEnd = currentBlock
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, done)
        return phi(t.i64, [(result, fast), (slowValue, slowEnd)])
    }

    /// Tagged small-int +, - or * with LLVM's overflow intrinsics; `slow` for anything else.
    func smallIntArithmetic(_ op: BinaryOp, _ x: LLVMValueRef, _ y: LLVMValueRef,
                            _ slow: () -> LLVMValueRef) -> LLVMValueRef {
        let fast = newBlock("int"), slowBlock = newBlock("slow"), done = newBlock()
        LLVMBuildCondBr(b, isSmallInt(LLVMBuildAnd(b, x, y, "")), fast, slowBlock)
        LLVMPositionBuilderAtEnd(b, fast)
        let (sum, overflow) = smallIntOverflowing(op, x, y)
        let fastEnd = currentBlock
        branchUnlikely(overflow, slowBlock, done)
        LLVMPositionBuilderAtEnd(b, slowBlock)
        let slowValue = slow()
        let slowEnd = currentBlock
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, done)
        return phi(t.i64, [(sum, fastEnd), (slowValue, slowEnd)])
    }

    /// x OP y (+, -, *) of two small ints as a tagged word, and whether it overflowed.
    func smallIntOverflowing(_ op: BinaryOp, _ x: LLVMValueRef, _ y: LLVMValueRef) -> (LLVMValueRef, LLVMValueRef) {
        // Tagged values are 2a+1 and 2b+1: (2a+1) ± 2b = 2(a±b)+1, and (a)·(2b) + 1 = 2ab+1.
        let yUntagged = LLVMBuildSub(b, y, t.int(1), "")!
        let intrinsic: String, lhs: LLVMValueRef
        switch op {
        case .add: intrinsic = "llvm.sadd.with.overflow"; lhs = x
        case .sub: intrinsic = "llvm.ssub.with.overflow"; lhs = x
        default: intrinsic = "llvm.smul.with.overflow"; lhs = LLVMBuildAShr(b, x, t.int(1), "")
        }
        let result = overflowIntrinsic(intrinsic, lhs, yUntagged)
        var sum = LLVMBuildExtractValue(b, result, 0, "")!
        let overflow = LLVMBuildExtractValue(b, result, 1, "")!
        if op == .mul { sum = LLVMBuildOr(b, sum, t.int(1), "") }
        return (sum, overflow)
    }

    private func overflowIntrinsic(_ name: String, _ a: LLVMValueRef, _ c: LLVMValueRef) -> LLVMValueRef {
        let id = LLVMLookupIntrinsicID(name, name.utf8.count)
        var params: [LLVMTypeRef?] = [t.i64]
        let decl = params.withUnsafeMutableBufferPointer { LLVMGetIntrinsicDeclaration(m.module, id, $0.baseAddress, 1) }!
        let type = params.withUnsafeMutableBufferPointer { LLVMIntrinsicGetType(m.context, id, $0.baseAddress, 1) }!
        return withArray([a, c]) { LLVMBuildCall2(b, type, decl, $0, $1, "") }!
    }

    // MARK: - Comparisons and truth

    func predicate(_ op: CompareOp) -> LLVMIntPredicate {
        switch op {
        case .lt: return LLVMIntSLT
        case .le: return LLVMIntSLE
        case .eq: return LLVMIntEQ
        case .ne: return LLVMIntNE
        case .gt: return LLVMIntSGT
        case .ge: return LLVMIntSGE
        }
    }

    /// The truth of x OP y through the runtime.
    func compareBoolSlow(_ x: LLVMValueRef, _ y: LLVMValueRef, _ op: CompareOp) -> LLVMValueRef {
        let r = call("ad_compare_bool", [x, y, t.int32(op.rawValue)])
        checkStatus(r)
        return LLVMBuildICmp(b, LLVMIntNE, r, t.int32(0), "")!
    }

    /// bool(v): small ints, True, False and None inline; the runtime for anything else.
    func truth(_ v: LLVMValueRef) -> LLVMValueRef {
        let small = newBlock("int"), object = newBlock("object"), generic = newBlock("generic"), done = newBlock()
        LLVMBuildCondBr(b, isSmallInt(v), small, object)
        LLVMPositionBuilderAtEnd(b, small)
        let smallValue = LLVMBuildICmp(b, LLVMIntNE, v, t.int(1), "")!
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, object)
        let isTrue = LLVMBuildICmp(b, LLVMIntEQ, v, m.runtimeAddress("ad_True"), "")!
        let isFalse = LLVMBuildICmp(b, LLVMIntEQ, v, m.runtimeAddress("ad_False"), "")!
        let isNone = LLVMBuildICmp(b, LLVMIntEQ, v, m.runtimeAddress("ad_None"), "")!
        let known = LLVMBuildOr(b, isTrue, LLVMBuildOr(b, isFalse, isNone, ""), "")!
        LLVMBuildCondBr(b, known, done, generic)
        LLVMPositionBuilderAtEnd(b, generic)
        let r = call("ad_truth", [v])
        checkStatus(r)
        let genericValue = LLVMBuildICmp(b, LLVMIntNE, r, t.int32(0), "")!
        let genericEnd = currentBlock
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, done)
        return phi(t.i1, [(smallValue, small), (isTrue, object), (genericValue, genericEnd)])
    }

    // MARK: - Items

    /// The address of list[index] when `container` is a list and `index` a small int in range;
    /// otherwise branches to `slow`. Leaves the builder in the fast block.
    private func listElementAddress(_ container: LLVMValueRef, _ index: LLVMValueRef,
                                    slow: LLVMBasicBlockRef) -> LLVMValueRef {
        let checkType = newBlock(), inRange = newBlock()
        let notSmall = LLVMBuildICmp(b, LLVMIntEQ, LLVMBuildAnd(b, container, t.int(1), ""), t.int(0), "")!
        LLVMBuildCondBr(b, LLVMBuildAnd(b, isSmallInt(index), notSmall, ""), checkType, slow)
        LLVMPositionBuilderAtEnd(b, checkType)
        let type = loadField(container, 0)
        let isList = LLVMBuildICmp(b, LLVMIntEQ, type, m.runtimeAddress("ad_list_type"), "")!
        let length = loadField(container, m.listLengthOffset)
        var i = LLVMBuildAShr(b, index, t.int(1), "")!
        let negative = LLVMBuildICmp(b, LLVMIntSLT, i, t.int(0), "")!
        i = LLVMBuildSelect(b, negative, LLVMBuildAdd(b, i, length, ""), i, "")
        let ok = LLVMBuildICmp(b, LLVMIntULT, i, length, "")!
        LLVMBuildCondBr(b, LLVMBuildAnd(b, isList, ok, ""), inRange, slow)
        LLVMPositionBuilderAtEnd(b, inRange)
        let items = LLVMBuildIntToPtr(b, loadField(container, m.listItemsOffset), t.ptr, "")!
        return withArray([i]) { LLVMBuildInBoundsGEP2(b, t.i64, items, $0, $1, "") }!
    }

    private func getItem(_ container: LLVMValueRef, _ index: LLVMValueRef) -> LLVMValueRef {
        let slow = newBlock("slow"), done = newBlock()
        let address = listElementAddress(container, index, slow: slow)
        let fastValue = LLVMBuildLoad2(b, t.i64, address, "")!
        let fastEnd = currentBlock
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, slow)
        let slowValue = checkedCall("ad_getitem", [container, index])
        let slowEnd = currentBlock
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, done)
        return phi(t.i64, [(fastValue, fastEnd), (slowValue, slowEnd)])
    }

    private func setItem(_ container: LLVMValueRef, _ index: LLVMValueRef, _ v: LLVMValueRef) {
        let slow = newBlock("slow"), done = newBlock()
        let address = listElementAddress(container, index, slow: slow)
        LLVMBuildStore(b, v, address)
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, slow)
        checkStatus(call("ad_setitem", [container, index, v]))
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, done)
    }
}
