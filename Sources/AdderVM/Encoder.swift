// IR → bytecode. One pass over the blocks in layout order: each IR instruction becomes one
// bytecode instruction (a comparison or truth test that only feeds the branch after it is fused into
// a conditional jump; `iter_next` feeding `branch_stop` becomes FOR_NEXT), block arguments become
// parallel moves, and edges that need moves on one side of a branch go through stubs placed at
// the end of the function.

import AdderIR

/// A `try` region: instructions in [start, end) unwind to `handler`.
public struct HandlerRange: Equatable, Sendable {
    public var start: Int
    public var end: Int
    public var handler: Int
}

/// One function's bytecode and its metadata.
public struct BytecodeFunction: Sendable {
    public var name: String
    public var qualname: String
    public var firstLine: Int32
    public var signature: Signature
    public var freeVars: [String]
    public var docstring: [UInt8]?
    /// Registers in a frame: values, then a scratch register, then the function object.
    public var frameSize: Int
    /// Frame slots (zeroed at entry): registers [slotBase, slotBase + slotCount).
    public var slotBase: Int
    public var slotCount: Int
    public var code: [Word]
    /// The source line of every word.
    public var lines: [Int32]
    public var handlers: [HandlerRange]
    /// The constant naming the local variables (for NameError hints), or -1.
    public var localNamesConstant: Int = -1
    /// A generator's code (its frame lives in the generator: registers nparams..<nparams+3 hold
    /// the resume state, the value sent in and the exception thrown in).
    public var isGenerator = false
    /// The imported module it belongs to (index into BytecodeModule.units), or -1.
    public var unit: Int32 = -1
}

/// A whole program's bytecode: the pools are shared by every function.
public struct BytecodeModule: Sendable {
    public var filename: String
    public var constants: [IRConstant]
    public var names: [String]
    public var globals: [String]
    public var functions: [BytecodeFunction]
    /// The imported modules compiled into the program.
    public var units: [ModuleUnit] = []

    /// The variable name of a global slot, without its module.
    public func globalName(_ slot: Int) -> String {
        let key = globals[slot]
        guard let dot = key.lastIndex(of: ".") else { return key }
        return String(key[key.index(after: dot)...])
    }

    /// Encode every function of an IR module (after the IR passes).
    public init(_ module: IRModule) {
        filename = module.filename
        constants = module.constants
        names = module.names
        globals = module.globals
        units = module.units
        functions = module.functions.map { function in
            var encoder = FunctionEncoder(function: function, module: module)
            return encoder.encode()
        }
    }

    public init(filename: String, constants: [IRConstant], names: [String], globals: [String],
                functions: [BytecodeFunction], units: [ModuleUnit] = []) {
        self.filename = filename
        self.constants = constants
        self.names = names
        self.globals = globals
        self.functions = functions
        self.units = units
    }
}

private struct FunctionEncoder {
    let function: IRFunction
    let module: IRModule
    let assignment: RegisterAssignment
    let scratch: Int
    let uses: [Int]

    var code: [Word] = []
    var lines: [Int32] = []
    var blockPC: [Int]
    /// Words holding a jump target to patch: (word index, block or stub label, whether in Bx).
    var fixups: [(word: Int, label: Label, inBx: Bool)] = []
    var stubs: [(label: Int, moves: [(Int, Int)], target: Int, line: Int32)] = []
    var stubPC: [Int] = []
    var line: Int32 = 0

    enum Label {
        case block(Int)
        case stub(Int)
    }

    init(function: IRFunction, module: IRModule) {
        self.function = function
        self.module = module
        self.assignment = RegisterAllocator.allocate(function)
        self.scratch = assignment.valueRegisters
        self.uses = function.useCounts()
        self.blockPC = Array(repeating: -1, count: function.blocks.count)
    }

    func reg(_ v: Value) -> Int { assignment.register[Int(v.index)] }

    mutating func word(_ w: Word) {
        code.append(w)
        lines.append(line)
    }

    mutating func target(_ label: Label) {
        fixups.append((code.count, label, false))
        word(0)
    }

