// Float fast paths, and floats that are never boxed.
//
// `+ - * /`, unary minus and comparisons of floats (and of a float with a small int) run inline on
// doubles. A boxed float costs an allocation, so the result of such an operation is left unboxed
// when every use of it is another such operation: `dx * dx + dy * dy` allocates only the final sum
// when that is stored. Such a value (one of `unboxed`) is represented by three LLVM values: the
// word it has when it is not a float (a small int, or whatever the slow path returned) or 0, a flag
// saying it is a float, and the double. Its consumers test the flag first; the rare slow path of a
// consumer boxes it on demand (a temporary whose identity no program can observe).
//
// Mixed operations convert the small int to double, as float.__add__ etc. do (rounding to nearest,
// like PyLong_AsDouble); int / int is computed on doubles only when both fit in 53 bits, where that
// is exactly CPython's result. Division by zero, big ints, float subclasses and everything else
// take the runtime path.

import AdderIR
import CLLVM

/// An operand of a numeric operation: its word, and its unboxed double when it may be one.
struct NumericOperand {
    var word: LLVMValueRef
    var unboxed: UnboxedFloat?
}

/// A value kept as a double: `isFloat` says whether the double (and not the word) is the value.
struct UnboxedFloat {
    var isFloat: LLVMValueRef
    var double: LLVMValueRef
}

extension FunctionCodegen {
    /// The values that are results of float-capable operations and only ever used by such
    /// operations, so that they need not be boxed.
    static func unboxableFloats(in f: IRFunction) -> Set<Int> {
        var candidates = Set<Int>()
        var escaping = Set<Int>()
        for block in f.blocks {
            for i in block.instructions {
                if let r = i.result, producesFloat(i) { candidates.insert(Int(r.index)) }
                if !consumesUnboxed(i) { for v in i.operands { escaping.insert(Int(v.index)) } }
                for target in i.targets { for v in target.args { escaping.insert(Int(v.index)) } }
            }
        }
        return candidates.subtracting(escaping)
    }

    private static func producesFloat(_ i: Instruction) -> Bool {
        switch i.op {
        case .binop, .inplace: return isFloatArithmetic(BinaryOp(rawValue: i.imm)!)
        case .unop: return UnaryOp(rawValue: i.imm) == .neg
        default: return false
        }
    }

    private static func consumesUnboxed(_ i: Instruction) -> Bool {
        switch i.op {
        case .binop, .inplace: return isFloatArithmetic(BinaryOp(rawValue: i.imm)!)
        case .unop: return UnaryOp(rawValue: i.imm) == .neg
        case .compare, .compareBool: return true
        default: return false
        }
    }

    static func isFloatArithmetic(_ op: BinaryOp) -> Bool {
        op == .add || op == .sub || op == .mul || op == .truediv
    }

    func numericOperand(_ v: Value) -> NumericOperand {
        NumericOperand(word: value(v), unboxed: unboxedFloats[Int(v.index)])
    }

