// The interpreter's bytecode: register-based, modeled on Lua 5.4, with fixed-width 64-bit words.
//
// Formats (one word; fields are little-endian bit ranges):
//
//     bits:   0-7    8-23   24-39   40-55   56-63
//     iABCD   op     A      B       C       D        A, B, C: registers or pool indexes (16 bits)
//     iABx    op     A      Bx (32 bits)             Bx: a constant, name, global or jump target
//
// Some instructions are followed by extension words: a jump target (`+target`), a list of
// argument registers packed four to a word (`+regs(C)`), or one word of extra fields (`+ext`).
// Words are 64 bits rather than Lua's 32 so that a function may use 65 536 registers and
// pools may hold 4 billion entries without wide-operand prefixes.
//
// Registers hold AdValue words. Values of IR type `bool` are the True/False objects. The frame
// of a function is: parameters (R[0..<nparams]), frame slots, then the other values, a scratch
// register for parallel moves, and the function object itself (the last register).

/// One instruction word.
public typealias Word = UInt64

/// Every bytecode operation. Each case's comment gives its format and meaning (R: registers,
/// K: constants, N: names, G: globals, F: functions, U: upvalue cells of the closure).
public enum VMOp: UInt8, CaseIterable, Sendable {
    case move           // A B        R[A] := R[B]
    case loadK          // A Bx       R[A] := K[Bx]
    case loadUnbound    // A          R[A] := unbound
    case loadGlobal     // A Bx       R[A] := G[Bx], else the builtin, else NameError
    case storeGlobal    // A Bx       G[Bx] := R[A]
    case delGlobal      // Bx         unbind G[Bx] (NameError if unbound)
    case loadBuiltin    // A Bx       R[A] := builtins[N[Bx]]
    case checkBound     // A B D      if R[A] is unbound: raise error D for name N[B]
    case newCell        // A B        R[A] := cell(R[B])
    case loadClosure    // A B        R[A] := U[B]
    case cellGet        // A B C D    R[A] := R[B].value (error D for name N[C] if unbound)
    case cellSet        // A B        R[A].value := R[B]
    case nsGet          // A B C      R[A] := R[B][N[C]] for a class namespace, or unbound
    case nsDel          // A C        del R[A][N[C]] (NameError if missing)
    case makeFunction   // A B C +ext(closure reg 0-15, function 16-47)   R[A] := function F[..]
    case call           // A B C +regs(C)                   R[A] := R[B](args)
    case callKw         // A B C +ext(kwnames K) +regs(C)   R[A] := R[B](args, last len(kwnames) by keyword)
    case callMethod     // A B C +ext(name N 0-31, kwnames K+1 32-63) +regs(C)   R[A] := R[B].N(args)
    case callEx         // A B C +ext(kwargs reg)           R[A] := R[B](*R[C], **R[ext])
    case add, sub, mul, matmul, truediv, floordiv, mod, pow, lshift, rshift, and, or, xor   // A B C: R[A] := R[B] op R[C]
    case inplace        // A B C D    R[A] := R[B] op= R[C] (D: AdBinOp)
    case concatUnique   // A B C D    R[A] := R[B] + R[C] (D=0) or R[B] += R[C] (D=1), extending a str R[B] in place
    case neg, pos, invert   // A B    R[A] := op R[B]
    case not            // A B        R[A] := not R[B] (as a bool object)
    case compare        // A B C D    R[A] := R[B] op R[C] (D: AdCmpOp)
    case compareBool    // A B C D    R[A] := bool(R[B] op R[C])
    case is_            // A B C      R[A] := R[B] is R[C]
    case contains       // A B C      R[A] := R[C] in R[B]
    case truth          // A B        R[A] := bool(R[B])
    case boolNot        // A B        R[A] := not R[B] (R[B] is True or False)
    case jlt, jle, jeq, jne, jgt, jge   // B C D +target   if (R[B] op R[C]) != D: jump
    case jtrue          // A D +target                     if bool(R[A]) != D: jump
    case jis            // B C D +target                   if (R[B] is R[C]) != D: jump
    case jin            // B C D +target                   if (R[C] in R[B]) != D: jump
    case jmp            // Bx         jump to Bx
    case jstop          // A D +target                     if (R[A] is the stop marker) != D: jump
    case forNext        // A B +target                     R[A] := next(R[B]); if exhausted: jump
    case getattr        // A B C      R[A] := R[B].N[C]
    case setattr        // A B C      R[A].N[C] := R[B]
    case delattr        // A C        del R[A].N[C]
    case getitem        // A B C      R[A] := R[B][R[C]]
    case setitem        // A B C      R[A][R[B]] := R[C]
    case delitem        // A B        del R[A][R[B]]
    case buildSlice     // A B C +ext(step reg)  R[A] := slice(R[B], R[C], R[ext])
    case buildList      // A C +regs(C)   R[A] := [args]
    case buildTuple     // A C +regs(C)   R[A] := (args)
    case buildSet       // A C +regs(C)   R[A] := {args}
    case buildDict      // A C +regs(C)   R[A] := {k: v, …} (C registers in pairs)
    case buildString    // A C +regs(C)   R[A] := concatenation of args (strs)
    case listAppend     // A B        R[A].append(R[B])
    case listExtend     // A B        R[A].extend(R[B]) (for [*x])
    case setAdd         // A B        R[A].add(R[B])
    case setUpdate      // A B        R[A].update(R[B])
    case dictSet        // A B C      R[A][R[B]] := R[C]
    case dictMerge      // A B        R[A].update(R[B]) (for {**x})
    case dictMergeKw    // A B C      merge keywords R[B] into R[A] for a call of R[C]
    case listToTuple    // A B        R[A] := tuple(R[B])
    case format         // A B C      R[A] := format(R[B], R[C])
    case convert        // A B D      R[A] := str/repr/ascii(R[B]) (D: Conversion)
    case getIter        // A B        R[A] := iter(R[B])
    case iterNext       // A B        R[A] := next(R[B]) or the stop marker
    case unpack         // A B C      R[A] := tuple of exactly C items of R[B]
    case unpackStar     // A B C +ext(after)   R[A] := C items, a list, `after` items of R[B]
    case tupleGet       // A B C      R[A] := R[B][C]
    case importName     // A Bx       R[A] := import N[Bx]
    case importFrom     // A B C      R[A] := from R[B] import N[C]
    case getException   // A          R[A] := the pending exception (cleared)
    case excMatch       // A B C      R[A] := R[B] matches except R[C]
    case enterHandler   // A B        R[A] := handled exception before; handle R[B]
    case exitHandler    // A          restore the handled exception R[A]
    case withEnter      // A B        R[A] := (bound R[B].__exit__, R[B].__enter__())
    case yield          // B          suspend the generator, giving R[B] to its caller
    case resume         // A          R[A] := the value sent in (raise the exception thrown in)
    case yieldFromStep  // A B C      R[A] := send R[C] to the iterator R[B], or the stop marker
    case yieldFromResult // A         R[A] := the return value of the finished `yield from` iterator
    case withExit       // A B C      R[A] := R[B](type, value, traceback of exception R[C]) or R[B](None, None, None)
    case matchSequence  // A B        R[A] := R[B] is a sequence for match
    case matchMapping   // A B        R[A] := R[B] is a mapping for match
    case len            // A B        R[A] := len(R[B])
    case matchKeys      // A B C      R[A] := values of keys R[C] in R[B], or None
    case matchRest      // A B C      R[A] := dict of R[B] without keys R[C]
    case matchClass     // A B C D +ext(kwnames K+1)   R[A] := class-pattern values of R[B] for class R[C] with D positional
    case return_        // A          return R[A]
    case raise          // A          raise R[A]
    case raiseFrom      // A B        raise R[A] from R[B]
    case reraise        // A          raise R[A] again (no traceback entry)
    case reraiseCurrent //            bare raise
    case unreachable    //            control never gets here