    mutating func registers(_ values: [Value]) {
        for w in Instr.registerWords(values.map(reg)) { word(w) }
    }

    mutating func encode() -> BytecodeFunction {
        let layout = assignment.layout
        var handlerRanges: [HandlerRange] = []
        for (position, b) in layout.enumerated() {
            blockPC[b] = code.count
            let next = position + 1 < layout.count ? layout[position + 1] : -1
            let block = function.blocks[b]
            let start = code.count
            let instructions = block.instructions
            let fused = fusedCondition(block)
            for (i, instruction) in instructions.enumerated() {
                line = instruction.line
                if instruction.isTerminator {
                    emitTerminator(instruction, fused: fused, next: next)
                } else if fused == nil || i != instructions.count - 2 {
                    emit(instruction)
                }
            }
            if let h = block.handler, code.count > start {
                handlerRanges.append(HandlerRange(start: start, end: code.count, handler: Int(h.index)))
            }
        }
        for stub in stubs {
            while stubPC.count <= stub.label { stubPC.append(-1) }
            stubPC[stub.label] = code.count
            line = stub.line
            emitMoves(stub.moves)
            fixups.append((code.count, .block(stub.target), true))
            word(Instr.abx(.jmp, 0, 0))
        }
        for fixup in fixups {
            let pc: Int
            switch fixup.label {
            case .block(let b): pc = blockPC[b]
            case .stub(let s): pc = stubPC[s]
            }
            if fixup.inBx {
                code[fixup.word] |= Word(pc) << 24
            } else {
                code[fixup.word] = Word(pc)
            }
        }
        // Merge adjacent ranges with the same handler, and resolve handler blocks to pcs.
        var merged: [HandlerRange] = []
        for var r in handlerRanges.sorted(by: { $0.start < $1.start }) {
            r.handler = blockPC[r.handler]
            if var last = merged.last, last.end == r.start, last.handler == r.handler {
                last.end = r.end
                merged[merged.count - 1] = last
            } else {
                merged.append(r)
            }
        }
        return BytecodeFunction(name: function.name, qualname: function.qualname, firstLine: function.firstLine,
                                signature: function.signature, freeVars: function.freeVars,
                                docstring: function.docstring, frameSize: scratch + 2,
                                slotBase: assignment.slotBase, slotCount: function.slots.count,
                                code: code, lines: lines, handlers: merged,
                                localNamesConstant: Int(function.localNamesConstant), isGenerator: function.isGenerator,
                                unit: function.unit)
    }

    // MARK: - Fusion

    /// The condition instruction that the block's terminator can absorb, if any.
    func fusedCondition(_ block: Block) -> Instruction? {
        guard block.instructions.count >= 2, let terminator = block.terminator else { return nil }
        let candidate = block.instructions[block.instructions.count - 2]
        guard let r = candidate.result, terminator.operands.first == r else { return nil }
        switch (terminator.op, candidate.op) {
        case (.branch, .compareBool), (.branch, .truth), (.branch, .is_), (.branch, .contains):
            // The fused jump computes the condition without storing it: nothing else may read it.
            return uses[Int(r.index)] == 1 ? candidate : nil
        case (.branchStop, .iterNext):
            // FOR_NEXT stores the next value, which the loop body reads.
            return candidate
        default:
            return nil
        }
    }

    // MARK: - Instructions

