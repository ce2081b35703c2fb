// Compile-time errors: the SyntaxErrors CPython raises after parsing, from its future-statement
// pass (Python/future.c) and its compiler (Python/compile.c), that are not about scopes.
//
// The walk follows the order in which CPython's compiler visits the tree, because the first error
// it meets is the one reported: statements in order; an assignment's value before its targets; a
// function's decorators, defaults and annotations before its body; a class's body before its
// bases; a comprehension's inner parts before its outermost iterable; a `try`'s body, then its
// `else`, then its handlers, then its `finally`. Locations are the node being compiled, with
// 1-based columns, as `compiler_error` reports them.
//
// Scope-related checks (global/nonlocal rules, duplicate parameters, names used before `global`,
// `import *` outside module level, assignment expressions in comprehensions) belong to the symbol
// table pass in AdderSema; CPython runs that pass before the compiler, so its errors win.

/// The first compile-time error of a module (CPython's order), or nil. Scope errors excluded.
public func checkCompileErrors(_ module: Module, source: SourceFile) -> SyntaxError? {
    checkCompile(module, source: source).error
}

/// The first compile-time error (or nil) and the SyntaxWarnings CPython's compiler prints before
/// reaching it (`"is" with a literal`, `assertion is always true`, `... perhaps you missed a comma?`).
///
/// CPython checks in phases: future imports, then (while building the symbol table) nesting depth,
/// scope rules and `yield` in comprehensions, then the compiler's checks. `symbolTable`, if given,
/// runs the scope analysis at its place in that order and returns its error.
public func checkCompile(_ module: Module, source: SourceFile, symbolTable: (() -> SyntaxError?)? = nil)
    -> (error: SyntaxError?, warnings: [SyntaxWarning]) {
    withLargeStack { checkCompileOnCurrentStack(module, source: source, symbolTable: symbolTable) }
}

private func checkCompileOnCurrentStack(_ module: Module, source: SourceFile, symbolTable: (() -> SyntaxError?)?)
    -> (error: SyntaxError?, warnings: [SyntaxWarning]) {
    var checker = CompileChecker(source: source)
    do {
        try checker.checkFutureImports(module)
        if NestingDepth.exceeds(module, limit: 3000) {
            return (SyntaxError(kind: .recursionError, message: "maximum recursion depth exceeded during compilation",
                                filename: nil, lineno: 0, offset: 0, text: nil, endLineno: 0, endOffset: 0), [])
        }
        if let error = symbolTable?() { return (error, []) }
        try checker.checkYieldInComprehensions(module)
        try checker.module(module)
    } catch let error as SyntaxError {
        return (error, checker.warnings)
    } catch {
        return (nil, checker.warnings)
    }
    return (nil, checker.warnings)
}

struct CompileChecker {
    /// The compiler unit being compiled: what kind of code object, and its block stack.
    struct Unit {
        enum Kind { case module, classBody, function, asyncFunction, lambda, comprehension }
        var kind: Kind
        /// Loops on the block stack (break/continue targets).
        var loops = 0
        /// All entries on the block stack (CPython allows at most 20).
        var blocks = 0
        var isGenerator = false
        /// For comprehensions: what CPython calls it in "'yield' inside list comprehension".
        var comprehensionName = ""
    }

    let source: SourceFile
    var units: [Unit] = []
    /// The line of the last `from __future__` import that opened the file (CPython's ff_lineno).
    var futureLine: Int32 = -1
    var warnings: [SyntaxWarning] = []

    init(source: SourceFile) { self.source = source }

    var unit: Unit {
        get { units[units.count - 1] }
        set { units[units.count - 1] = newValue }
    }

    // MARK: - Errors

    func error(_ message: String, _ r: SourceRange) -> SyntaxError {
        let line = Int(r.lineno)
        let text: String? = line >= 1 && line <= source.lineCount ? source.reportedLineText(line) : nil
        return SyntaxError(kind: .syntaxError, message: message, filename: source.displayPath, lineno: line,
                           offset: Int(r.colOffset) + 1, text: text, endLineno: Int(r.endLineno),
                           endOffset: Int(r.endColOffset) + 1)
    }

    func located(_ message: String, _ r: SourceRange, offset: Int) -> SyntaxError {
        let line = Int(r.lineno)
        let text: String? = line >= 1 && line <= source.lineCount ? source.reportedLineText(line) : nil
        return SyntaxError(kind: .syntaxError, message: message, filename: source.displayPath, lineno: line,
                           offset: offset, text: text, endLineno: line, endOffset: -1)
    }

    // MARK: - Future imports (future.c)