    public var name: String {
        switch self {
        case .is_: return "is"
        case .return_: return "return"
        default:
            // camelCase to UPPER_SNAKE, as Lua prints its opcodes.
            var out = ""
            for ch in "\(self)" {
                if ch.isUppercase { out += "_" }
                out += ch.uppercased()
            }
            return out
        }
    }
}

/// Field accessors and constructors for instruction words.
public enum Instr {
    @inline(__always) public static func op(_ w: Word) -> UInt8 { UInt8(truncatingIfNeeded: w) }
    @inline(__always) public static func a(_ w: Word) -> Int { Int((w >> 8) & 0xFFFF) }
    @inline(__always) public static func b(_ w: Word) -> Int { Int((w >> 24) & 0xFFFF) }
    @inline(__always) public static func c(_ w: Word) -> Int { Int((w >> 40) & 0xFFFF) }
    @inline(__always) public static func d(_ w: Word) -> Int { Int(w >> 56) }
    @inline(__always) public static func bx(_ w: Word) -> Int { Int((w >> 24) & 0xFFFF_FFFF) }

    public static func abcd(_ op: VMOp, _ a: Int = 0, _ b: Int = 0, _ c: Int = 0, _ d: Int = 0) -> Word {
        precondition(a <= 0xFFFF && b <= 0xFFFF && c <= 0xFFFF && d <= 0xFF && a >= 0 && b >= 0 && c >= 0 && d >= 0)
        return Word(op.rawValue) | Word(a) << 8 | Word(b) << 24 | Word(c) << 40 | Word(d) << 56
    }

    public static func abx(_ op: VMOp, _ a: Int, _ bx: Int) -> Word {
        precondition(a <= 0xFFFF && a >= 0 && bx >= 0 && bx <= 0xFFFF_FFFF)
        return Word(op.rawValue) | Word(a) << 8 | Word(bx) << 24
    }