    mutating func emit(_ i: Instruction) {
        let ops = i.operands
        let a = i.result.map(reg) ?? 0
        func r(_ n: Int) -> Int { reg(ops[n]) }
        switch i.op {
        case .const_: word(Instr.abx(.loadK, a, Int(i.imm)))
        case .unbound: word(Instr.abcd(.loadUnbound, a))
        case .loadSlot: word(Instr.abcd(.move, a, assignment.slotBase + Int(i.imm)))
        case .storeSlot: word(Instr.abcd(.move, assignment.slotBase + Int(i.imm), r(0)))
        case .checkBound: word(Instr.abcd(.checkBound, r(0), Int(i.imm), 0, Int(i.aux)))
        case .loadGlobal: word(Instr.abx(.loadGlobal, a, Int(i.imm)))
        case .storeGlobal: word(Instr.abx(.storeGlobal, r(0), Int(i.imm)))
        case .delGlobal: word(Instr.abx(.delGlobal, 0, Int(i.imm)))
        case .loadBuiltin: word(Instr.abx(.loadBuiltin, a, Int(i.imm)))
        case .newCell: word(Instr.abcd(.newCell, a, r(0)))
        case .loadClosure: word(Instr.abcd(.loadClosure, a, Int(i.imm)))
        case .cellGet: word(Instr.abcd(.cellGet, a, r(0), Int(i.imm), Int(i.aux)))
        case .cellSet: word(Instr.abcd(.cellSet, r(0), r(1)))
        case .nsGet: word(Instr.abcd(.nsGet, a, r(0), Int(i.imm)))
        case .nsDel: word(Instr.abcd(.nsDel, r(0), 0, Int(i.imm)))
        case .makeFunction:
            word(Instr.abcd(.makeFunction, a, r(0), r(1)))
            word(Word(r(2)) | Word(i.imm) << 16)
        case .call:
            let args = Array(ops.dropFirst())
            if i.imm < 0 {
                word(Instr.abcd(.call, a, r(0), args.count))
            } else {
                word(Instr.abcd(.callKw, a, r(0), args.count))
                word(Word(i.imm))
            }
            registers(args)
        case .callMethod:
            let args = Array(ops.dropFirst())
            word(Instr.abcd(.callMethod, a, r(0), args.count))
            word(Word(UInt32(i.imm)) | Word(UInt32(i.aux + 1)) << 32)
            registers(args)
        case .callEx:
            word(Instr.abcd(.callEx, a, r(0), r(1)))
            word(Word(r(2)))
        case .binop: word(Instr.abcd(binaryOp(i.imm), a, r(0), r(1)))
        case .inplace: word(Instr.abcd(.inplace, a, r(0), r(1), Int(i.imm)))
        case .concatUnique: word(Instr.abcd(.concatUnique, a, r(0), r(1), Int(i.imm)))
        case .unop:
            let op: VMOp = [.neg, .pos, .invert][Int(i.imm)]
            word(Instr.abcd(op, a, r(0)))
        case .compare: word(Instr.abcd(.compare, a, r(0), r(1), Int(i.imm)))
        case .compareBool: word(Instr.abcd(.compareBool, a, r(0), r(1), Int(i.imm)))
        case .is_: word(Instr.abcd(.is_, a, r(0), r(1)))
        case .contains: word(Instr.abcd(.contains, a, r(0), r(1)))
        case .truth: word(Instr.abcd(.truth, a, r(0)))
        case .boolNot: word(Instr.abcd(.boolNot, a, r(0)))
        case .boxBool: word(Instr.abcd(.move, a, r(0)))
        case .getattr: word(Instr.abcd(.getattr, a, r(0), Int(i.imm)))
        case .setattr: word(Instr.abcd(.setattr, r(0), r(1), Int(i.imm)))
        case .delattr: word(Instr.abcd(.delattr, r(0), 0, Int(i.imm)))
        case .getitem: word(Instr.abcd(.getitem, a, r(0), r(1)))
        case .setitem: word(Instr.abcd(.setitem, r(0), r(1), r(2)))
        case .delitem: word(Instr.abcd(.delitem, r(0), r(1)))
        case .buildSlice:
            word(Instr.abcd(.buildSlice, a, r(0), r(1)))
            word(Word(r(2)))
        case .buildList, .buildTuple, .buildSet, .buildDict, .buildString:
            let op: VMOp = i.op == .buildList ? .buildList : i.op == .buildTuple ? .buildTuple
                : i.op == .buildSet ? .buildSet : i.op == .buildDict ? .buildDict : .buildString
            word(Instr.abcd(op, a, 0, ops.count))
            registers(ops)
        case .listAppend: word(Instr.abcd(.listAppend, r(0), r(1)))
        case .listExtend: word(Instr.abcd(.listExtend, r(0), r(1)))
        case .setAdd: word(Instr.abcd(.setAdd, r(0), r(1)))
        case .setUpdate: word(Instr.abcd(.setUpdate, r(0), r(1)))
        case .dictSet: word(Instr.abcd(.dictSet, r(0), r(1), r(2)))
        case .dictMerge: word(Instr.abcd(.dictMerge, r(0), r(1)))
        case .dictMergeKwargs: word(Instr.abcd(.dictMergeKw, r(0), r(1), r(2)))
        case .listToTuple: word(Instr.abcd(.listToTuple, a, r(0)))
        case .format: word(Instr.abcd(.format, a, r(0), r(1)))
        case .convert: word(Instr.abcd(.convert, a, r(0), 0, Int(i.imm)))
        case .getIter: word(Instr.abcd(.getIter, a, r(0)))
        case .iterNext: word(Instr.abcd(.iterNext, a, r(0)))
        case .unpack: word(Instr.abcd(.unpack, a, r(0), Int(i.imm)))
        case .unpackStar:
            word(Instr.abcd(.unpackStar, a, r(0), Int(i.imm)))
            word(Word(i.aux))
        case .tupleGet: word(Instr.abcd(.tupleGet, a, r(0), Int(i.imm)))
        case .importName: word(Instr.abx(.importName, a, Int(i.imm)))
        case .importFrom: word(Instr.abcd(.importFrom, a, r(0), Int(i.imm)))
        case .getException: word(Instr.abcd(.getException, a))
        case .excMatch: word(Instr.abcd(.excMatch, a, r(0), r(1)))
        case .enterHandler: word(Instr.abcd(.enterHandler, a, r(0)))
        case .exitHandler: word(Instr.abcd(.exitHandler, r(0)))
        case .withEnter: word(Instr.abcd(.withEnter, a, r(0)))
        case .yield:
            word(Instr.abcd(.yield, 0, r(0)))
            word(Instr.abcd(.resume, a))
        case .yieldFromStep: word(Instr.abcd(.yieldFromStep, a, r(0), r(1)))
        case .yieldFromResult: word(Instr.abcd(.yieldFromResult, a))
        case .withExit: word(Instr.abcd(.withExit, a, r(0), r(1)))
        case .matchSequence: word(Instr.abcd(.matchSequence, a, r(0)))
        case .matchMapping: word(Instr.abcd(.matchMapping, a, r(0)))
        case .len: word(Instr.abcd(.len, a, r(0)))
        case .matchKeys: word(Instr.abcd(.matchKeys, a, r(0), r(1)))
        case .matchRest: word(Instr.abcd(.matchRest, a, r(0), r(1)))
        case .matchClass:
            word(Instr.abcd(.matchClass, a, r(0), r(1), Int(i.imm)))
            word(Word(i.aux + 1))
        case .jump, .branch, .branchStop, .return_, .raise, .raiseFrom, .reraise, .reraiseCurrent, .unreachable:
            preconditionFailure("terminator \(i.op) in the middle of a block")
        }
    }

