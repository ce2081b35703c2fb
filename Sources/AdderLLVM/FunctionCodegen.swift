// IR function → LLVM function: one pass over the blocks in reverse postorder (definitions before
// uses), block parameters as phi nodes, frame slots as allocas (LLVM's mem2reg promotes them).
//
// Every instruction that can raise is followed by a test of its result and a branch, marked
// unlikely, to a landing block that appends the traceback entry for this function and line and
// jumps to the block's handler, or returns 0 when there is none. Landing blocks are shared by all
// failure sites with the same line and handler. The fast paths — tagged small-int arithmetic with
// LLVM's overflow intrinsics, comparisons of small ints, truth of bools, None and small ints,
// list indexing — are inline; the runtime is called on the slow path only.

import AdderIR
import AdderRuntime
import CLLVM

final class FunctionCodegen {
    unowned let m: ModuleCodegen
    let f: IRFunction
    let index: Int
    let fn: LLVMValueRef
    let t: LLVMTypes
    let b: LLVMBuilderRef

    var blocks: [LLVMBasicBlockRef] = []
    var values: [LLVMValueRef?]
    var phis: [[LLVMValueRef]] = []
    var incoming: [(phi: LLVMValueRef, value: Value, from: LLVMBasicBlockRef)] = []
    var slots: [LLVMValueRef] = []
    var argsBuffer: LLVMValueRef?
    /// The handler of the IR block being emitted.
    var handler: BlockID?
    var line: Int32 = 0
    var landings: [String: LLVMBasicBlockRef] = [:]
    var returnZero: LLVMBasicBlockRef?
    lazy var unlikely: LLVMValueRef = branchWeights(1, 2000)
    var subprogram: LLVMMetadataRef?
    /// A generator's dispatch on its resume state (cases are added as yields are emitted).
    var resumeSwitch: LLVMValueRef?
    var resumePoints = 0
    var generatorState: LLVMValueRef?
    var generatorSent: LLVMValueRef?
    var generatorThrown: LLVMValueRef?
    /// The global each `load_global` result comes from (for direct-call guesses).
    var loadedGlobal: [Value: Int32] = [:]
    /// Values that are never boxed when they are floats (see FloatCodegen.swift), and the
    /// unboxed parts of those defined so far.
    let unboxableValues: Set<Int>
    var unboxedFloats: [Int: UnboxedFloat] = [:]

    init(module: ModuleCodegen, function: IRFunction, index: Int) {
        self.m = module
        self.f = function
        self.index = index
        self.fn = module.functions[index]
        self.t = module.t
        self.b = module.builder
        self.values = Array(repeating: nil, count: function.valueTypes.count)
        self.unboxableValues = Self.unboxableFloats(in: function)
    }

    var frameInfo: LLVMValueRef { m.codes[index] }

    // MARK: - Structure

    func generate() throws {
        subprogram = m.debug?.subprogram(for: fn, name: f.qualname, line: f.firstLine)
        let entry = LLVMAppendBasicBlockInContext(m.context, fn, "entry")!
        for i in f.blocks.indices {
            blocks.append(LLVMAppendBasicBlockInContext(m.context, fn, "bb\(i)")!)
        }
        LLVMPositionBuilderAtEnd(b, entry)
        setLocation(f.firstLine)
        if f.isGenerator {
            setUpGeneratorFrame()
        } else {
            setUpFrame()
            LLVMBuildBr(b, blocks[0])
        }
        // Phis for every block's parameters (the entry block's are the function's parameters).
        for (i, block) in f.blocks.enumerated() {
            LLVMPositionBuilderAtEnd(b, blocks[i])
            var list: [LLVMValueRef] = []
            if i > 0 {
                for p in block.params {
                    let phi = LLVMBuildPhi(b, llvmType(f.type(of: p)), "")!
                    values[Int(p.index)] = phi
                    list.append(phi)
                }
            }
            phis.append(list)
        }
        var emitted = Array(repeating: false, count: f.blocks.count)
        for bi in reversePostorder() {
            emitted[bi] = true
            emitBlock(bi)
        }
        for (i, done) in emitted.enumerated() where !done {
            LLVMPositionBuilderAtEnd(b, blocks[i])
            LLVMBuildUnreachable(b)
        }
        for (phi, value, from) in incoming {
            var v: [LLVMValueRef?] = [self.value(value)]
            var bb: [LLVMBasicBlockRef?] = [from]
            v.withUnsafeMutableBufferPointer { vp in
                bb.withUnsafeMutableBufferPointer { bp in LLVMAddIncoming(phi, vp.baseAddress, bp.baseAddress, 1) }
            }
        }
    }

