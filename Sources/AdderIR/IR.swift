// The IR: a typed SSA control-flow graph with block parameters instead of phi nodes.
//
// Invariants (checked by the verifier after lowering and after every pass):
//  - A function is a list of blocks; block 0 is the entry and its parameters are the function's
//    parameters (code->nparams of them, in AdCode order).
//  - Each block ends in exactly one terminator, and only its last instruction is one. Terminators
//    pass arguments to their successors' parameters, one per parameter.
//  - Values are small indices, defined exactly once (by a block parameter or an instruction result),
//    and every use is dominated by its definition.
//  - A block may name a `handler`: if any instruction of the block raises, control goes there with
//    the exception pending (read it with `get_exception`). Handlers take no parameters; variables
//    that are assigned in blocks with a handler stay in frame slots (`load_slot`/`store_slot`),
//    so that the handler sees their latest value.
//  - Every instruction carries the source line that a traceback entry for it names.

import AdderSyntax

/// An SSA value: an index into its function's value table.
public struct Value: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var index: UInt32
    public init(_ index: UInt32) { self.index = index }
    public init(_ index: Int) { self.index = UInt32(index) }
    public static func < (a: Value, b: Value) -> Bool { a.index < b.index }
    public var description: String { "%\(index)" }
}

/// A basic block: an index into its function's block list.
public struct BlockID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var index: UInt32
    public init(_ index: UInt32) { self.index = index }
    public init(_ index: Int) { self.index = UInt32(index) }
    public static func < (a: BlockID, b: BlockID) -> Bool { a.index < b.index }
    public var description: String { "bb\(index)" }
}

/// The static type of a value. Lowering produces `object` (and `bool` for conditions); type
/// inference refines; `box`/`unbox` make every conversion explicit.
public enum IRType: String, Sendable, CaseIterable {
    /// Any Python value (an AdValue word).
    case object
    /// A machine boolean (LLVM i1).
    case bool
    /// A tagged int known to be small.
    case int
    /// An unboxed double.
    case float
}

/// A successor of a terminator with the arguments for its parameters.
public struct BlockCall: Hashable, Sendable {
    public var block: BlockID
    public var args: [Value]
    public init(_ block: BlockID, _ args: [Value] = []) {
        self.block = block
        self.args = args
    }
}

/// One instruction. What `imm` and `aux` mean depends on the opcode (see `Opcode.info`).
public struct Instruction: Sendable {
    public var op: Opcode
    public var result: Value?
    public var operands: [Value]
    public var imm: Int32
    public var aux: Int32
    public var targets: [BlockCall]
    public var line: Int32

    public init(_ op: Opcode, result: Value? = nil, operands: [Value] = [], imm: Int32 = 0, aux: Int32 = 0,
                targets: [BlockCall] = [], line: Int32) {
        self.op = op
        self.result = result
        self.operands = operands
        self.imm = imm
        self.aux = aux
        self.targets = targets
        self.line = line
    }

    public var isTerminator: Bool { op.info.isTerminator }
}

/// A basic block: parameters, instructions (the last is the terminator), and its handler.
public struct Block: Sendable {
    public var params: [Value]
    public var instructions: [Instruction]
    public var handler: BlockID?

    public init(params: [Value] = [], instructions: [Instruction] = [], handler: BlockID? = nil) {
        self.params = params
        self.instructions = instructions
        self.handler = handler
    }

    /// The terminator (the last instruction), if the block is complete.
    public var terminator: Instruction? {
        guard let last = instructions.last, last.isTerminator else { return nil }
        return last
    }

    /// The blocks this block's terminator can transfer to (not counting the handler).
    public var successors: [BlockID] { terminator?.targets.map(\.block) ?? [] }
}