    func binaryOp(_ imm: Int32) -> VMOp {
        [.add, .sub, .mul, .matmul, .truediv, .floordiv, .mod, .pow, .lshift, .rshift, .and, .or, .xor][Int(imm)]
    }

    // MARK: - Terminators

    mutating func emitTerminator(_ t: Instruction, fused: Instruction?, next: Int) {
        switch t.op {
        case .jump:
            let target = t.targets[0]
            emitMoves(moves(target))
            if Int(target.block.index) != next { jump(Int(target.block.index)) }
        case .branch:
            emitConditional(t.targets[0], t.targets[1], next: next) { encoder, polarity, label in
                encoder.emitCondition(t.operands[0], fused: fused, jumpIfFalse: polarity, to: label)
            }
        case .branchStop:
            if let f = fused {
                // FOR_NEXT jumps when exhausted: the first target.
                emitConditional(t.targets[0], t.targets[1], next: next, allowInverted: false) { encoder, _, label in
                    encoder.line = f.line
                    encoder.word(Instr.abcd(.forNext, encoder.reg(f.result!), encoder.reg(f.operands[0])))
                    encoder.target(label)
                }
            } else {
                emitConditional(t.targets[0], t.targets[1], next: next) { encoder, polarity, label in
                    encoder.word(Instr.abcd(.jstop, encoder.reg(t.operands[0]), 0, 0, polarity ? 1 : 0))
                    encoder.target(label)
                }
            }
        case .return_: word(Instr.abcd(.return_, reg(t.operands[0])))
        case .raise: word(Instr.abcd(.raise, reg(t.operands[0])))
        case .raiseFrom: word(Instr.abcd(.raiseFrom, reg(t.operands[0]), reg(t.operands[1])))
        case .reraise: word(Instr.abcd(.reraise, reg(t.operands[0])))
        case .reraiseCurrent: word(Instr.abcd(.reraiseCurrent))
        case .unreachable: word(Instr.abcd(.unreachable))
        default: preconditionFailure("not a terminator: \(t.op)")
        }
    }