    /// Parameters, slots and the argument buffer, in the entry block.
    private func setUpFrame() {
        let params = LLVMGetParam(fn, 1)!
        for (i, p) in f.blocks[0].params.enumerated() {
            let address = withArray([t.int(Int64(i))]) { LLVMBuildInBoundsGEP2(b, t.i64, params, $0, $1, "") }
            values[Int(p.index)] = LLVMBuildLoad2(b, t.i64, address, "p\(i)")
        }
        for name in f.slots {
            let slot = LLVMBuildAlloca(b, t.i64, name)!
            LLVMBuildStore(b, t.int(0), slot)
            slots.append(slot)
        }
        var widest = 1
        for block in f.blocks {
            for instruction in block.instructions { widest = max(widest, instruction.operands.count) }
        }
        argsBuffer = LLVMBuildAlloca(b, LLVMArrayType2(t.i64, UInt64(widest)), "args")
    }

    /// A generator's frame is the runtime's array: parameters, resume state, sent value, thrown
    /// exception, then the slots. Resume state 0 starts the body; a resume point k continues after
    /// the k-th yield.
    private func setUpGeneratorFrame() {
        let frame = LLVMGetParam(fn, 1)!
        let n = f.signature.count
        func element(_ i: Int) -> LLVMValueRef {
            withArray([t.int(Int64(i))]) { LLVMBuildInBoundsGEP2(b, t.i64, frame, $0, $1, "") }!
        }
        generatorState = element(n + Int(AD_GEN_STATE))
        generatorSent = element(n + Int(AD_GEN_SENT))
        generatorThrown = element(n + Int(AD_GEN_THROWN))
        slots = f.slots.indices.map { element(n + Int(AD_GEN_HEADER) + $0) }
        argsBuffer = LLVMBuildAlloca(b, LLVMArrayType2(t.i64, UInt64(widestOperands())), "args")
        let start = newBlock("start")
        let state = LLVMBuildLoad2(b, t.i64, generatorState!, "")!
        resumeSwitch = LLVMBuildSwitch(b, state, start, 8)
        LLVMPositionBuilderAtEnd(b, start)
        for slot in slots { LLVMBuildStore(b, t.int(0), slot) }
        for (i, p) in f.blocks[0].params.enumerated() {
            values[Int(p.index)] = LLVMBuildLoad2(b, t.i64, element(i), "p\(i)")
        }
        LLVMBuildBr(b, blocks[0])
    }

    private func widestOperands() -> Int {
        var widest = 1
        for block in f.blocks {
            for instruction in block.instructions { widest = max(widest, instruction.operands.count) }
        }
        return widest
    }

    /// `yield v`: record where to resume, return v; the rest of the block continues in a resume
    /// block that the entry's dispatch reaches, where the thrown exception is raised or the sent
    /// value taken.
    func emitYield(_ i: Instruction, _ v: LLVMValueRef) {
        resumePoints += 1
        let point = Int64(resumePoints)
        LLVMBuildStore(b, t.int(point << 1 | 1), generatorState!)
        LLVMBuildRet(b, v)
        let resume = newBlock("resume\(point)")
        LLVMAddCase(resumeSwitch, t.int(point << 1 | 1), resume)
        LLVMPositionBuilderAtEnd(b, resume)
        let thrown = LLVMBuildLoad2(b, t.i64, generatorThrown!, "")!
        let raise = newBlock("thrown"), ok = newBlock()
        branchUnlikely(LLVMBuildICmp(b, LLVMIntNE, thrown, t.int(0), ""), raise, ok)
        LLVMPositionBuilderAtEnd(b, raise)
        call("ad_err_set_object", [thrown])
        LLVMBuildBr(b, landing())
        LLVMPositionBuilderAtEnd(b, ok)
        define(i, LLVMBuildLoad2(b, t.i64, generatorSent!, "")!)
    }

    private func reversePostorder() -> [Int] {
        var visited = Array(repeating: false, count: f.blocks.count)
        var post: [Int] = []
        var stack: [(Int, Int)] = [(0, 0)]
        visited[0] = true
        while let (node, i) = stack.popLast() {
            var succ = f.blocks[node].successors.map { Int($0.index) }
            if let h = f.blocks[node].handler { succ.append(Int(h.index)) }
            if i < succ.count {
                stack.append((node, i + 1))
                if !visited[succ[i]] {
                    visited[succ[i]] = true
                    stack.append((succ[i], 0))
                }
            } else {
                post.append(node)
            }
        }
        return post.reversed()
    }

