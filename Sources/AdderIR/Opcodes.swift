// The opcode table: every IR instruction, its operands, immediates, result type and meaning.
//
// The verifier, the printer and parser, the bytecode encoder and the LLVM lowering all switch over
// `Opcode`; `Opcode.info` is the one place that says what each one takes. In the `doc` column,
// `a, b, …` are the operands in order, `imm`/`aux` the immediates, and "raises" marks instructions
// that can fail (they branch to the block's handler, or return the error from the function).

/// What an immediate (`imm` or `aux`) denotes, which decides how it is printed and checked.
public enum ImmediateKind: Sendable {
    case none
    /// An index into the module's constant pool.
    case constant
    /// An index into the module's constant pool naming a tuple of keyword names, or -1 for none.
    case kwnames
    /// An index into the module's name pool.
    case name
    /// An index into the module's global slots.
    case global
    /// An index into the module's function list.
    case function
    /// An index into the function's frame slots.
    case slot
    /// An index into the function's free variables.
    case freeVar
    /// A binary operator (AdBinOp numbering).
    case binaryOp
    /// A comparison operator (AdCmpOp numbering).
    case compareOp
    /// A unary operator (`UnaryOp`).
    case unaryOp
    /// A conversion of a formatted value (`Conversion`).
    case conversion
    /// An unbound-variable error kind (`UnboundKind`).
    case unboundKind
    /// A plain count or index.
    case count
}

/// How many operands an instruction takes.
public enum OperandShape: Sendable {
    case fixed(Int)
    case atLeast(Int)
}

/// The type of an instruction's result.
public enum ResultRule: Sendable {
    case none
    case object
    case bool
}

/// The static facts about one opcode.
public struct OpcodeInfo: Sendable {
    public var name: String
    public var operands: OperandShape
    public var imm: ImmediateKind
    public var aux: ImmediateKind
    public var result: ResultRule
    public var mayRaise: Bool
    public var isTerminator: Bool
    /// How many successor blocks a terminator has (-1: not a terminator).
    public var targets: Int
    public var doc: String
}

/// The binary operators, numbered as AdBinOp in the runtime.
public enum BinaryOp: Int32, CaseIterable, Sendable {
    case add, sub, mul, matmul, truediv, floordiv, mod, pow, lshift, rshift, and, or, xor

    public var symbol: String {
        ["+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"][Int(rawValue)]
    }
}

/// The comparison operators, numbered as AdCmpOp in the runtime.
public enum CompareOp: Int32, CaseIterable, Sendable {
    case lt, le, eq, ne, gt, ge
}

/// The unary operators with a runtime slot.
public enum UnaryOp: Int32, CaseIterable, Sendable {
    case neg, pos, invert
}

/// The conversions of a formatted value (`!s`, `!r`, `!a`).
public enum Conversion: Int32, CaseIterable, Sendable {
    case str, repr, ascii
}

/// Which error an unbound variable raises.
public enum UnboundKind: Int32, CaseIterable, Sendable {
    /// UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
    case local
    /// NameError: cannot access free variable 'x' where it is not associated with a value in enclosing scope
    case free
    /// NameError: name 'x' is not defined (class bodies, deleted comprehension names)
    case name
}

/// Every IR instruction.
public enum Opcode: UInt8, CaseIterable, Sendable {
    // Constants and variables
    case const_, unbound, loadSlot, storeSlot, checkBound
    case loadGlobal, storeGlobal, delGlobal, loadBuiltin
    case newCell, loadClosure, cellGet, cellSet
    case nsGet, nsDel
    case makeFunction
    // Calls
    case call, callMethod, callEx
    // Operators
    case binop, inplace, concatUnique, unop, compare, compareBool, is_, contains, truth, boolNot, boxBool
    // Attributes and items
    case getattr, setattr, delattr, getitem, setitem, delitem, buildSlice
    // Displays
    case buildList, buildTuple, buildSet, buildDict
    case listAppend, listExtend, setAdd, setUpdate, dictSet, dictMerge, dictMergeKwargs, listToTuple
    // Strings
    case format, convert, buildString
    // Iteration and unpacking
    case getIter, iterNext, unpack, unpackStar, tupleGet
    // Imports
    case importName, importFrom
    // Exceptions
    case getException, excMatch, enterHandler, exitHandler, withEnter, withExit
    // Generators
    case yield, yieldFromStep, yieldFromResult
    // Pattern matching
    case matchSequence, matchMapping, len, matchKeys, matchRest, matchClass
    // Terminators
    case jump, branch, branchStop, return_, raise, raiseFrom, reraise, reraiseCurrent, unreachable

    /// The opcode's facts; see the table below.
    public var info: OpcodeInfo { Opcode.checkedTable[Int(rawValue)] }

    /// The table, checked once against the cases: row i must describe case i (the printed name is
    /// the case's name in snake case).
    private static let checkedTable: [OpcodeInfo] = {
        precondition(table.count == allCases.count, "the opcode table has \(table.count) rows for \(allCases.count) opcodes")
        for (op, row) in zip(allCases, table) {
            var snake = ""
            for ch in "\(op)".replacingOccurrences(of: "_", with: "") {
                if ch.isUppercase { snake += "_" }
                snake += ch.lowercased()
            }
            precondition(snake == row.name, "opcode table row '\(row.name)' is in the place of \(op)")
        }
        return table
    }()

