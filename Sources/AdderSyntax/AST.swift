// The abstract syntax tree.
//
// Node kinds and field names follow CPython 3.11's `ast` module (Parser/Python.asdl) one for one, so
// that `adder dump ast` can print exactly what `ast.dump` prints and so that anyone who knows
// CPython's AST knows this one. Every node that CPython gives position attributes carries a
// `SourceRange`; columns are UTF-8 byte offsets, as in CPython.
//
// The tree is made of value types: structs for nodes with fixed fields, indirect enums with
// associated values for the sum types (`stmt`, `expr`, `pattern`).

/// A node's position: 1-based lines, 0-based UTF-8 byte columns, end exclusive (CPython's convention).
public struct SourceRange: Hashable, Sendable {
    public var lineno: Int32
    public var colOffset: Int32
    public var endLineno: Int32
    public var endColOffset: Int32

    public init(lineno: Int32, colOffset: Int32, endLineno: Int32, endColOffset: Int32) {
        self.lineno = lineno
        self.colOffset = colOffset
        self.endLineno = endLineno
        self.endColOffset = endColOffset
    }

    /// The range from the start of `start` to the end of `end`.
    public init(from start: SourceRange, to end: SourceRange) {
        self.init(lineno: start.lineno, colOffset: start.colOffset,
                  endLineno: end.endLineno, endColOffset: end.endColOffset)
    }

    public static let none = SourceRange(lineno: 0, colOffset: 0, endLineno: 0, endColOffset: 0)
}

// MARK: - Modules

/// `mod`: the result of parsing a whole file (`Module`); the other `mod` kinds are not needed.
public struct Module: Sendable {
    public var body: [Stmt]
    public var typeIgnores: [TypeIgnore]
    public init(body: [Stmt], typeIgnores: [TypeIgnore] = []) {
        self.body = body
        self.typeIgnores = typeIgnores
    }
}

/// `TypeIgnore(int lineno, string tag)`.
public struct TypeIgnore: Sendable {
    public var lineno: Int32
    public var tag: String
    public init(lineno: Int32, tag: String) {
        self.lineno = lineno
        self.tag = tag
    }
}

// MARK: - Statements

/// A statement node: its kind and its position.
public struct Stmt: Sendable {
    public var kind: StmtKind
    public var range: SourceRange
    public init(_ kind: StmtKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// `stmt` of Python.asdl. `FunctionDef`/`AsyncFunctionDef`, `For`/`AsyncFor`, `With`/`AsyncWith` and
/// `Try`/`TryStar` share one case each, told apart by a flag.
public indirect enum StmtKind: Sendable {
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case `return`(value: Expr?)
    case delete(targets: [Expr])
    case assign(targets: [Expr], value: Expr, typeComment: String?)
    case augAssign(target: Expr, op: Operator, value: Expr)
    /// `simple` is true for a bare name target that is not parenthesized.
    case annAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool)
    case `for`(For)
    case `while`(test: Expr, body: [Stmt], orelse: [Stmt])
    case `if`(test: Expr, body: [Stmt], orelse: [Stmt])
    case with(With)
    case match(subject: Expr, cases: [MatchCase])
    case raise(exc: Expr?, cause: Expr?)
    case `try`(Try)
    case assert(test: Expr, msg: Expr?)
    case `import`(names: [Alias])
    /// `level` is the number of leading dots (0 for an absolute import).
    case importFrom(module: String?, names: [Alias], level: Int)
    case global(names: [String])
    case nonlocal(names: [String])
    case expr(value: Expr)
    case pass
    case `break`
    case `continue`
}

/// `FunctionDef` and `AsyncFunctionDef`.
public struct FunctionDef: Sendable {
    public var isAsync: Bool
    public var name: String
    public var args: Arguments
    public var body: [Stmt]
    public var decoratorList: [Expr]
    public var returns: Expr?
    public var typeComment: String?
    /// The name the definition binds when it differs from `name`: a private name (`__f`) defined
    /// in a class body binds its mangled form (`_C__f`). Not part of CPython's AST (not dumped).
    public var bindingName: String?
    /// The variable the definition assigns.
    public var boundName: String { bindingName ?? name }
    public init(isAsync: Bool, name: String, args: Arguments, body: [Stmt], decoratorList: [Expr],
                returns: Expr?, typeComment: String? = nil) {
        self.isAsync = isAsync
        self.name = name
        self.args = args
        self.body = body
        self.decoratorList = decoratorList
        self.returns = returns
        self.typeComment = typeComment
    }
}

/// `ClassDef`.
public struct ClassDef: Sendable {
    public var name: String
    public var bases: [Expr]
    public var keywords: [Keyword]
    public var body: [Stmt]
    public var decoratorList: [Expr]
    /// As FunctionDef.bindingName: the mangled name a private class name binds.
    public var bindingName: String?
    /// The variable the definition assigns.
    public var boundName: String { bindingName ?? name }
    public init(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decoratorList: [Expr]) {
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decoratorList = decoratorList
    }
}

/// `For` and `AsyncFor`.
public struct For: Sendable {
    public var isAsync: Bool
    public var target: Expr
    public var iter: Expr
    public var body: [Stmt]
    public var orelse: [Stmt]
    public var typeComment: String?
    public init(isAsync: Bool, target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt], typeComment: String? = nil) {
        self.isAsync = isAsync
        self.target = target
        self.iter = iter
        self.body = body
        self.orelse = orelse
        self.typeComment = typeComment
    }
}