/// A module constant. Ints are exact; strs are WTF-8 (lone surrogates allowed).
public indirect enum IRConstant: Hashable, Sendable {
    case none
    case `true`
    case `false`
    case ellipsis
    case int(Int64)
    /// Decimal digits, with a leading `-` if negative.
    case bigInt(String)
    case float(Double)
    /// The complex number 0 + x·j.
    case imaginary(Double)
    case str([UInt8])
    case bytes([UInt8])
    case tuple([IRConstant])
    /// A frozenset built from these items in this order (CPython's constant set displays).
    case frozenset([IRConstant])

    public init(_ constant: Constant) {
        switch constant {
        case .none: self = .none
        case .true: self = .true
        case .false: self = .false
        case .ellipsis: self = .ellipsis
        case .int(let i): self = .int(i)
        case .bigInt(let s): self = .bigInt(s)
        case .float(let d): self = .float(d)
        case .imaginary(let d): self = .imaginary(d)
        case .str(let s): self = .str(s)
        case .bytes(let b): self = .bytes(b)
        }
    }

    /// A str constant from Swift text.
    public static func string(_ s: String) -> IRConstant { .str(Array(s.utf8)) }

    // Floats compare by bit pattern so that 0.0 and -0.0 (and NaNs) stay distinct in the pool.
    public static func == (a: IRConstant, b: IRConstant) -> Bool {
        switch (a, b) {
        case (.none, .none), (.true, .true), (.false, .false), (.ellipsis, .ellipsis): return true
        case (.int(let x), .int(let y)): return x == y
        case (.bigInt(let x), .bigInt(let y)): return x == y
        case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
        case (.imaginary(let x), .imaginary(let y)): return x.bitPattern == y.bitPattern
        case (.str(let x), .str(let y)): return x == y
        case (.bytes(let x), .bytes(let y)): return x == y
        case (.tuple(let x), .tuple(let y)): return x == y
        case (.frozenset(let x), .frozenset(let y)): return x == y
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .none: hasher.combine(0)
        case .true: hasher.combine(1)
        case .false: hasher.combine(2)
        case .ellipsis: hasher.combine(3)
        case .int(let i): hasher.combine(4); hasher.combine(i)
        case .bigInt(let s): hasher.combine(5); hasher.combine(s)
        case .float(let d): hasher.combine(6); hasher.combine(d.bitPattern)
        case .imaginary(let d): hasher.combine(7); hasher.combine(d.bitPattern)
        case .str(let s): hasher.combine(8); hasher.combine(s)
        case .bytes(let b): hasher.combine(9); hasher.combine(b)
        case .tuple(let t): hasher.combine(10); hasher.combine(t)
        case .frozenset(let t): hasher.combine(11); hasher.combine(t)
        }
    }
}

/// The parameters of a function, as CPython's code objects describe them.
public struct Signature: Sendable, Equatable {
    /// Positional parameter names (positional-only ones first), then keyword-only names, then the
    /// `*args` name and the `**kwargs` name if present: the order of AdCode's `param_names`.
    public var names: [String]
    public var positionalOnly: Int
    public var positional: Int
    public var keywordOnly: Int
    public var hasVarArgs: Bool
    public var hasVarKeywords: Bool

    public init(names: [String] = [], positionalOnly: Int = 0, positional: Int = 0, keywordOnly: Int = 0,
                hasVarArgs: Bool = false, hasVarKeywords: Bool = false) {
        self.names = names
        self.positionalOnly = positionalOnly
        self.positional = positional
        self.keywordOnly = keywordOnly
        self.hasVarArgs = hasVarArgs
        self.hasVarKeywords = hasVarKeywords
    }

    /// The number of parameter slots (entry block parameters).
    public var count: Int { positional + keywordOnly + (hasVarArgs ? 1 : 0) + (hasVarKeywords ? 1 : 0) }
}

/// A function of the module: the module body, a `def`, a lambda, or a class body.
public final class IRFunction {
    /// co_name: `<module>`, `f`, `<lambda>`.
    public var name: String
    /// `outer.<locals>.f`.
    public var qualname: String
    public var firstLine: Int32
    public var signature: Signature
    /// Names of the free variables, in the order of the function object's closure tuple.
    public var freeVars: [String]
    /// The imported module (index into IRModule.units) the function belongs to; -1 for the main script.
    public var unit: Int32 = -1
    /// True if the function contains `yield`: calling it makes a generator, and its frame (slots
    /// included) lives in the generator object between resumptions.
    public var isGenerator = false
    /// The constant (a tuple of strs) naming the function's local variables, for the "Did you
    /// mean" hint of a NameError; -1 when there are none.
    public var localNamesConstant: Int32 = -1
    /// The docstring (`__doc__`), WTF-8, if the body starts with one.
    public var docstring: [UInt8]?
    /// Names of frame slots: variables that are not in SSA form (for `load_slot`/`store_slot`).
    public var slots: [String]
    public var blocks: [Block]
    /// The type of every value, indexed by `Value.index`.
    public var valueTypes: [IRType]

    public init(name: String, qualname: String, firstLine: Int32, signature: Signature = Signature()) {
        self.name = name
        self.qualname = qualname
        self.firstLine = firstLine
        self.signature = signature
        self.freeVars = []
        self.slots = []
        self.blocks = []
        self.valueTypes = []
    }