    private func emitBlock(_ bi: Int) {
        LLVMPositionBuilderAtEnd(b, blocks[bi])
        handler = f.blocks[bi].handler
        for instruction in f.blocks[bi].instructions {
            line = instruction.line
            setLocation(line)
            if instruction.isTerminator {
                emitTerminator(instruction)
            } else {
                emit(instruction)
            }
        }
    }

    func setLocation(_ line: Int32) {
        if let debug = m.debug, let sp = subprogram { debug.setLocation(b, line: line, scope: sp) }
    }

    // MARK: - Values

    func llvmType(_ type: IRType) -> LLVMTypeRef {
        switch type {
        case .bool: return t.i1
        case .float: return t.double
        case .object, .int: return t.i64
        }
    }

    func value(_ v: Value) -> LLVMValueRef {
        guard let llvm = values[Int(v.index)] else { preconditionFailure("\(v) used before its definition in \(f.qualname)") }
        return llvm
    }

    func define(_ instruction: Instruction, _ v: LLVMValueRef) {
        if let r = instruction.result { values[Int(r.index)] = v }
    }

    // MARK: - Building blocks

    func newBlock(_ name: String = "") -> LLVMBasicBlockRef {
        LLVMAppendBasicBlockInContext(m.context, fn, name)!
    }

    @discardableResult
    func call(_ name: String, _ args: [LLVMValueRef]) -> LLVMValueRef {
        let (callee, type) = m.runtime(name)
        return withArray(args) { LLVMBuildCall2(b, type, callee, $0, $1, "") }!
    }

    private func branchWeights(_ taken: UInt64, _ notTaken: UInt64) -> LLVMValueRef {
        let ctx = m.context
        let kind = LLVMMDStringInContext2(ctx, "branch_weights", 14)
        let a = LLVMValueAsMetadata(LLVMConstInt(t.i32, taken, 0))
        let c = LLVMValueAsMetadata(LLVMConstInt(t.i32, notTaken, 0))
        var nodes: [LLVMMetadataRef?] = [kind, a, c]
        let node = nodes.withUnsafeMutableBufferPointer { LLVMMDNodeInContext2(ctx, $0.baseAddress, 3) }
        return LLVMMetadataAsValue(ctx, node)
    }

    /// A conditional branch whose true edge is unlikely (the error path).
    func branchUnlikely(_ condition: LLVMValueRef, _ rare: LLVMBasicBlockRef, _ usual: LLVMBasicBlockRef) {
        let br = LLVMBuildCondBr(b, condition, rare, usual)!
        LLVMSetMetadata(br, LLVMGetMDKindIDInContext(m.context, "prof", 4), unlikely)
    }

    /// Where an error at the current line goes: a traceback entry (unless `traceback` is false),
    /// then the handler, or `return 0`.
    func landing(traceback: Bool = true) -> LLVMBasicBlockRef {
        let key = traceback ? "\(line):\(handler.map { "\($0.index)" } ?? "-")" : "raw:\(handler.map { "\($0.index)" } ?? "-")"
        if let block = landings[key] { return block }
        let saved = LLVMGetInsertBlock(b)
        let block = newBlock("fail")
        LLVMPositionBuilderAtEnd(b, block)
        if traceback { call("ad_traceback_add", [frameInfo, t.int(Int64(line))]) }
        if let h = handler {
            LLVMBuildBr(b, blocks[Int(h.index)])
        } else {
            LLVMBuildRet(b, t.int(0))
        }
        LLVMPositionBuilderAtEnd(b, saved)
        landings[key] = block
        return block
    }

    /// Continue if `v` (an AdValue) is not 0, else fail.
    func checkValue(_ v: LLVMValueRef) {
        let ok = newBlock()
        branchUnlikely(LLVMBuildICmp(b, LLVMIntEQ, v, t.int(0), ""), landing(), ok)
        LLVMPositionBuilderAtEnd(b, ok)
    }

    /// Continue if the status `v` (i32) is not negative, else fail.
    func checkStatus(_ v: LLVMValueRef) {
        let ok = newBlock()
        branchUnlikely(LLVMBuildICmp(b, LLVMIntSLT, v, LLVMConstInt(LLVMTypeOf(v), 0, 0), ""), landing(), ok)
        LLVMPositionBuilderAtEnd(b, ok)
    }

    /// A runtime call that returns 0 on error.
    func checkedCall(_ name: String, _ args: [LLVMValueRef]) -> LLVMValueRef {
        let r = call(name, args)
        checkValue(r)
        return r
    }