/// `With` and `AsyncWith`.
public struct With: Sendable {
    public var isAsync: Bool
    public var items: [WithItem]
    public var body: [Stmt]
    public var typeComment: String?
    public init(isAsync: Bool, items: [WithItem], body: [Stmt], typeComment: String? = nil) {
        self.isAsync = isAsync
        self.items = items
        self.body = body
        self.typeComment = typeComment
    }
}

/// `Try` and `TryStar` (`except*`).
public struct Try: Sendable {
    public var isStar: Bool
    public var body: [Stmt]
    public var handlers: [ExceptHandler]
    public var orelse: [Stmt]
    public var finalbody: [Stmt]
    public init(isStar: Bool, body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt]) {
        self.isStar = isStar
        self.body = body
        self.handlers = handlers
        self.orelse = orelse
        self.finalbody = finalbody
    }
}

/// `ExceptHandler(expr? type, identifier? name, stmt* body)`.
public struct ExceptHandler: Sendable {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var range: SourceRange
    public init(type: Expr?, name: String?, body: [Stmt], range: SourceRange) {
        self.type = type
        self.name = name
        self.body = body
        self.range = range
    }
}

/// `alias(identifier name, identifier? asname)`; `name` may be dotted (`import a.b`) or `*`.
public struct Alias: Sendable {
    public var name: String
    public var asname: String?
    public var range: SourceRange
    public init(name: String, asname: String?, range: SourceRange) {
        self.name = name
        self.asname = asname
        self.range = range
    }
}

/// `withitem(expr context_expr, expr? optional_vars)`.
public struct WithItem: Sendable {
    public var contextExpr: Expr
    public var optionalVars: Expr?
    public init(contextExpr: Expr, optionalVars: Expr?) {
        self.contextExpr = contextExpr
        self.optionalVars = optionalVars
    }
}

/// `match_case(pattern pattern, expr? guard, stmt* body)`.
public struct MatchCase: Sendable {
    public var pattern: Pattern
    public var guard_: Expr?
    public var body: [Stmt]
    public init(pattern: Pattern, guard_: Expr?, body: [Stmt]) {
        self.pattern = pattern
        self.guard_ = guard_
        self.body = body
    }
}

// MARK: - Expressions