    static let knownFutures: Set<String> = [
        "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
        "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    ]

    mutating func checkFutureImports(_ module: Module) throws {
        var body = module.body[...]
        if let first = body.first, isDocstring(first) { body = body.dropFirst() }
        var done = false
        var previousLine: Int32 = 0
        for s in body {
            if done && s.range.lineno > previousLine { return }
            previousLine = s.range.lineno
            guard case .importFrom(let name, let names, _) = s.kind, name == "__future__" else {
                done = true
                continue
            }
            // future.c sets the location with PyErr_SyntaxLocationObject: one caret, and for the
            // late-import error a 0-based column used as CPython's 1-based offset.
            if done {
                throw located("from __future__ imports must occur at the beginning of the file", s.range,
                              offset: Int(s.range.colOffset))
            }
            for alias in names where !CompileChecker.knownFutures.contains(alias.name) {
                let offset = Int(s.range.colOffset) + 1
                if alias.name == "braces" { throw located("not a chance", s.range, offset: offset) }
                throw located("future feature \(alias.name) is not defined", s.range, offset: offset)
            }
            futureLine = s.range.lineno
        }
    }

    func isDocstring(_ s: Stmt) -> Bool {
        if case .expr(let e) = s.kind, case .constant(.str, _) = e.kind { return true }
        return false
    }

    // MARK: - Units

    mutating func module(_ m: Module) throws {
        units = [Unit(kind: .module)]
        try statements(m.body)
    }

    mutating func inUnit(_ kind: Unit.Kind, generator: Bool = false, comprehension: String = "",
                         _ body: (inout CompileChecker) throws -> Void) rethrows {
        var u = Unit(kind: kind)
        u.isGenerator = generator
        u.comprehensionName = comprehension
        units.append(u)
        defer { units.removeLast() }
        try body(&self)
    }

    mutating func pushBlock(isLoop: Bool = false, _ r: SourceRange) throws {
        if unit.blocks >= 20 { throw error("too many statically nested blocks", r) }
        unit.blocks += 1
        if isLoop { unit.loops += 1 }
    }

    mutating func popBlock(isLoop: Bool = false) {
        unit.blocks -= 1
        if isLoop { unit.loops -= 1 }
    }

    // MARK: - Statements

    mutating func statements(_ body: [Stmt]) throws {
        for s in body { try statement(s) }
    }

    mutating func statement(_ s: Stmt) throws {
        let r = s.range
        switch s.kind {
        case .functionDef(let f):
            try checkDebugArguments(f.args, r)
            try expressions(f.decoratorList)
            try defaults(f.args)
            try annotations(f.args, returns: f.returns)
            let generator = containsYield(f.body)
            try inUnit(f.isAsync ? .asyncFunction : .function, generator: generator) { c in
                try c.statements(f.body)
            }
            try storeName(f.name, r)
        case .classDef(let c):
            try expressions(c.decoratorList)
            try inUnit(.classBody) { checker in try checker.statements(c.body) }
            try keywords(c.keywords, call: r)
            try elements(c.bases)
            for k in c.keywords { try expression(k.value) }
            try storeName(c.name, r)
        case .return(let value):
            if unit.kind == .module || unit.kind == .classBody { throw error("'return' outside function", r) }
            if value != nil && unit.kind == .asyncFunction && unit.isGenerator {
                throw error("'return' with value in async generator", r)
            }
            if let value { try expression(value) }
        case .delete(let targets):
            for t in targets { try target(t) }
        case .assign(let targets, let value, _):
            try expression(value)
            for t in targets { try target(t) }
        case .augAssign(let t, _, let value):
            try target(t, augmented: true)
            try expression(value)
        case .annAssign(let t, let annotation, let value, let simple):
            if let value {
                try expression(value)
                try target(t)
            }
            switch t.kind {
            case .name(let id, _):
                if id == "__debug__" { throw error("cannot assign to __debug__", r) }
            case .attribute(let v, _, _):
                if value == nil { try expression(v) }
            case .subscript(let v, let slice, _):
                if value == nil {
                    try expression(v)
                    try expression(slice)
                }
            default:
                break
            }
            if !simple || unit.kind == .module || unit.kind == .classBody {
                try expression(annotation)
            }
        case .for(let loop):
            if loop.isAsync && unit.kind != .asyncFunction {
                throw error("'async for' outside async function", r)
            }
            try expression(loop.iter)
            try pushBlock(isLoop: true, r)
            try target(loop.target)
            try statements(loop.body)
            popBlock(isLoop: true)
            try statements(loop.orelse)
        case .while(let test, let body, let orelse):
            try expression(test)
            try pushBlock(isLoop: true, r)
            try statements(body)
            popBlock(isLoop: true)
            try statements(orelse)
        case .if(let test, let body, let orelse):
            try expression(test)
            try statements(body)
            try statements(orelse)
        case .with(let w):
            if w.isAsync && unit.kind != .asyncFunction {
                throw error("'async with' outside async function", r)
            }
            for item in w.items {
                try expression(item.contextExpr)
                try pushBlock(r)
                if let vars = item.optionalVars { try target(vars) }
            }
            try statements(w.body)
            for _ in w.items { popBlock() }
        case .match(let subject, let cases):
            try expression(subject)
            try matchCases(cases)
        case .raise(let exc, let cause):
            if let exc { try expression(exc) }
            if let cause { try expression(cause) }
        case .try(let t):
            try tryStatement(t, r)
        case .assert(let test, let msg):
            if case .tuple(let elts, _) = test.kind, !elts.isEmpty {
                warn("assertion is always true, perhaps remove parentheses?", r)
            }
            try expression(test)
            if let msg { try expression(msg) }
        case .import(let names):
            for alias in names {
                let stored = alias.asname ?? String(alias.name.prefix(while: { $0 != "." }))
                try storeName(stored, r)
            }
        case .importFrom(let module, let names, _):
            if module == "__future__" && r.lineno > futureLine {
                throw error("from __future__ imports must occur at the beginning of the file", r)
            }
            for alias in names where alias.name != "*" {
                try storeName(alias.asname ?? alias.name, r)
            }
        case .global, .nonlocal, .pass:
            break
        case .expr(let value):
            try expression(value)
        case .break:
            if unit.loops == 0 { throw error("'break' outside loop", r) }
        case .continue:
            if unit.loops == 0 { throw error("'continue' not properly in loop", r) }
        }
    }

    mutating func tryStatement(_ t: Try, _ r: SourceRange) throws {
        let hasFinally = !t.finalbody.isEmpty
        if hasFinally { try pushBlock(r) }
        try pushBlock(r)
        try statements(t.body)
        popBlock()
        try statements(t.orelse)
        for (i, handler) in t.handlers.enumerated() {
            if handler.type == nil && i < t.handlers.count - 1 {
                throw error("default 'except:' must be last", handler.range)
            }
            if let type = handler.type { try expression(type) }
            if let name = handler.name { try storeName(name, handler.range) }
            try pushBlock(handler.range)
            try pushBlock(handler.range)
            try statements(handler.body)
            popBlock()
            popBlock()
        }
        if hasFinally {
            popBlock()
            try pushBlock(r)
            try statements(t.finalbody)
            popBlock()
        }
    }

    /// `compiler_check_debug_args`: no parameter may be named `__debug__`.
    func checkDebugArguments(_ args: Arguments, _ r: SourceRange) throws {
        var all = args.posonlyargs + args.args + args.kwonlyargs
        if let v = args.vararg { all.append(v) }
        if let k = args.kwarg { all.append(k) }
        for a in all where a.arg == "__debug__" { throw error("cannot assign to __debug__", r) }
    }

    mutating func defaults(_ args: Arguments) throws {
        try expressions(args.defaults)
        for d in args.kwDefaults { if let d { try expression(d) } }
    }

    mutating func annotations(_ args: Arguments, returns: Expr?) throws {
        var all = args.posonlyargs + args.args
        if let v = args.vararg { all.append(v) }
        all += args.kwonlyargs
        if let k = args.kwarg { all.append(k) }
        for a in all {
            guard let annotation = a.annotation else { continue }
            if case .starred(let value, _) = annotation.kind {
                try expression(value)
            } else {
                try expression(annotation)
            }
        }
        if let returns { try expression(returns) }
    }

    func storeName(_ name: String, _ r: SourceRange) throws {
        if name == "__debug__" { throw error("cannot assign to __debug__", r) }
    }

    // MARK: - Targets

    /// An assignment or deletion target (`augmented`: a single target that is also read).
    mutating func target(_ e: Expr, augmented: Bool = false) throws {
        switch e.kind {
        case .name(let id, let ctx):
            if id == "__debug__" {
                throw error(ctx == .del ? "cannot delete __debug__" : "cannot assign to __debug__", e.range)
            }
        case .attribute(let value, let attr, let ctx):
            try expression(value)
            // compile.c checks attribute names only when storing (not deleting, not augmenting).
            if attr == "__debug__" && ctx == .store && !augmented {
                throw error("cannot assign to __debug__", e.range)
            }
        case .subscript(let value, let slice, _):
            try expression(value)
            try expression(slice)
        case .starred:
            throw error("starred assignment target must be in a list or tuple", e.range)
        case .tuple(let elts, let ctx), .list(let elts, let ctx):
            if ctx == .store { try unpack(elts, e.range) }
            for elt in elts {
                if case .starred(let value, _) = elt.kind, ctx == .store {
                    try target(value)
                } else {
                    try target(elt)
                }
            }
        default:
            try expression(e)
        }
    }

    /// `unpack_helper`: at most one starred target, with fewer than 256 targets before it.
    func unpack(_ elts: [Expr], _ r: SourceRange) throws {
        var seenStar = false
        for (i, elt) in elts.enumerated() {
            guard case .starred = elt.kind else { continue }
            if seenStar { throw error("multiple starred expressions in assignment", r) }
            if i >= 256 { throw error("too many expressions in star-unpacking assignment", r) }
            seenStar = true
        }
    }

    // MARK: - Expressions

    mutating func expressions(_ list: [Expr]) throws {
        for e in list { try expression(e) }
    }

    /// Elements of a display or call: starred elements are allowed there.
    mutating func elements(_ list: [Expr]) throws {
        for e in list {
            if case .starred(let value, _) = e.kind { try expression(value) } else { try expression(e) }
        }
    }

    /// `validate_keywords`: no keyword named `__debug__`, none repeated (reported at the repeat).
    mutating func keywords(_ list: [Keyword], call: SourceRange) throws {
        var seen = Set<String>()
        for k in list {
            guard let arg = k.arg else { continue }
            if arg == "__debug__" { throw error("cannot assign to __debug__", call) }
            if !seen.insert(arg).inserted { throw error("keyword argument repeated: \(arg)", k.range) }
        }
    }

    mutating func expression(_ e: Expr) throws {
        let r = e.range
        switch e.kind {
        case .boolOp(_, let values):
            try expressions(values)
        case .namedExpr(let t, let value):
            try expression(value)
            try target(t)
        case .binOp(let left, _, let right):
            try expression(left)
            try expression(right)
        case .unaryOp(_, let operand):
            try expression(operand)
        case .lambda(let args, let body):
            try checkDebugArguments(args, r)
            try defaults(args)
            try inUnit(.lambda) { c in try c.expression(body) }
        case .ifExp(let test, let body, let orelse):
            try expression(test)
            try expression(body)
            try expression(orelse)
        case .dict(let keys, let values):
            for (k, v) in zip(keys, values) {
                if let k { try expression(k) }
                try expression(v)
            }
        case .set(let elts):
            try elements(elts)
        case .listComp(let elt, let generators):
            try comprehension(e, generators: generators, parts: [elt], name: "list comprehension")
        case .setComp(let elt, let generators):
            try comprehension(e, generators: generators, parts: [elt], name: "set comprehension")
        case .dictComp(let key, let value, let generators):
            try comprehension(e, generators: generators, parts: [key, value], name: "dict comprehension")
        case .generatorExp(let elt, let generators):
            try comprehension(e, generators: generators, parts: [elt], name: "generator expression")
        case .await(let value):
            switch unit.kind {
            case .module, .classBody: throw error("'await' outside function", r)
            case .function, .lambda: throw error("'await' outside async function", r)
            default: break
            }
            try expression(value)
        case .yield(let value):
            try checkYield(r)
            if let value { try expression(value) }
        case .yieldFrom(let value):
            try checkYield(r)
            if unit.kind == .asyncFunction { throw error("'yield from' inside async function", r) }
            try expression(value)
        case .compare(let left, let ops, let comparators):
            checkIdentityComparison(left, ops, comparators, r)
            try expression(left)
            try expressions(comparators)
        case .call(let function, let args, let keywords):
            if let type = CompileChecker.callerType(function) {
                warn("'\(type)' object is not callable; perhaps you missed a comma?", r)
            }
            try expression(function)
            try self.keywords(keywords, call: r)
            try elements(args)
            for k in keywords { try expression(k.value) }
        case .formattedValue(let value, _, let spec):
            try expression(value)
            if let spec { try expression(spec) }
        case .joinedStr(let values):
            try expressions(values)
        case .constant, .name:
            break
        case .attribute(let value, _, _):
            try expression(value)
        case .subscript(let value, let slice, _):
            checkSubscript(value, slice, r)
            try expression(value)
            try expression(slice)
        case .starred:
            throw error("can't use starred expression here", r)
        case .list(let elts, _), .tuple(let elts, _):
            try elements(elts)
        case .slice(let lower, let upper, let step):
            if let lower { try expression(lower) }
            if let upper { try expression(upper) }
            if let step { try expression(step) }
        }
    }

    func checkYield(_ r: SourceRange) throws {
        switch unit.kind {
        case .module, .classBody: throw error("'yield' outside function", r)
        default: break
        }
    }

    /// The symbol table's `'yield' inside list comprehension` (and set, dict, generator) check, in
    /// source order. The outermost iterable belongs to the enclosing scope; lambdas are scopes.
    func checkYieldInComprehensions(_ module: Module) throws {
        var found: SyntaxError?
        func visit(_ e: Expr, inside name: String?) {
            guard found == nil else { return }
            switch e.kind {
            case .yield, .yieldFrom:
                if let name { found = error("'yield' inside \(name)", e.range) }
            case .lambda(let args, let body):
                for d in args.defaults { visit(d, inside: name) }
                for d in args.kwDefaults { if let d { visit(d, inside: name) } }
                visit(body, inside: nil)
                return
            case .listComp(let elt, let gens):
                comprehension(gens, [elt], "list comprehension", outer: name)
                return
            case .setComp(let elt, let gens):
                comprehension(gens, [elt], "set comprehension", outer: name)
                return
            case .dictComp(let k, let v, let gens):
                comprehension(gens, [k, v], "dict comprehension", outer: name)
                return
            case .generatorExp(let elt, let gens):
                comprehension(gens, [elt], "generator expression", outer: name)
                return
            default:
                break
            }
            ASTWalker.forEachChild(e) { visit($0, inside: name) }
        }
        func comprehension(_ gens: [Comprehension], _ parts: [Expr], _ name: String, outer: String?) {
            visit(gens[0].iter, inside: outer)
            for (i, g) in gens.enumerated() {
                visit(g.target, inside: name)
                if i > 0 { visit(g.iter, inside: name) }
                for cond in g.ifs { visit(cond, inside: name) }
            }
            for part in parts { visit(part, inside: name) }
        }
        ASTWalker.walk(module.body, { e in
            visit(e, inside: nil)
            return false
        }, statement: { _ in found == nil })
        if let found { throw found }
    }

    /// `compiler_comprehension`: an async list/set/dict comprehension needs an async function (or an
    /// enclosing comprehension); the outermost iterable is compiled last, in the enclosing unit.
    mutating func comprehension(_ e: Expr, generators: [Comprehension], parts: [Expr], name: String) throws {
        let isGenexp = name == "generator expression"
        let enclosing = unit.kind
        if !isGenexp && CompileChecker.isCoroutine(generators: generators, parts: parts)
            && enclosing != .asyncFunction && enclosing != .comprehension {
            throw error("asynchronous comprehension outside of an asynchronous function", e.range)
        }
        try inUnit(.comprehension, comprehension: name) { c in
            for (i, g) in generators.enumerated() {
                if i > 0 { try c.expression(g.iter) }
                try c.target(g.target)
                try c.expressions(g.ifs)
            }
            try c.expressions(parts)
        }
        try expression(generators[0].iter)
    }

    // MARK: - Warnings (compile.c's check_compare, check_caller, check_subscripter, check_index)

    mutating func warn(_ message: String, _ r: SourceRange) {
        warnings.append(SyntaxWarning(message: message, lineno: Int(r.lineno)))
    }

    mutating func checkIdentityComparison(_ left: Expr, _ ops: [CmpOperator], _ comparators: [Expr], _ r: SourceRange) {
        var leftOK = CompileChecker.isIdentityOperand(left)
        for (op, right) in zip(ops, comparators) {
            let rightOK = CompileChecker.isIdentityOperand(right)
            if (op == .is || op == .isNot) && (!leftOK || !rightOK) {
                warn(op == .is ? "\"is\" with a literal. Did you mean \"==\"?"
                               : "\"is not\" with a literal. Did you mean \"!=\"?", r)
                return
            }
            leftOK = rightOK
        }
    }

    /// `check_is_arg`: anything but a constant other than None, True, False and Ellipsis (after
    /// CPython's constant folding).
    static func isIdentityOperand(_ e: Expr) -> Bool {
        guard let value = foldedConstant(e) else { return true }
        switch value {
        case .none, .true, .false, .ellipsis: return true
        default: return false
        }
    }

    /// The value CPython's AST optimizer folds an expression to, as far as the warnings care:
    /// constants, signed numbers, and tuples of constants (reported as a tuple constant).
    static func foldedConstant(_ e: Expr) -> Constant? {
        switch e.kind {
        case .constant(let value, _):
            return value
        case .unaryOp(let op, let operand):
            guard op != .not, let inner = foldedConstant(operand) else { return nil }
            switch inner {
            case .int, .bigInt, .float, .imaginary, .true, .false: return inner
            default: return nil
            }
        case .tuple(let elts, .load):
            for elt in elts where foldedConstant(elt) == nil { return nil }
            return .str(Array("<tuple>".utf8))
        default:
            return nil
        }
    }

    /// The `__name__` of a constant's type, as `infer_type` reports it.
    static func typeName(_ e: Expr) -> String? {
        switch e.kind {
        case .constant(let value, _):
            return constantTypeName(value)
        case .unaryOp:
            guard let value = foldedConstant(e) else { return nil }
            return constantTypeName(value)
        case .tuple: return "tuple"
        case .list, .listComp: return "list"
        case .dict, .dictComp: return "dict"
        case .set, .setComp: return "set"
        case .generatorExp: return "generator"
        case .lambda: return "function"
        case .joinedStr, .formattedValue: return "str"
        default: return nil
        }
    }

    static func constantTypeName(_ value: Constant) -> String {
        switch value {
        case .none: return "NoneType"
        case .true, .false: return "bool"
        case .ellipsis: return "ellipsis"
        case .int, .bigInt: return "int"
        case .float: return "float"
        case .imaginary: return "complex"
        case .str: return "str"
        case .bytes: return "bytes"
        }
    }

    /// `check_caller`: the type of a callee that can never be called, if it is one.
    static func callerType(_ f: Expr) -> String? {
        switch f.kind {
        case .constant, .tuple, .list, .listComp, .dict, .dictComp, .set, .setComp, .generatorExp, .joinedStr,
             .formattedValue:
            return typeName(f)
        case .unaryOp:
            return foldedConstant(f) != nil ? typeName(f) : nil
        default:
            return nil
        }
    }

    /// `check_subscripter` and `check_index` for a subscription that is read.
    mutating func checkSubscript(_ value: Expr, _ index: Expr, _ r: SourceRange) {
        let folded = CompileChecker.foldedConstant(value)
        var subscripter = false
        switch value.kind {
        case .set, .setComp, .generatorExp, .lambda:
            subscripter = true
        default:
            if let folded {
                switch folded {
                case .none, .ellipsis, .int, .bigInt, .float, .imaginary, .true, .false: subscripter = true
                default: subscripter = false
                }
            }
        }
        if subscripter, let type = CompileChecker.typeName(value) {
            warn("'\(type)' object is not subscriptable; perhaps you missed a comma?", r)
            return
        }
        guard let indexType = CompileChecker.typeName(index), indexType != "int", indexType != "bool" else { return }
        var indexable = false
        switch value.kind {
        case .tuple, .list, .listComp, .joinedStr, .formattedValue:
            indexable = true
        default:
            if let folded {
                switch folded {
                case .str, .bytes: indexable = true
                default: indexable = false
                }
            }
        }
        if indexable, let type = CompileChecker.typeName(value) {
            warn("\(type) indices must be integers or slices, not \(indexType); perhaps you missed a comma?", r)
        }
    }

    // MARK: - Match

    mutating func matchCases(_ cases: [MatchCase]) throws {
        for (i, c) in cases.enumerated() {
            var stores: [String] = []
            let allowIrrefutable = c.guard_ != nil || i == cases.count - 1
            try pattern(c.pattern, allowIrrefutable: allowIrrefutable, stores: &stores)
            if let g = c.guard_ { try expression(g) }
            try statements(c.body)
        }
    }

    mutating func pattern(_ p: Pattern, allowIrrefutable: Bool, stores: inout [String]) throws {
        let r = p.range
        switch p.kind {
        case .matchValue(let value):
            guard CompileChecker.isMatchValue(value) else {
                throw error("patterns may only match literals and attribute lookups", r)
            }
            try expression(value)
        case .matchSingleton:
            break
        case .matchSequence(let patterns):
            var starred = false
            for sub in patterns {
                if case .matchStar = sub.kind {
                    if starred { throw error("multiple starred names in sequence pattern", r) }
                    starred = true
                }
            }
            for sub in patterns { try pattern(sub, allowIrrefutable: true, stores: &stores) }
        case .matchMapping(let keys, let patterns, let rest):
            var seen: [Constant] = []
            for key in keys {
                guard let value = CompileChecker.constantValue(key) else {
                    if case .attribute = key.kind { continue }
                    throw error("mapping pattern keys may only match literals and attribute lookups", r)
                }
                if seen.contains(value) {
                    throw error("mapping pattern checks duplicate key (\(PyRepr.constant(value)))", r)
                }
                seen.append(value)
            }
            for sub in patterns { try pattern(sub, allowIrrefutable: true, stores: &stores) }
            if let rest { try store(rest, r, &stores) }
        case .matchClass(let cls, let patterns, let attrs, let kwdPatterns):
            // validate_kwd_attrs: errors point at the keyword's pattern.
            for (i, a) in attrs.enumerated() {
                if a == "__debug__" { throw error("cannot assign to __debug__", kwdPatterns[i].range) }
                for j in (i + 1)..<attrs.count where attrs[j] == a {
                    throw error("attribute name repeated in class pattern: \(a)", kwdPatterns[j].range)
                }
            }
            try expression(cls)
            for sub in patterns + kwdPatterns { try pattern(sub, allowIrrefutable: true, stores: &stores) }
        case .matchStar(let name):
            if let name { try store(name, r, &stores) }
        case .matchAs(let sub, let name):
            if let sub {
                try pattern(sub, allowIrrefutable: allowIrrefutable, stores: &stores)
            } else if !allowIrrefutable {
                if let name { throw error("name capture '\(name)' makes remaining patterns unreachable", r) }
                throw error("wildcard makes remaining patterns unreachable", r)
            }
            if let name { try store(name, r, &stores) }
        case .matchOr(let alternatives):
            var bound: [String]?
            for (i, alt) in alternatives.enumerated() {
                var altStores = stores
                let allow = i == alternatives.count - 1 && allowIrrefutable
                try pattern(alt, allowIrrefutable: allow, stores: &altStores)
                let names = Array(altStores.dropFirst(stores.count))
                if let bound, Set(bound) != Set(names) {
                    throw error("alternative patterns bind different names", alt.range)
                }
                if bound == nil { bound = names }
            }
            stores += bound ?? []
        }
    }

    func store(_ name: String, _ r: SourceRange, _ stores: inout [String]) throws {
        if name == "__debug__" { throw error("cannot assign to __debug__", r) }
        if stores.contains(name) { throw error("multiple assignments to name '\(name)' in pattern", r) }
        stores.append(name)
    }

    /// A value pattern must be a constant (after constant folding) or an attribute.
    static func isMatchValue(_ e: Expr) -> Bool {
        if case .attribute = e.kind { return true }
        return constantValue(e) != nil
    }

    /// The folded value of a literal pattern expression (`-1`, `1+2j`, strings), if constant.
    static func constantValue(_ e: Expr) -> Constant? {
        switch e.kind {
        case .constant(let value, _):
            return value
        case .unaryOp(.uSub, let operand):
            guard case .constant(let value, _) = operand.kind else { return nil }
            switch value {
            case .int(let v): return .int(-v)
            case .bigInt(let digits): return .bigInt("-" + digits)
            case .float(let v): return .float(-v)
            case .imaginary(let v): return .imaginary(-v)
            default: return nil
            }
        case .binOp(let left, _, let right):
            guard constantValue(left) != nil, constantValue(right) != nil else { return nil }
            // A complex literal: unique enough for duplicate-key checks by its source range.
            return .str(Array("\(e.range)".utf8))
        default:
            return nil
        }
    }

    // MARK: - Generators

    /// Whether a function body contains `yield` (outside nested scopes).
    func containsYield(_ body: [Stmt]) -> Bool {
        var found = false
        ASTWalker.walk(body) { e in
            switch e.kind {
            case .yield, .yieldFrom:
                found = true
                return false
            case .lambda, .listComp, .setComp, .dictComp, .generatorExp:
                return false
            default:
                return !found
            }
        } statement: { s in
            switch s.kind {
            case .functionDef, .classDef: return false
            default: return !found
            }
        }
        return found
    }

    /// Whether a comprehension is a coroutine: an `async for`, an `await`, or a nested async
    /// (non-generator) comprehension in its own scope.
    static func isCoroutine(generators: [Comprehension], parts: [Expr]) -> Bool {
        if generators.contains(where: { $0.isAsync }) { return true }
        var exprs = parts
        for (i, g) in generators.enumerated() {
            if i > 0 { exprs.append(g.iter) }
            exprs.append(g.target)
            exprs += g.ifs
        }
        var found = false
        for e in exprs {
            ASTWalker.walk(e) { sub in
                switch sub.kind {
                case .await:
                    found = true
                    return false
                case .lambda, .generatorExp:
                    return false
                case .listComp(let elt, let gens), .setComp(let elt, let gens):
                    if isCoroutine(generators: gens, parts: [elt]) { found = true }
                    return false
                case .dictComp(let k, let v, let gens):
                    if isCoroutine(generators: gens, parts: [k, v]) { found = true }
                    return false
                default:
                    return !found
                }
            }
            if found { return true }
        }
        return found
    }
}

/// A pre-order walk over expressions (and optionally statements) of a tree.
enum ASTWalker {
    /// Visits `e` and its sub-expressions while `visit` returns true for a node.
    static func walk(_ e: Expr, _ visit: (Expr) -> Bool) {
        guard visit(e) else { return }
        forEachChild(e) { walk($0, visit) }
    }