    /// A new value of the given type.
    public func newValue(_ type: IRType = .object) -> Value {
        valueTypes.append(type)
        return Value(valueTypes.count - 1)
    }

    /// A new empty block.
    public func newBlock(params: [Value] = [], handler: BlockID? = nil) -> BlockID {
        blocks.append(Block(params: params, handler: handler))
        return BlockID(blocks.count - 1)
    }

    public func type(of value: Value) -> IRType { valueTypes[Int(value.index)] }

    public subscript(block: BlockID) -> Block {
        get { blocks[Int(block.index)] }
        set { blocks[Int(block.index)] = newValue }
    }

    /// The predecessors of every block, counting handler edges (a block with a handler is a
    /// predecessor of that handler).
    public func predecessors(includingHandlers: Bool = true) -> [[BlockID]] {
        var preds = Array(repeating: [BlockID](), count: blocks.count)
        for (i, block) in blocks.enumerated() {
            let id = BlockID(i)
            for succ in block.successors where !preds[Int(succ.index)].contains(id) {
                preds[Int(succ.index)].append(id)
            }
            if includingHandlers, let h = block.handler, !preds[Int(h.index)].contains(id) {
                preds[Int(h.index)].append(id)
            }
        }
        return preds
    }
}

/// A module of the program other than the main script: a Python source file that the program
/// imports, compiled together with it. Its globals are slots of the program's global table.
public struct ModuleUnit: Sendable, Equatable {
    /// The name it is imported by ("heapq").
    public var name: String
    public var filename: String
    /// The function that is its body.
    public var body: Int32
    public init(name: String, filename: String, body: Int32) {
        self.name = name
        self.filename = filename
        self.body = body
    }
}

/// A whole program: its functions (the main script's body first), constants, names and globals,
/// and the other modules compiled with it.
public final class IRModule {
    public var filename: String
    /// functions[0] is the module body.
    public var functions: [IRFunction]
    public var constants: [IRConstant]
    /// Attribute, module and keyword names used by instructions (interned strs at run time).
    public var names: [String]
    /// The global variables of every module, each a fixed slot: `name` for the main script's,
    /// `module.name` for those of the imported module `module`.
    public var globals: [String]
    /// The imported modules compiled into the program (the main script is not one of them).
    public var units: [ModuleUnit] = []
    /// The modules the program imports besides those the runtime provides (found or not): a
    /// program that has any depends on other files than its own.
    public var externalImports: [String] = []

    /// The variable name of a global slot (without its module).
    public func globalName(_ slot: Int) -> String {
        let key = globals[slot]
        guard let dot = key.lastIndex(of: ".") else { return key }
        return String(key[key.index(after: dot)...])
    }

    /// The global slots of an imported module.
    public func globalSlots(of unit: ModuleUnit) -> [Int] {
        globals.indices.filter { globalModule($0) == unit.name }
    }

    /// The file a function was compiled from.
    public func filename(of function: IRFunction) -> String {
        function.unit >= 0 ? units[Int(function.unit)].filename : filename
    }

    /// The module a global slot belongs to: "" for the main script.
    public func globalModule(_ slot: Int) -> String {
        let key = globals[slot]
        guard let dot = key.lastIndex(of: ".") else { return "" }
        return String(key[..<dot])
    }

    private var constantIndex: [IRConstant: Int32] = [:]
    private var nameIndex: [String: Int32] = [:]
    private var globalIndex: [String: Int32] = [:]

    public init(filename: String) {
        self.filename = filename
        self.functions = []
        self.constants = []
        self.names = []
        self.globals = []
    }

    /// The pool index of a constant, adding it if new.
    public func constant(_ c: IRConstant) -> Int32 {
        if let i = constantIndex[c] { return i }
        constants.append(c)
        let i = Int32(constants.count - 1)
        constantIndex[c] = i
        return i
    }

    /// The pool index of a name, adding it if new.
    public func name(_ s: String) -> Int32 {
        if let i = nameIndex[s] { return i }
        names.append(s)
        let i = Int32(names.count - 1)
        nameIndex[s] = i
        return i
    }

    /// The slot of a global variable, adding it if new.
    public func global(_ s: String) -> Int32 {
        if let i = globalIndex[s] { return i }
        globals.append(s)
        let i = Int32(globals.count - 1)
        globalIndex[s] = i
        return i
    }

    /// The index of a function, for `make_function`.
    public func add(_ function: IRFunction) -> Int32 {
        functions.append(function)
        return Int32(functions.count - 1)
    }
}