/// An expression node: its kind and its position.
public struct Expr: Sendable {
    public var kind: ExprKind
    public var range: SourceRange
    public init(_ kind: ExprKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// `expr` of Python.asdl.
public indirect enum ExprKind: Sendable {
    case boolOp(op: BoolOperator, values: [Expr])
    case namedExpr(target: Expr, value: Expr)
    case binOp(left: Expr, op: Operator, right: Expr)
    case unaryOp(op: UnaryOperator, operand: Expr)
    case lambda(args: Arguments, body: Expr)
    case ifExp(test: Expr, body: Expr, orelse: Expr)
    /// A `nil` key stands for `**value` unpacking, as `None` does in CPython's `Dict.keys`.
    case dict(keys: [Expr?], values: [Expr])
    case set(elts: [Expr])
    case listComp(elt: Expr, generators: [Comprehension])
    case setComp(elt: Expr, generators: [Comprehension])
    case dictComp(key: Expr, value: Expr, generators: [Comprehension])
    case generatorExp(elt: Expr, generators: [Comprehension])
    case await(value: Expr)
    case yield(value: Expr?)
    case yieldFrom(value: Expr)
    case compare(left: Expr, ops: [CmpOperator], comparators: [Expr])
    case call(func: Expr, args: [Expr], keywords: [Keyword])
    /// `conversion` is -1 (none), or the code of `s`, `r`, `a` (115, 114, 97), as in CPython.
    case formattedValue(value: Expr, conversion: Int, formatSpec: Expr?)
    case joinedStr(values: [Expr])
    /// `kind` is `"u"` for a `u"..."` literal and `nil` otherwise.
    case constant(value: Constant, kind: String?)
    case attribute(value: Expr, attr: String, ctx: ExprContext)
    case `subscript`(value: Expr, slice: Expr, ctx: ExprContext)
    case starred(value: Expr, ctx: ExprContext)
    case name(id: String, ctx: ExprContext)
    case list(elts: [Expr], ctx: ExprContext)
    case tuple(elts: [Expr], ctx: ExprContext)
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
}

/// The value of a `Constant` node (and of `MatchSingleton`).
public enum Constant: Sendable, Hashable {
    case none
    case `true`
    case `false`
    case ellipsis
    /// An integer literal that fits in 64 bits.
    case int(Int64)
    /// An integer literal that does not fit in 64 bits, as decimal digits (with a leading `-` if negative).
    case bigInt(String)
    case float(Double)
    /// An imaginary literal `Nj`: the complex number `0 + Nj`.
    case imaginary(Double)
    /// A `str`, as WTF-8: UTF-8 that may also hold lone surrogates, which Python strings can contain.
    case str([UInt8])
    case bytes([UInt8])
}

/// `expr_context`.
public enum ExprContext: Sendable {
    case load, store, del
}

/// `boolop`.
public enum BoolOperator: Sendable {
    case and, or
}

/// `operator`: the binary arithmetic and bitwise operators.
public enum Operator: Sendable, CaseIterable {
    case add, sub, mult, matMult, div, mod, pow, lShift, rShift, bitOr, bitXor, bitAnd, floorDiv
}

/// `unaryop`.
public enum UnaryOperator: Sendable {
    case invert, not, uAdd, uSub
}

/// `cmpop`.
public enum CmpOperator: Sendable {
    case eq, notEq, lt, ltE, gt, gtE, `is`, isNot, `in`, notIn
}

/// `comprehension(expr target, expr iter, expr* ifs, int is_async)`.
public struct Comprehension: Sendable {
    public var target: Expr
    public var iter: Expr
    public var ifs: [Expr]
    public var isAsync: Bool
    public init(target: Expr, iter: Expr, ifs: [Expr], isAsync: Bool) {
        self.target = target
        self.iter = iter
        self.ifs = ifs
        self.isAsync = isAsync
    }
}

/// `arguments`: a function's parameter list. `kwDefaults` has one entry per keyword-only parameter
/// (`nil` where it has no default); `defaults` belongs to the last positional parameters.
public struct Arguments: Sendable {
    public var posonlyargs: [Arg]
    public var args: [Arg]
    public var vararg: Arg?
    public var kwonlyargs: [Arg]
    public var kwDefaults: [Expr?]
    public var kwarg: Arg?
    public var defaults: [Expr]
    public init(posonlyargs: [Arg] = [], args: [Arg] = [], vararg: Arg? = nil, kwonlyargs: [Arg] = [],
                kwDefaults: [Expr?] = [], kwarg: Arg? = nil, defaults: [Expr] = []) {
        self.posonlyargs = posonlyargs
        self.args = args
        self.vararg = vararg
        self.kwonlyargs = kwonlyargs
        self.kwDefaults = kwDefaults
        self.kwarg = kwarg
        self.defaults = defaults
    }
}

/// `arg(identifier arg, expr? annotation, string? type_comment)`.
public struct Arg: Sendable {
    public var arg: String
    public var annotation: Expr?
    public var typeComment: String?
    public var range: SourceRange
    public init(arg: String, annotation: Expr?, typeComment: String? = nil, range: SourceRange) {
        self.arg = arg
        self.annotation = annotation
        self.typeComment = typeComment
        self.range = range
    }
}

/// `keyword(identifier? arg, expr value)`; a `nil` name stands for `**value`.
public struct Keyword: Sendable {
    public var arg: String?
    public var value: Expr
    public var range: SourceRange
    public init(arg: String?, value: Expr, range: SourceRange) {
        self.arg = arg
        self.value = value
        self.range = range
    }
}

// MARK: - Patterns

/// A `match` pattern node: its kind and its position.
public struct Pattern: Sendable {
    public var kind: PatternKind
    public var range: SourceRange
    public init(_ kind: PatternKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// `pattern` of Python.asdl.
public indirect enum PatternKind: Sendable {
    case matchValue(value: Expr)
    case matchSingleton(value: Constant)
    case matchSequence(patterns: [Pattern])
    case matchMapping(keys: [Expr], patterns: [Pattern], rest: String?)
    case matchClass(cls: Expr, patterns: [Pattern], kwdAttrs: [String], kwdPatterns: [Pattern])
    case matchStar(name: String?)
    case matchAs(pattern: Pattern?, name: String?)
    case matchOr(patterns: [Pattern])
}