    /// Visits the expressions of statements; `statement` decides whether to enter a statement.
    static func walk(_ body: [Stmt], _ visit: (Expr) -> Bool, statement: (Stmt) -> Bool) {
        for s in body {
            guard statement(s) else { continue }
            forEachChild(s, expression: { walk($0, visit) }, statements: { walk($0, visit, statement: statement) })
        }
    }

    static func forEachChild(_ e: Expr, _ f: (Expr) -> Void) {
        switch e.kind {
        case .boolOp(_, let values): values.forEach(f)
        case .namedExpr(let t, let v): f(t); f(v)
        case .binOp(let l, _, let r): f(l); f(r)
        case .unaryOp(_, let o): f(o)
        case .lambda(let args, let body):
            args.defaults.forEach(f)
            args.kwDefaults.forEach { if let d = $0 { f(d) } }
            f(body)
        case .ifExp(let t, let b, let o): f(t); f(b); f(o)
        case .dict(let keys, let values):
            keys.forEach { if let k = $0 { f(k) } }
            values.forEach(f)
        case .set(let elts): elts.forEach(f)
        case .listComp(let elt, let gens), .setComp(let elt, let gens), .generatorExp(let elt, let gens):
            f(elt)
            gens.forEach { f($0.target); f($0.iter); $0.ifs.forEach(f) }
        case .dictComp(let k, let v, let gens):
            f(k); f(v)
            gens.forEach { f($0.target); f($0.iter); $0.ifs.forEach(f) }
        case .await(let v), .yieldFrom(let v): f(v)
        case .yield(let v): if let v { f(v) }
        case .compare(let l, _, let cs): f(l); cs.forEach(f)
        case .call(let fn, let args, let kws): f(fn); args.forEach(f); kws.forEach { f($0.value) }
        case .formattedValue(let v, _, let spec): f(v); if let spec { f(spec) }
        case .joinedStr(let values): values.forEach(f)
        case .constant, .name: break
        case .attribute(let v, _, _): f(v)
        case .subscript(let v, let s, _): f(v); f(s)
        case .starred(let v, _): f(v)
        case .list(let elts, _), .tuple(let elts, _): elts.forEach(f)
        case .slice(let a, let b, let c):
            if let a { f(a) }
            if let b { f(b) }
            if let c { f(c) }
        }
    }