    /// The printed name of every opcode, for the IR parser.
    public static let byName: [String: Opcode] = {
        var map: [String: Opcode] = [:]
        for op in Opcode.allCases { map[op.info.name] = op }
        return map
    }()

    private static func row(_ name: String, _ operands: OperandShape, imm: ImmediateKind = .none,
                            aux: ImmediateKind = .none, _ result: ResultRule, raises: Bool = false,
                            targets: Int = -1, _ doc: String) -> OpcodeInfo {
        OpcodeInfo(name: name, operands: operands, imm: imm, aux: aux, result: result, mayRaise: raises,
                   isTerminator: targets >= 0, targets: targets, doc: doc)
    }

    // swiftlint:disable line_length
    private static let table: [OpcodeInfo] = [
        // Constants and variables
        row("const", .fixed(0), imm: .constant, .object, "constants[imm]"),
        row("unbound", .fixed(0), .object, "the unbound marker (a variable with no value)"),
        row("load_slot", .fixed(0), imm: .slot, .object, "frame slot imm (may be unbound)"),
        row("store_slot", .fixed(1), imm: .slot, .none, "frame slot imm := a"),
        row("check_bound", .fixed(1), imm: .name, aux: .unboundKind, .none, raises: true, "raise the aux error for name imm if a is unbound"),
        row("load_global", .fixed(0), imm: .global, .object, raises: true, "global imm, else the builtin of that name, else NameError"),
        row("store_global", .fixed(1), imm: .global, .none, "global imm := a"),
        row("del_global", .fixed(0), imm: .global, .none, raises: true, "unbind global imm (NameError if unbound)"),
        row("load_builtin", .fixed(0), imm: .name, .object, raises: true, "the builtin named imm"),
        row("new_cell", .fixed(1), .object, "a new cell holding a (which may be unbound)"),
        row("load_closure", .fixed(0), imm: .freeVar, .object, "the cell of free variable imm (from the function's closure)"),
        row("cell_get", .fixed(1), imm: .name, aux: .unboundKind, .object, raises: true, "the value in cell a (the aux error for name imm if unbound)"),
        row("cell_set", .fixed(1 + 1), .none, "cell a := b (b may be unbound)"),
        row("ns_get", .fixed(1), imm: .name, .object, "the value of name imm in class namespace a, or unbound"),
        row("ns_del", .fixed(1), imm: .name, .none, raises: true, "del name imm from class namespace a (NameError if missing)"),
        row("make_function", .fixed(3), imm: .function, .object, "a function object for functions[imm] with defaults a, kwdefaults b, closure c (each may be unbound)"),
        // Calls
        row("call", .atLeast(1), imm: .kwnames, .object, raises: true, "a(b, c, …): the last len(kwnames imm) arguments are keywords"),
        row("call_method", .atLeast(1), imm: .name, aux: .kwnames, .object, raises: true, "a.imm(b, c, …): the last len(kwnames aux) arguments are keywords"),
        row("call_ex", .fixed(3), .object, raises: true, "a(*b, **c): b is a tuple, c a dict or unbound"),
        // Operators
        row("binop", .fixed(2), imm: .binaryOp, .object, raises: true, "a OP b"),
        row("inplace", .fixed(2), imm: .binaryOp, .object, raises: true, "a OP= b (the in-place slot if any)"),
        row("concat_unique", .fixed(2), imm: .count, .object, raises: true, "a + b (imm 0) or a += b (imm 1), where a's value is referenced nowhere else, so a str a may be extended in place"),
        row("unop", .fixed(1), imm: .unaryOp, .object, raises: true, "-a, +a or ~a"),
        row("compare", .fixed(2), imm: .compareOp, .object, raises: true, "a OP b as an object"),
        row("compare_bool", .fixed(2), imm: .compareOp, .bool, raises: true, "the truth of a OP b"),
        row("is", .fixed(2), .bool, "a is b"),
        row("contains", .fixed(2), .bool, raises: true, "b in a"),
        row("truth", .fixed(1), .bool, raises: true, "bool(a)"),
        row("bool_not", .fixed(1), .bool, "not a (a: bool)"),
        row("box_bool", .fixed(1), .object, "True or False for a (a: bool)"),
        // Attributes and items
        row("getattr", .fixed(1), imm: .name, .object, raises: true, "a.imm"),
        row("setattr", .fixed(2), imm: .name, .none, raises: true, "a.imm := b"),
        row("delattr", .fixed(1), imm: .name, .none, raises: true, "del a.imm"),
        row("getitem", .fixed(2), .object, raises: true, "a[b]"),
        row("setitem", .fixed(3), .none, raises: true, "a[b] := c"),
        row("delitem", .fixed(2), .none, raises: true, "del a[b]"),
        row("build_slice", .fixed(3), .object, "slice(a, b, c)"),
        // Displays
        row("build_list", .atLeast(0), .object, "[a, b, …]"),
        row("build_tuple", .atLeast(0), .object, "(a, b, …)"),
        row("build_set", .atLeast(0), .object, raises: true, "{a, b, …}"),
        row("build_dict", .atLeast(0), .object, raises: true, "{a: b, c: d, …} (operands in key, value pairs)"),
        row("list_append", .fixed(2), .none, "a.append(b) (a: list)"),
        row("list_extend", .fixed(2), .none, raises: true, "a.extend(b) (a: list; for [*b])"),
        row("set_add", .fixed(2), .none, raises: true, "a.add(b) (a: set)"),
        row("set_update", .fixed(2), .none, raises: true, "a.update(b) (a: set; for {*b})"),
        row("dict_set", .fixed(3), .none, raises: true, "a[b] := c (a: dict)"),
        row("dict_merge", .fixed(2), .none, raises: true, "a.update(b) for {**b} (a: dict)"),
        row("dict_merge_kwargs", .fixed(3), .none, raises: true, "merge mapping b into keyword dict a for a call of c (duplicates raise)"),
        row("list_to_tuple", .fixed(1), .object, "tuple(a) (a: list)"),
        // Strings
        row("format", .fixed(2), .object, raises: true, "format(a, b)"),
        row("convert", .fixed(1), imm: .conversion, .object, raises: true, "str(a), repr(a) or ascii(a)"),
        row("build_string", .atLeast(0), .object, "a + b + … (all strs)"),
        // Iteration and unpacking
        row("get_iter", .fixed(1), .object, raises: true, "iter(a)"),
        row("iter_next", .fixed(1), .object, raises: true, "next(a), or the stop marker when a is exhausted"),
        row("unpack", .fixed(1), imm: .count, .object, raises: true, "a tuple of exactly imm values from iterable a"),
        row("unpack_star", .fixed(1), imm: .count, aux: .count, .object, raises: true, "a tuple: imm values, a list of the rest, aux values"),
        row("tuple_get", .fixed(1), imm: .count, .object, "a[imm] (a: tuple, in range)"),
        // Imports
        row("import_name", .fixed(0), imm: .name, .object, raises: true, "import module imm"),
        row("import_from", .fixed(1), imm: .name, .object, raises: true, "from module a import imm"),
        // Exceptions
        row("get_exception", .fixed(0), .object, "take the pending exception (in a handler)"),
        row("exc_match", .fixed(2), .bool, raises: true, "exception a matches `except b`"),
        row("enter_handler", .fixed(1), .object, "start handling exception a; the result is the previously handled one"),
        row("exit_handler", .fixed(1), .none, "stop handling; a is what enter_handler returned"),
        row("with_enter", .fixed(1), .object, raises: true, "for `with a`: the tuple (bound a.__exit__, a.__enter__())"),
        row("with_exit", .fixed(2), .object, raises: true, "call __exit__ a with exception b's type, value and traceback (None three times if b is unbound)"),
        row("yield", .fixed(1), .object, raises: true, "suspend the generator yielding a; the result is the value sent in when it resumes (raises what is thrown in)"),
        row("yield_from_step", .fixed(2), .object, raises: true, "send b (None: next) to the iterator a of `yield from`: a value, or the stop marker when it finished"),
        row("yield_from_result", .fixed(0), .object, "the return value of the iterator `yield from` just finished"),
        // Pattern matching
        row("match_sequence", .fixed(1), .bool, "a is a sequence for `match`"),
        row("match_mapping", .fixed(1), .bool, "a is a mapping for `match`"),
        row("len", .fixed(1), .object, raises: true, "len(a)"),
        row("match_keys", .fixed(2), .object, raises: true, "a tuple of a[k] for k in tuple b, or None if a key is missing"),
        row("match_rest", .fixed(2), .object, raises: true, "a dict of a's items whose keys are not in tuple b"),
        row("match_class", .fixed(2), imm: .count, aux: .kwnames, .object, raises: true, "if a is an instance of class b: a tuple of the values for imm positional and the aux keyword sub-patterns, else None"),
        // Terminators
        row("jump", .fixed(0), .none, targets: 1, "go to the target"),
        row("branch", .fixed(1), .none, targets: 2, "if a (a: bool) then the first target else the second"),
        row("branch_stop", .fixed(1), .none, targets: 2, "if a is the stop marker then the first target else the second"),
        row("return", .fixed(1), .none, targets: 0, "return a"),
        row("raise", .fixed(1), .none, raises: true, targets: 0, "raise a (a class or an instance)"),
        row("raise_from", .fixed(2), .none, raises: true, targets: 0, "raise a from b"),
        row("reraise", .fixed(1), .none, raises: true, targets: 0, "raise exception a again, adding no traceback entry"),
        row("reraise_current", .fixed(0), .none, raises: true, targets: 0, "bare raise: re-raise the exception being handled"),
        row("unreachable", .fixed(0), .none, targets: 0, "control never gets here"),
    ]
    // swiftlint:enable line_length
}
