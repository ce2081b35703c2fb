// The bytecode verifier: runs once when bytecode is loaded (from a cache file, or after encoding in
// debug builds) so that the dispatch loop can index registers, pools and code without checks.
//
// It proves: every opcode exists; every instruction, with its extension words, fits in the code;
// every register field is inside the frame; every pool index is inside its pool; every jump target
// and handler is the start of an instruction; keyword-name constants are tuples of strs; the code
// ends with an instruction that does not fall off its end.

import AdderIR

public enum BytecodeVerifier {
    public static func verify(_ module: BytecodeModule) throws {
        guard !module.functions.isEmpty else { throw CacheError(message: "no module body") }
        for u in module.units where u.body < 1 || Int(u.body) >= module.functions.count {
            throw CacheError(message: "module \(u.name): bad body")
        }
        for (i, f) in module.functions.enumerated() {
            do {
                try verify(f, in: module)
            } catch let error as CacheError {
                throw CacheError(message: "function \(i) (\(f.qualname)): \(error.message)")
            }
        }
    }

    static func verify(_ f: BytecodeFunction, in module: BytecodeModule) throws {
        func fail(_ message: String) -> CacheError { CacheError(message: message) }
        let nparams = f.signature.count
        guard f.unit >= -1 && Int(f.unit) < module.units.count else { throw fail("bad module unit") }
        let header = f.isGenerator ? 3 : 0
        guard f.frameSize >= nparams + header + f.slotCount + 2, f.frameSize <= 0x1_0001,
              f.slotBase == nparams + header, f.slotBase + f.slotCount <= f.frameSize - 2
        else { throw fail("bad frame layout") }
        guard !f.code.isEmpty, f.lines.count == f.code.count else { throw fail("empty code or bad line table") }
        if f.localNamesConstant >= 0 {
            guard f.localNamesConstant < module.constants.count, case .tuple = module.constants[f.localNamesConstant]
            else { throw fail("bad local names constant") }
        } else if f.localNamesConstant != -1 {
            throw fail("bad local names constant")
        }
        let opCount = VMOp.allCases.count

        // First pass: instruction boundaries.
        var starts = Set<Int>()
        var pc = 0
        var last = VMOp.unreachable
        while pc < f.code.count {
            starts.insert(pc)
            let raw = Int(Instr.op(f.code[pc]))
            guard raw < opCount else { throw fail("unknown opcode \(raw) at \(pc)") }
            let length = vmShapes[raw].length(f.code[pc])
            guard pc + length <= f.code.count else { throw fail("instruction at \(pc) runs past the end") }
            last = VMOp(rawValue: UInt8(raw))!
            pc += length
        }
        let terminal: Set<VMOp> = [.jmp, .return_, .raise, .raiseFrom, .reraise, .reraiseCurrent, .unreachable]
        let generatorOnly: Set<VMOp> = [.yield, .resume]
        guard terminal.contains(last) else { throw fail("the code falls off its end") }

        // Second pass: fields.
        let registers = f.frameSize
        func register(_ r: Int, _ at: Int) throws {
            guard r < registers else { throw fail("register \(r) outside the frame at \(at)") }
        }
        func target(_ t: Int, _ at: Int) throws {
            guard starts.contains(t) else { throw fail("jump into the middle of an instruction at \(at)") }
        }
        pc = 0
        while pc < f.code.count {
            let w = f.code[pc]
            let op = VMOp(rawValue: Instr.op(w))!
            let shape = vmShapes[Int(op.rawValue)]
            if generatorOnly.contains(op) && !f.isGenerator { throw fail("yield outside a generator at \(pc)") }
            if op == .yield && (pc + 1 >= f.code.count || Instr.op(f.code[pc + 1]) != VMOp.resume.rawValue) {
                throw fail("yield not followed by resume at \(pc)")
            }
            func check(_ field: VMShape.Field, _ value: Int) throws {
                switch field {
                case .unused, .count, .kwnames: break
                case .register: try register(value, pc)
                case .constant: guard value < module.constants.count else { throw fail("constant out of range at \(pc)") }
                case .name: guard value < module.names.count else { throw fail("name out of range at \(pc)") }
                case .global: guard value < module.globals.count else { throw fail("global out of range at \(pc)") }
                case .function: guard value < module.functions.count else { throw fail("function out of range at \(pc)") }
                case .jump: try target(value, pc)
                case .small: break
                }
            }
            try check(shape.a, Instr.a(w))
            if shape.wide {
                try check(shape.b, Instr.bx(w))
            } else {
                try check(shape.b, Instr.b(w))
                try check(shape.c, Instr.c(w))
            }
            try checkSmall(op, Instr.d(w), Instr.b(w), f, pc)
            var next = pc + 1
            if shape.target {
                guard f.code[next] <= UInt64(Int32.max) else { throw fail("bad jump target at \(pc)") }
                try target(Int(f.code[next]), pc)
                next += 1
            }
            if shape.ext {
                try checkExtension(op, f.code[next], module, registers, pc, argumentCount: Instr.c(w))
                next += 1
            }
            if shape.registerList {
                let n = Instr.c(w)
                if op == .buildDict && n % 2 != 0 { throw fail("odd dict display at \(pc)") }
                for i in 0..<n {
                    try register(Int((f.code[next + i / 4] >> (16 * UInt64(i % 4))) & 0xFFFF), pc)
                }
                if n % 4 != 0, f.code[next + n / 4] >> (16 * UInt64(n % 4)) != 0 {
                    throw fail("garbage in a register list at \(pc)")
                }
            }
            pc += shape.length(w)
        }
        for h in f.handlers {
            guard h.start < h.end, h.end <= f.code.count, starts.contains(h.start), starts.contains(h.handler)
            else { throw fail("bad handler range") }
        }
    }