    static func forEachChild(_ s: Stmt, expression f: (Expr) -> Void, statements g: ([Stmt]) -> Void) {
        switch s.kind {
        case .functionDef(let d):
            d.decoratorList.forEach(f)
            d.args.defaults.forEach(f)
            d.args.kwDefaults.forEach { if let e = $0 { f(e) } }
            g(d.body)
        case .classDef(let c):
            c.decoratorList.forEach(f)
            c.bases.forEach(f)
            c.keywords.forEach { f($0.value) }
            g(c.body)
        case .return(let v): if let v { f(v) }
        case .delete(let ts): ts.forEach(f)
        case .assign(let ts, let v, _): ts.forEach(f); f(v)
        case .augAssign(let t, _, let v): f(t); f(v)
        case .annAssign(let t, let a, let v, _): f(t); f(a); if let v { f(v) }
        case .for(let l): f(l.target); f(l.iter); g(l.body); g(l.orelse)
        case .while(let t, let b, let o), .if(let t, let b, let o): f(t); g(b); g(o)
        case .with(let w):
            w.items.forEach { f($0.contextExpr); if let v = $0.optionalVars { f(v) } }
            g(w.body)
        case .match(let subject, let cases):
            f(subject)
            cases.forEach { if let gd = $0.guard_ { f(gd) }; g($0.body) }
        case .raise(let e, let c): if let e { f(e) }; if let c { f(c) }
        case .try(let t):
            g(t.body)
            t.handlers.forEach { if let ty = $0.type { f(ty) }; g($0.body) }
            g(t.orelse)
            g(t.finalbody)
        case .assert(let t, let m): f(t); if let m { f(m) }
        case .expr(let v): f(v)
        case .import, .importFrom, .global, .nonlocal, .pass, .break, .continue: break
        }
    }
}

/// CPython's symbol table counts statements, expressions and patterns as it descends and raises
/// RecursionError past 3000 levels; this measures the same depth (stopping early past the limit).
enum NestingDepth {
    static func exceeds(_ module: Module, limit: Int) -> Bool {
        var walker = Walker(limit: limit)
        walker.statements(module.body, 0)
        return walker.exceeded
    }