    mutating func jump(_ block: Int) {
        fixups.append((code.count, .block(block), true))
        word(Instr.abx(.jmp, 0, 0))
    }

    /// Two-way control transfer. `emitJump(encoder, jumpIfFalse, label)` emits a conditional jump
    /// that is taken when the condition is true (or false, if `jumpIfFalse`).
    mutating func emitConditional(_ ifTrue: BlockCall, _ ifFalse: BlockCall, next: Int, allowInverted: Bool = true,
                                  _ emitJump: (inout FunctionEncoder, Bool, Label) -> Void) {
        let t = Int(ifTrue.block.index), f = Int(ifFalse.block.index)
        let movesT = moves(ifTrue), movesF = moves(ifFalse)
        if movesT.isEmpty && movesF.isEmpty && t == next && allowInverted {
            emitJump(&self, true, .block(f))
            return
        }
        if movesT.isEmpty {
            emitJump(&self, false, .block(t))
        } else {
            let label = stubs.count
            stubs.append((label, movesT, t, line))
            emitJump(&self, false, .stub(label))
        }
        emitMoves(movesF)
        if f != next { jump(f) }
    }

    /// The condition of a branch, fused with the instruction that computed it when possible.
    mutating func emitCondition(_ condition: Value, fused: Instruction?, jumpIfFalse: Bool, to label: Label) {
        let d = jumpIfFalse ? 1 : 0
        if let f = fused {
            line = f.line
            let ops = f.operands
            switch f.op {
            case .compareBool:
                let op: VMOp = [.jlt, .jle, .jeq, .jne, .jgt, .jge][Int(f.imm)]
                word(Instr.abcd(op, 0, reg(ops[0]), reg(ops[1]), d))
            case .truth:
                word(Instr.abcd(.jtrue, reg(ops[0]), 0, 0, d))
            case .is_:
                word(Instr.abcd(.jis, 0, reg(ops[0]), reg(ops[1]), d))
            case .contains:
                word(Instr.abcd(.jin, 0, reg(ops[0]), reg(ops[1]), d))
            default:
                preconditionFailure("cannot fuse \(f.op)")
            }
        } else {
            word(Instr.abcd(.jtrue, reg(condition), 0, 0, d))
        }
        target(label)
    }

    // MARK: - Moves

    func moves(_ call: BlockCall) -> [(Int, Int)] {
        let params = function.blocks[Int(call.block.index)].params
        return zip(params, call.args).map { (reg($0), reg($1)) }.filter { $0.0 != $0.1 }
    }

    /// Parallel moves (destination, source), sequentialized with the scratch register for cycles.
    mutating func emitMoves(_ moves: [(Int, Int)]) {
        var pending = moves
        while !pending.isEmpty {
            if let i = pending.firstIndex(where: { move in !pending.contains { $0.1 == move.0 } }) {
                let (dst, src) = pending.remove(at: i)
                word(Instr.abcd(.move, dst, src))
            } else {
                let dst = pending[0].0
                word(Instr.abcd(.move, scratch, dst))
                for j in pending.indices where pending[j].1 == dst { pending[j].1 = scratch }
            }
        }
    }
}