    /// Small immediates (D fields) and closure indexes.
    private static func checkSmall(_ op: VMOp, _ d: Int, _ b: Int, _ f: BytecodeFunction, _ pc: Int) throws {
        let ok: Bool
        switch op {
        case .checkBound, .cellGet: ok = d <= 2
        case .convert: ok = d <= 2
        case .inplace: ok = d < BinaryOp.allCases.count
        case .concatUnique: ok = d <= 1
        case .compare, .compareBool: ok = d < CompareOp.allCases.count
        case .jlt, .jle, .jeq, .jne, .jgt, .jge, .jtrue, .jis, .jin, .jstop: ok = d <= 1
        case .loadClosure: ok = b < f.freeVars.count
        default: ok = true
        }
        guard ok else { throw CacheError(message: "bad immediate at \(pc)") }
    }

    private static func checkExtension(_ op: VMOp, _ ext: Word, _ module: BytecodeModule, _ registers: Int,
                                       _ pc: Int, argumentCount: Int) throws {
        func fail() -> CacheError { CacheError(message: "bad extension word at \(pc)") }
        switch op {
        case .makeFunction:
            guard Int(ext & 0xFFFF) < registers, ext >> 16 < UInt64(module.functions.count) else { throw fail() }
        case .callKw:
            guard ext < UInt64(module.constants.count), isKeywordNames(module.constants[Int(ext)]),
                  keywordCount(module.constants[Int(ext)]) <= argumentCount else { throw fail() }
        case .callMethod:
            let name = Int(ext & 0xFFFF_FFFF), kw = Int(ext >> 32) - 1
            guard name < module.names.count, kw < module.constants.count else { throw fail() }
            if kw >= 0 && (!isKeywordNames(module.constants[kw]) || keywordCount(module.constants[kw]) > argumentCount) {
                throw fail()
            }
        case .callEx, .buildSlice:
            guard ext < UInt64(registers) else { throw fail() }
        case .unpackStar:
            guard ext <= 0xFFFF else { throw fail() }
        case .matchClass:
            let kw = Int(ext) - 1
            guard ext <= UInt64(module.constants.count), kw < 0 || isKeywordNames(module.constants[kw]) else { throw fail() }
        default:
            throw fail()
        }
    }

    private static func isKeywordNames(_ c: IRConstant) -> Bool {
        guard case .tuple(let items) = c else { return false }
        return items.allSatisfy { if case .str = $0 { return true } else { return false } }
    }

    private static func keywordCount(_ c: IRConstant) -> Int {
        if case .tuple(let items) = c { return items.count }
        return 0
    }
}