    /// Registers packed four to a word.
    public static func registerWords(_ regs: [Int]) -> [Word] {
        stride(from: 0, to: regs.count, by: 4).map { start in
            var w: Word = 0
            for (i, r) in regs[start..<min(start + 4, regs.count)].enumerated() { w |= Word(r) << (16 * i) }
            return w
        }
    }

    /// The i-th register of a packed list starting at `words`.
    @inline(__always) public static func register(_ words: UnsafePointer<Word>, _ i: Int) -> Int {
        Int((words[i >> 2] >> (16 * (i & 3))) & 0xFFFF)
    }
}

/// How many words an instruction takes, and the shape of its fields, for the verifier and the
/// disassembler.
public struct VMShape: Sendable {
    public enum Field: Sendable { case unused, register, constant, name, global, function, count, jump, small, kwnames }
    public var a: Field
    public var b: Field
    public var c: Field
    public var d: Field
    /// Bx instead of B and C.
    public var wide: Bool
    /// A jump target word follows.
    public var target: Bool
    /// One extension word follows (its meaning is per opcode).
    public var ext: Bool
    /// C registers follow, packed four to a word.
    public var registerList: Bool

    public static func of(_ op: VMOp) -> VMShape {
        func s(_ a: Field = .unused, _ b: Field = .unused, _ c: Field = .unused, _ d: Field = .unused,
               wide: Bool = false, target: Bool = false, ext: Bool = false, regs: Bool = false) -> VMShape {
            VMShape(a: a, b: b, c: c, d: d, wide: wide, target: target, ext: ext, registerList: regs)
        }
        switch op {
        case .move, .newCell, .cellSet, .neg, .pos, .invert, .not, .truth, .boolNot, .listAppend, .listExtend,
             .setAdd, .setUpdate, .dictMerge, .listToTuple, .getIter, .iterNext, .enterHandler, .matchSequence,
             .matchMapping, .len, .raiseFrom, .delitem, .withEnter:
            return s(.register, .register)
        case .loadK: return s(.register, .constant, wide: true)
        case .loadUnbound, .getException, .exitHandler, .return_, .raise, .reraise, .resume, .yieldFromResult:
            return s(.register)
        case .yield: return s(.unused, .register)
        case .loadGlobal, .storeGlobal: return s(.register, .global, wide: true)
        case .delGlobal: return s(.unused, .global, wide: true)
        case .loadBuiltin, .importName: return s(.register, .name, wide: true)
        case .checkBound: return s(.register, .name, .unused, .small)
        case .loadClosure: return s(.register, .count)
        case .cellGet: return s(.register, .register, .name, .small)
        case .makeFunction: return s(.register, .register, .register, ext: true)
        case .call: return s(.register, .register, .count, regs: true)
        case .callKw, .callMethod: return s(.register, .register, .count, ext: true, regs: true)
        case .callEx, .buildSlice: return s(.register, .register, .register, ext: true)
        case .add, .sub, .mul, .matmul, .truediv, .floordiv, .mod, .pow, .lshift, .rshift, .and, .or, .xor,
             .is_, .contains, .getitem, .setitem, .dictSet, .dictMergeKw, .format, .excMatch, .matchKeys, .matchRest,
             .withExit, .yieldFromStep:
            return s(.register, .register, .register)
        case .inplace, .compare, .compareBool, .concatUnique: return s(.register, .register, .register, .small)
        case .jlt, .jle, .jeq, .jne, .jgt, .jge, .jis, .jin: return s(.unused, .register, .register, .small, target: true)
        case .jtrue, .jstop: return s(.register, .unused, .unused, .small, target: true)
        case .jmp: return s(.unused, .jump, wide: true)
        case .forNext: return s(.register, .register, target: true)
        case .getattr, .importFrom, .nsGet: return s(.register, .register, .name)
        case .nsDel: return s(.register, .unused, .name)
        case .setattr: return s(.register, .register, .name)
        case .delattr: return s(.register, .unused, .name)
        case .buildList, .buildTuple, .buildSet, .buildDict, .buildString: return s(.register, .unused, .count, regs: true)
        case .convert: return s(.register, .register, .unused, .small)
        case .unpack, .tupleGet: return s(.register, .register, .count)
        case .unpackStar: return s(.register, .register, .count, ext: true)
        case .matchClass: return s(.register, .register, .register, .small, ext: true)
        case .reraiseCurrent, .unreachable: return s()
        }
    }

    /// The number of words the instruction starting with `word` occupies.
    public func length(_ word: Word) -> Int {
        var n = 1
        if target { n += 1 }
        if ext { n += 1 }
        if registerList { n += (Instr.c(word) + 3) / 4 }
        return n
    }
}

/// The shapes of all opcodes, indexed by raw value (decoding without a switch).
public let vmShapes: [VMShape] = VMOp.allCases.map { VMShape.of($0) }