    /// Store values into the argument buffer; returns its address.
    func stage(_ vs: [LLVMValueRef]) -> LLVMValueRef {
        for (i, v) in vs.enumerated() {
            let slot = withArray([t.int(Int64(i))]) { LLVMBuildInBoundsGEP2(b, t.i64, argsBuffer!, $0, $1, "") }
            LLVMBuildStore(b, v, slot)
        }
        return argsBuffer!
    }

    /// Load an i64 at `base + offset` where base is an object (an AdValue).
    func loadField(_ object: LLVMValueRef, _ offset: Int) -> LLVMValueRef {
        LLVMBuildLoad2(b, t.i64, fieldAddress(object, offset), "")
    }

    func fieldAddress(_ object: LLVMValueRef, _ offset: Int) -> LLVMValueRef {
        let p = LLVMBuildIntToPtr(b, object, t.ptr, "")
        return withArray([t.int(Int64(offset))]) { LLVMBuildInBoundsGEP2(b, t.i8, p, $0, $1, "") }
    }

    func poolLoad(_ pool: String, _ i: Int) -> LLVMValueRef {
        let load = LLVMBuildLoad2(b, t.i64, m.poolElementAddress(pool, i), "")!
        return load
    }

    /// A phi joining values from several blocks at the current position.
    func phi(_ type: LLVMTypeRef, _ pairs: [(LLVMValueRef, LLVMBasicBlockRef)]) -> LLVMValueRef {
        let phi = LLVMBuildPhi(b, type, "")!
        for (v, bb) in pairs {
            var vs: [LLVMValueRef?] = [v]
            var bbs: [LLVMBasicBlockRef?] = [bb]
            vs.withUnsafeMutableBufferPointer { vp in
                bbs.withUnsafeMutableBufferPointer { bp in LLVMAddIncoming(phi, vp.baseAddress, bp.baseAddress, 1) }
            }
        }
        return phi
    }

    var currentBlock: LLVMBasicBlockRef { LLVMGetInsertBlock(b)! }

    func isSmallInt(_ v: LLVMValueRef) -> LLVMValueRef {
        LLVMBuildICmp(b, LLVMIntNE, LLVMBuildAnd(b, v, t.int(1), ""), t.int(0), "")
    }

    func boxBool(_ v: LLVMValueRef) -> LLVMValueRef {
        LLVMBuildSelect(b, v, m.runtimeAddress("ad_True"), m.runtimeAddress("ad_False"), "")
    }

    // MARK: - Terminators

    func emitTerminator(_ i: Instruction) {
        let ops = i.operands
        switch i.op {
        case .jump:
            flow(i.targets[0])
            LLVMBuildBr(b, blocks[Int(i.targets[0].block.index)])
        case .branch:
            flow(i.targets[0])
            flow(i.targets[1])
            LLVMBuildCondBr(b, value(ops[0]), blocks[Int(i.targets[0].block.index)], blocks[Int(i.targets[1].block.index)])
        case .branchStop:
            flow(i.targets[0])
            flow(i.targets[1])
            let stop = LLVMBuildICmp(b, LLVMIntEQ, value(ops[0]), t.int(2), "")
            LLVMBuildCondBr(b, stop, blocks[Int(i.targets[0].block.index)], blocks[Int(i.targets[1].block.index)])
        case .return_:
            if f.isGenerator { LLVMBuildStore(b, t.int(Int64(AD_GEN_FINISHED) << 1 | 1), generatorState!) }
            LLVMBuildRet(b, value(ops[0]))
        case .raise:
            call("ad_raise", [value(ops[0])])
            LLVMBuildBr(b, landing())
        case .raiseFrom:
            call("ad_raise_from", [value(ops[0]), value(ops[1])])
            LLVMBuildBr(b, landing())
        case .reraise:
            call("ad_reraise", [value(ops[0])])
            LLVMBuildBr(b, landing(traceback: false))
        case .reraiseCurrent:
            call("ad_reraise_current", [])
            LLVMBuildBr(b, landing(traceback: false))
        case .unreachable:
            call("ad_unreachable", [])
            LLVMBuildBr(b, landing())
        default:
            preconditionFailure("not a terminator: \(i.op)")
        }
    }

    /// Record the arguments a jump passes to its target's parameters.
    private func flow(_ target: BlockCall) {
        let from = currentBlock
        for (phi, arg) in zip(phis[Int(target.block.index)], target.args) {
            incoming.append((phi, arg, from))
        }
    }
}