    /// The operand as an object: boxes an unboxed float (only slow paths need this).
    func materialize(_ o: NumericOperand) -> LLVMValueRef {
        guard let u = o.unboxed else { return o.word }
        let box = newBlock("box"), done = newBlock()
        let from = currentBlock
        LLVMBuildCondBr(b, u.isFloat, box, done)
        LLVMPositionBuilderAtEnd(b, box)
        let boxed = call("ad_float", [u.double])
        let boxEnd = currentBlock
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, done)
        return phi(t.i64, [(o.word, from), (boxed, boxEnd)])
    }

    /// The operand as a double, when it is a float or a small int; branches to `fail` otherwise.
    /// `isInt` is true when it was a small int. Leaves the builder where both are usable.
    private func asDouble(_ o: NumericOperand, fail: LLVMBasicBlockRef) -> (double: LLVMValueRef, isInt: LLVMValueRef) {
        let done = newBlock()
        var doubles: [(LLVMValueRef, LLVMBasicBlockRef)] = []
        var ints: [(LLVMValueRef, LLVMBasicBlockRef)] = []
        if let u = o.unboxed {
            let boxedCheck = newBlock()
            doubles.append((u.double, currentBlock))
            ints.append((t.bool(false), currentBlock))
            LLVMBuildCondBr(b, u.isFloat, done, boxedCheck)
            LLVMPositionBuilderAtEnd(b, boxedCheck)
        }
        let object = newBlock(), small = newBlock(), float = newBlock()
        LLVMBuildCondBr(b, isSmallInt(o.word), small, object)
        LLVMPositionBuilderAtEnd(b, small)
        doubles.append((LLVMBuildSIToFP(b, LLVMBuildAShr(b, o.word, t.int(1), ""), t.double, ""), small))
        ints.append((t.bool(true), small))
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, object)
        let isFloat = LLVMBuildICmp(b, LLVMIntEQ, loadField(o.word, 0), m.runtimeAddress("ad_float_type"), "")!
        LLVMBuildCondBr(b, isFloat, float, fail)
        LLVMPositionBuilderAtEnd(b, float)
        doubles.append((LLVMBuildLoad2(b, t.double, fieldAddress(o.word, m.floatValueOffset), "")!, float))
        ints.append((t.bool(false), float))
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, done)
        return (phi(t.double, doubles), phi(t.i1, ints))
    }

    /// |v| < 2**53 for a small int's untagged value (exactly representable as a double).
    private func fitsDoubleMantissa(_ tagged: LLVMValueRef) -> LLVMValueRef {
        let v = LLVMBuildAShr(b, tagged, t.int(1), "")!
        let biased = LLVMBuildAdd(b, v, t.int(Int64(1) << 53), "")!
        return LLVMBuildICmp(b, LLVMIntULE, biased, t.int(Int64(1) << 54), "")!
    }

    /// x OP y for + - * / (binop or in-place): small ints inline, floats (and float/int mixes)
    /// inline on doubles, the runtime otherwise. Defines `result`, unboxed when it is unboxable.
    func numericArithmetic(_ op: BinaryOp, _ x: NumericOperand, _ y: NumericOperand, inplace: Bool, result: Value?) {
        let keepUnboxed = result.map { unboxableValues.contains(Int($0.index)) } ?? false
        let slowBlock = newBlock("slow"), done = newBlock()
        var words: [(LLVMValueRef, LLVMBasicBlockRef)] = []
        var flags: [(LLVMValueRef, LLVMBasicBlockRef)] = []
        var doubles: [(LLVMValueRef, LLVMBasicBlockRef)] = []
        let undefDouble = LLVMGetUndef(t.double)!

        let floatEntry = newBlock("floatcheck")
        if op != .truediv {
            // Small ints: the tagged word of an unboxed float is 0, which is not a small int.
            let intBlock = newBlock("int")
            LLVMBuildCondBr(b, isSmallInt(LLVMBuildAnd(b, x.word, y.word, "")), intBlock, floatEntry)
            LLVMPositionBuilderAtEnd(b, intBlock)
            let (sum, overflow) = smallIntOverflowing(op, x.word, y.word)
            words.append((sum, currentBlock))
            flags.append((t.bool(false), currentBlock))
            doubles.append((undefDouble, currentBlock))
            branchUnlikely(overflow, slowBlock, done)
        } else {
            LLVMBuildBr(b, floatEntry)
        }

        LLVMPositionBuilderAtEnd(b, floatEntry)
        let (a, aIsInt) = asDouble(x, fail: slowBlock)
        let (c, cIsInt) = asDouble(y, fail: slowBlock)
        let bothInts = LLVMBuildAnd(b, aIsInt, cIsInt, "")!
        let compute = newBlock("float")
        if op == .truediv {
            // int / int on doubles only when both are exact doubles (then it is CPython's result);
            // division by zero raises on the slow path.
            let exactInts = LLVMBuildAnd(b, fitsDoubleMantissa(x.word), fitsDoubleMantissa(y.word), "")!
            let intsOK = LLVMBuildOr(b, LLVMBuildXor(b, bothInts, t.bool(true), ""), exactInts, "")!
            let nonzero = LLVMBuildFCmp(b, LLVMRealUNE, c, LLVMConstReal(t.double, 0), "")!
            LLVMBuildCondBr(b, LLVMBuildAnd(b, intsOK, nonzero, ""), compute, slowBlock)
        } else {
            // Two small ints only get here when the int operation overflowed: that is a big int.
            LLVMBuildCondBr(b, bothInts, slowBlock, compute)
        }
        LLVMPositionBuilderAtEnd(b, compute)
        let d: LLVMValueRef
        switch op {
        case .add: d = LLVMBuildFAdd(b, a, c, "")
        case .sub: d = LLVMBuildFSub(b, a, c, "")
        case .mul: d = LLVMBuildFMul(b, a, c, "")
        default: d = LLVMBuildFDiv(b, a, c, "")
        }
        if keepUnboxed {
            words.append((t.int(0), currentBlock))
            flags.append((t.bool(true), currentBlock))
            doubles.append((d, currentBlock))
        } else {
            let boxed = call("ad_float", [d])
            words.append((boxed, currentBlock))
            flags.append((t.bool(false), currentBlock))
            doubles.append((undefDouble, currentBlock))
        }
        LLVMBuildBr(b, done)

        LLVMPositionBuilderAtEnd(b, slowBlock)
        let name = inplace ? "ad_inplace" : "ad_binop"
        let slowValue = checkedCall(name, [t.int32(op.rawValue), materialize(x), materialize(y)])
        words.append((slowValue, currentBlock))
        flags.append((t.bool(false), currentBlock))
        doubles.append((undefDouble, currentBlock))
        LLVMBuildBr(b, done)

        LLVMPositionBuilderAtEnd(b, done)
        let word = phi(t.i64, words)
        defineNumeric(result, word, keepUnboxed ? UnboxedFloat(isFloat: phi(t.i1, flags), double: phi(t.double, doubles)) : nil)
    }

    /// -x: small ints (except the one whose negation leaves the range) and floats inline.
    func numericNegation(_ x: NumericOperand, result: Value?) {
        let keepUnboxed = result.map { unboxableValues.contains(Int($0.index)) } ?? false
        let slowBlock = newBlock("slow"), done = newBlock()
        var words: [(LLVMValueRef, LLVMBasicBlockRef)] = []
        var flags: [(LLVMValueRef, LLVMBasicBlockRef)] = []
        var doubles: [(LLVMValueRef, LLVMBasicBlockRef)] = []
        let undefDouble = LLVMGetUndef(t.double)!
        let intBlock = newBlock("int"), floatEntry = newBlock("floatcheck")
        LLVMBuildCondBr(b, isSmallInt(x.word), intBlock, floatEntry)
        LLVMPositionBuilderAtEnd(b, intBlock)
        // -(2a+1) + 2 = 2(-a)+1; only a = -2**62 overflows.
        let negated = LLVMBuildSub(b, t.int(2), x.word, "")!
        let overflow = LLVMBuildICmp(b, LLVMIntEQ, x.word, t.int(Int64.min + 1), "")!
        words.append((negated, currentBlock))
        flags.append((t.bool(false), currentBlock))
        doubles.append((undefDouble, currentBlock))
        branchUnlikely(overflow, slowBlock, done)
        LLVMPositionBuilderAtEnd(b, floatEntry)
        let (a, isInt) = asDouble(x, fail: slowBlock)
        let compute = newBlock("float")
        LLVMBuildCondBr(b, isInt, slowBlock, compute)
        LLVMPositionBuilderAtEnd(b, compute)
        let d = LLVMBuildFNeg(b, a, "")!
        if keepUnboxed {
            words.append((t.int(0), currentBlock))
            flags.append((t.bool(true), currentBlock))
            doubles.append((d, currentBlock))
        } else {
            words.append((call("ad_float", [d]), currentBlock))
            flags.append((t.bool(false), currentBlock))
            doubles.append((undefDouble, currentBlock))
        }
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, slowBlock)
        let slowValue = checkedCall("ad_neg", [materialize(x)])
        words.append((slowValue, currentBlock))
        flags.append((t.bool(false), currentBlock))
        doubles.append((undefDouble, currentBlock))
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, done)
        let word = phi(t.i64, words)
        defineNumeric(result, word, keepUnboxed ? UnboxedFloat(isFloat: phi(t.i1, flags), double: phi(t.double, doubles)) : nil)
    }

    private func defineNumeric(_ result: Value?, _ word: LLVMValueRef, _ unboxed: UnboxedFloat?) {
        guard let r = result else { return }
        values[Int(r.index)] = word
        if let u = unboxed { unboxedFloats[Int(r.index)] = u }
    }

    /// x OP y as an i1: small ints and floats (a float with a small int that is an exact double)
    /// inline; `slow` computes it from the boxed operands otherwise.
    func numericComparison(_ x: NumericOperand, _ y: NumericOperand, _ op: CompareOp,
                           intPredicate: LLVMIntPredicate, resultType: LLVMTypeRef,
                           fast: (LLVMValueRef) -> LLVMValueRef,
                           slow: (LLVMValueRef, LLVMValueRef) -> LLVMValueRef) -> LLVMValueRef {
        let intBlock = newBlock("int"), floatEntry = newBlock("floatcheck"), slowBlock = newBlock("slow")
        let done = newBlock()
        var results: [(LLVMValueRef, LLVMBasicBlockRef)] = []
        LLVMBuildCondBr(b, isSmallInt(LLVMBuildAnd(b, x.word, y.word, "")), intBlock, floatEntry)
        LLVMPositionBuilderAtEnd(b, intBlock)
        results.append((fast(LLVMBuildICmp(b, intPredicate, x.word, y.word, "")!), currentBlock))
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, floatEntry)
        let (a, aIsInt) = asDouble(x, fail: slowBlock)
        let (c, cIsInt) = asDouble(y, fail: slowBlock)
        // A small int compares exactly with a float only when it is an exact double.
        let aOK = LLVMBuildOr(b, LLVMBuildXor(b, aIsInt, t.bool(true), ""), fitsDoubleMantissa(x.word), "")!
        let cOK = LLVMBuildOr(b, LLVMBuildXor(b, cIsInt, t.bool(true), ""), fitsDoubleMantissa(y.word), "")!
        let compute = newBlock("float")
        LLVMBuildCondBr(b, LLVMBuildAnd(b, aOK, cOK, ""), compute, slowBlock)
        LLVMPositionBuilderAtEnd(b, compute)
        let predicate: LLVMRealPredicate
        switch op {
        case .lt: predicate = LLVMRealOLT
        case .le: predicate = LLVMRealOLE
        case .eq: predicate = LLVMRealOEQ
        case .ne: predicate = LLVMRealUNE
        case .gt: predicate = LLVMRealOGT
        case .ge: predicate = LLVMRealOGE
        }
        results.append((fast(LLVMBuildFCmp(b, predicate, a, c, "")!), currentBlock))
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, slowBlock)
        let slowValue = slow(materialize(x), materialize(y))
        results.append((slowValue, currentBlock))
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, done)
        return phi(resultType, results)
    }
}