    struct Walker {
        let limit: Int
        var exceeded = false

        init(limit: Int) { self.limit = limit }

        mutating func statements(_ body: [Stmt], _ depth: Int) {
            for s in body where !exceeded { statement(s, depth + 1) }
        }

        mutating func statement(_ s: Stmt, _ depth: Int) {
            if depth > limit { exceeded = true }
            if exceeded { return }
            ASTWalker.forEachChild(s, expression: { e in self.expression(e, depth + 1) },
                                   statements: { body in self.statements(body, depth) })
            switch s.kind {
            case .functionDef(let f):
                arguments(f.args, depth + 1)
                if let r = f.returns { expression(r, depth + 1) }
            case .match(_, let cases):
                for c in cases { pattern(c.pattern, depth + 1) }
            default:
                break
            }
        }

        mutating func arguments(_ a: Arguments, _ depth: Int) {
            for arg in a.posonlyargs + a.args + a.kwonlyargs {
                if let annotation = arg.annotation { expression(annotation, depth) }
            }
            if let v = a.vararg?.annotation { expression(v, depth) }
            if let k = a.kwarg?.annotation { expression(k, depth) }
        }

        mutating func expression(_ e: Expr, _ depth: Int) {
            if depth > limit { exceeded = true }
            if exceeded { return }
            ASTWalker.forEachChild(e) { sub in self.expression(sub, depth + 1) }
            if case .lambda(let args, _) = e.kind { arguments(args, depth + 1) }
        }

        mutating func pattern(_ p: Pattern, _ depth: Int) {
            if depth > limit { exceeded = true }
            if exceeded { return }
            switch p.kind {
            case .matchValue(let value): expression(value, depth + 1)
            case .matchSingleton, .matchStar: break
            case .matchSequence(let patterns), .matchOr(let patterns):
                for sub in patterns { pattern(sub, depth + 1) }
            case .matchMapping(let keys, let patterns, _):
                for k in keys { expression(k, depth + 1) }
                for sub in patterns { pattern(sub, depth + 1) }
            case .matchClass(let cls, let patterns, _, let kwdPatterns):
                expression(cls, depth + 1)
                for sub in patterns + kwdPatterns { pattern(sub, depth + 1) }
            case .matchAs(let sub, _):
                if let sub { pattern(sub, depth + 1) }
            }
        }
    }
}
