// Lowering of statements: assignments, control flow, definitions, imports.

import AdderSema
import AdderSyntax

extension FunctionLowering {
    func lower(_ body: [Stmt]) throws {
        for stmt in body { try lower(stmt) }
    }

    func lower(_ stmt: Stmt) throws {
        try at(stmt.range) {
            switch stmt.kind {
            case .expr(let value):
                _ = try expr(value)
            case .assign(let targets, let value, _):
                try lowerAssign(targets, value)
            case .augAssign(let target, let op, let value):
                try lowerAugAssign(target, op, value)
            case .annAssign(let target, let annotation, let value, let simple):
                if let v = value { try assign(target, try expr(v)) }
                // In a module or class body, `name: T` records T in __annotations__ (dataclasses and
                // typing read it); in functions annotations are not evaluated, as for parameters.
                if simple, case .name(let id, _) = target.kind, let annotations = annotationsDict {
                    let t = try expr(annotation)
                    emit(.dictSet, [annotations, string(id), t])
                }
            case .delete(let targets):
                for t in targets { try delete(t) }
            case .pass:
                break
            case .if(let test, let body, let orelse):
                try lowerIf(test, body, orelse)
            case .while(let test, let body, let orelse):
                try lowerWhile(test, body, orelse)
            case .for(let loop):
                if loop.isAsync { throw LoweringError.unsupported("'async for' is", stmt.range) }
                try lowerFor(loop)
            case .break:
                try lowerBreak(stmt.range)
            case .continue:
                try lowerContinue(stmt.range)
            case .return(let value):
                let v = try value.map { try expr($0) } ?? none
                try lowerReturn(v)
            case .functionDef(let def):
                if def.isAsync { throw LoweringError.unsupported("'async def' is", stmt.range) }
                try lowerFunctionDef(def, stmt.range)
            case .classDef(let def):
                try lowerClassDef(def, stmt.range)
            case .global, .nonlocal:
                break
            case .import(let names):
                lowerImport(names)
            case .importFrom(let moduleName, let names, let level):
                try lowerImportFrom(moduleName, names, level, stmt.range)
            case .raise(let exc, let cause):
                try lowerRaise(exc, cause)
            case .try(let t):
                if t.isStar { throw LoweringError.unsupported("'except*' is", t.handlers.first?.range ?? stmt.range) }
                try lowerTry(t)
            case .assert(let test, let msg):
                try lowerAssert(test, msg)
            case .with(let with):
                if with.isAsync { throw LoweringError.unsupported("'async with' is", stmt.range) }
                try lowerWith(with.items[...], with.body, stmt.range)
            case .match(let subject, let cases):
                try lowerMatch(subject, cases)
            }
        }
    }

    // MARK: - Assignment

    private func lowerAssign(_ targets: [Expr], _ value: Expr) throws {
        // `a, b = x, y`: no tuple is built when the shapes agree and nothing is starred.
        if targets.count == 1, let pairs = parallelAssignment(targets[0], value) {
            let values = try pairs.map { try expr($0.1) }
            for (target, v) in zip(pairs.map(\.0), values) { try assign(target, v) }
            return
        }
        let v = try expr(value)
        for target in targets { try assign(target, v) }
    }

    private func parallelAssignment(_ target: Expr, _ value: Expr) -> [(Expr, Expr)]? {
        let targetElts: [Expr], valueElts: [Expr]
        switch (target.kind, value.kind) {
        case (.tuple(let t, _), .tuple(let v, _)), (.list(let t, _), .tuple(let v, _)),
             (.tuple(let t, _), .list(let v, _)), (.list(let t, _), .list(let v, _)):
            targetElts = t
            valueElts = v
        default:
            return nil
        }
        guard targetElts.count == valueElts.count, targetElts.count <= 4,
              !(targetElts + valueElts).contains(where: { if case .starred = $0.kind { return true } else { return false } })
        else { return nil }
        return Array(zip(targetElts, valueElts))
    }

    /// Store `value` into an assignment target.
    func assign(_ target: Expr, _ value: Value) throws {
        try at(target.range) {
            switch target.kind {
            case .name(let id, _):
                store(id, value)
            case .attribute(let object, let attr, _):
                let o = try expr(object)
                emit(.setattr, [o, value], imm: name(attr))
            case .subscript(let object, let index, _):
                let o = try expr(object)
                let i = try subscriptIndex(index)
                emit(.setitem, [o, i, value])
            case .tuple(let elts, _), .list(let elts, _):
                try unpack(elts, value, target.range)
            case .starred:
                throw LoweringError(message: "starred assignment target must be in a list or tuple",
                                    range: target.range, isSyntaxError: true)
            default:
                throw LoweringError(message: "cannot assign to expression", range: target.range, isSyntaxError: true)
            }
        }
    }

    private func unpack(_ elts: [Expr], _ value: Value, _ range: SourceRange) throws {
        let starIndex = elts.firstIndex { if case .starred = $0.kind { return true } else { return false } }
        let tuple: Value
        if let star = starIndex {
            tuple = emit(.unpackStar, [value], imm: Int32(star), aux: Int32(elts.count - star - 1))
        } else {
            tuple = emit(.unpack, [value], imm: Int32(elts.count))
        }
        for (i, elt) in elts.enumerated() {
            let item = emit(.tupleGet, [tuple], imm: Int32(i))
            if case .starred(let inner, _) = elt.kind {
                try assign(inner, item)
            } else {
                try assign(elt, item)
            }
        }
    }

    private func lowerAugAssign(_ target: Expr, _ op: Operator, _ value: Expr) throws {
        let binop = binaryOp(op)
        switch target.kind {
        case .name(let id, _):
            let old = load(id)
            let v = try expr(value)
            let result = at(target.range) { emit(.inplace, [old, v], imm: binop.rawValue) }
            store(id, result)
        case .attribute(let object, let attr, _):
            let o = try expr(object)
            let old = at(target.range) { emit(.getattr, [o], imm: name(attr)) }
            let v = try expr(value)
            let result = emit(.inplace, [old, v], imm: binop.rawValue)
            at(target.range) { _ = emit(.setattr, [o, result], imm: name(attr)) }
        case .subscript(let object, let index, _):
            let o = try expr(object)
            let i = try subscriptIndex(index)
            let old = at(target.range) { emit(.getitem, [o, i]) }
            let v = try expr(value)
            let result = emit(.inplace, [old, v], imm: binop.rawValue)
            at(target.range) { _ = emit(.setitem, [o, i, result]) }
        default:
            throw LoweringError(message: "'\(describe(target))' is an illegal expression for augmented assignment",
                                range: target.range, isSyntaxError: true)
        }
    }

    private func delete(_ target: Expr) throws {
        try at(target.range) {
            switch target.kind {
            case .name(let id, _):
                delete(id)
            case .attribute(let object, let attr, _):
                emit(.delattr, [try expr(object)], imm: name(attr))
            case .subscript(let object, let index, _):
                let o = try expr(object)
                emit(.delitem, [o, try subscriptIndex(index)])
            case .tuple(let elts, _), .list(let elts, _):
                for e in elts { try delete(e) }
            default:
                throw LoweringError(message: "cannot delete expression", range: target.range, isSyntaxError: true)
            }
        }
    }

    // MARK: - Control flow

    private func lowerIf(_ test: Expr, _ body: [Stmt], _ orelse: [Stmt]) throws {
        let thenBlock = newBlock(), after = newBlock()
        let elseBlock = orelse.isEmpty ? after : newBlock()
        try condition(test, thenBlock, elseBlock)
        start(thenBlock)
        try lower(body)
        jump(after)
        if !orelse.isEmpty {
            start(elseBlock)
            try lower(orelse)
            jump(after)
        }
        start(after)
    }

    private func lowerWhile(_ test: Expr, _ body: [Stmt], _ orelse: [Stmt]) throws {
        let header = newBlock(), bodyBlock = newBlock(), after = newBlock()
        let elseBlock = orelse.isEmpty ? after : newBlock()
        jump(header)
        start(header)
        try at(test.range) { try condition(test, bodyBlock, elseBlock) }
        start(bodyBlock)
        loops.append(LoopTargets(continueTarget: header, breakTarget: after, cleanupDepth: cleanups.count))
        try lower(body)
        loops.removeLast()
        jump(header)
        if !orelse.isEmpty {
            start(elseBlock)
            try lower(orelse)
            jump(after)
        }
        start(after)
    }

    private func lowerFor(_ loop: For) throws {
        let iterable = try expr(loop.iter)
        let iterator = emit(.getIter, [iterable])
        let header = newBlock(), bodyBlock = newBlock(), after = newBlock()
        let elseBlock = loop.orelse.isEmpty ? after : newBlock()
        jump(header)
        start(header)
        let next = emit(.iterNext, [iterator])
        terminate(.branchStop, [next], targets: [BlockCall(elseBlock), BlockCall(bodyBlock)])
        start(bodyBlock)
        try assign(loop.target, next)
        loops.append(LoopTargets(continueTarget: header, breakTarget: after, cleanupDepth: cleanups.count))
        try lower(loop.body)
        loops.removeLast()
        jump(header)
        if !loop.orelse.isEmpty {
            start(elseBlock)
            try lower(loop.orelse)
            jump(after)
        }
        start(after)
    }

    private func lowerBreak(_ range: SourceRange) throws {
        guard let loop = loops.last else {
            throw LoweringError(message: "'break' outside loop", range: range, isSyntaxError: true)
        }
        try runCleanups(downTo: loop.cleanupDepth)
        jump(loop.breakTarget)
    }

    private func lowerContinue(_ range: SourceRange) throws {
        guard let loop = loops.last else {
            throw LoweringError(message: "'continue' not properly in loop", range: range, isSyntaxError: true)
        }
        try runCleanups(downTo: loop.cleanupDepth)
        jump(loop.continueTarget)
    }

    func lowerReturn(_ value: Value) throws {
        try runCleanups(downTo: 0)
        terminate(.return_, [value])
    }

    // MARK: - Definitions

    private func lowerFunctionDef(_ def: FunctionDef, _ range: SourceRange) throws {
        let decorators = try def.decoratorList.map { try expr($0) }
        guard let childScope = scopes.scope(for: ScopeKey(range, .function)) else {
            preconditionFailure("no scope for def \(def.name)")
        }
        var fn = try makeFunction(childScope, args: def.args, firstLine: range.lineno, range: range) { child in
            try child.lowerFunctionBody(def.body)
        }
        for decorator in decorators.reversed() {
            fn = at(range) { emit(.call, [decorator, fn], imm: -1) }
        }
        store(def.boundName, fn)
    }

    /// `class C(bases, **keywords): body` is `C = __build_class__(body, 'C', bases, **keywords)`, the
    /// body being a function of the class namespace, then the decorators.
    private func lowerClassDef(_ def: ClassDef, _ range: SourceRange) throws {
        let decorators = try def.decoratorList.map { try expr($0) }
        guard let classScope = scopes.scope(for: ScopeKey(range, .classBody)) else {
            preconditionFailure("no scope for class \(def.name)")
        }
        let namespaceParameter = Arguments(args: [Arg(arg: ".namespace", annotation: nil, range: range)])
        let body = try makeFunction(classScope, args: namespaceParameter, firstLine: range.lineno, range: range) { child in
            try child.lowerClassBody(def.body)
        }
        let buildClass = at(range) { emit(.loadBuiltin, imm: name("__build_class__")) }
        var cls = try callValue(buildClass, prefix: [body, string(def.name)], args: def.bases, keywords: def.keywords,
                                range: range)
        for decorator in decorators.reversed() {
            cls = at(range) { emit(.call, [decorator, cls], imm: -1) }
        }
        store(def.boundName, cls)
    }

    /// Lower a nested function (def, lambda) and return the function object built at this point.
    func makeFunction(_ childScope: Scope, args: Arguments, firstLine: Int32, range: SourceRange,
                      body: (FunctionLowering) throws -> Void) throws -> Value {
        let defaults: Value = args.defaults.isEmpty ? unbound() : emit(.buildTuple, try args.defaults.map { try expr($0) })
        var kwNames: [String] = [], kwValues: [Value] = []
        for (arg, d) in zip(args.kwonlyargs, args.kwDefaults) {
            if let d = d {
                kwNames.append(arg.arg)
                kwValues.append(try expr(d))
            }
        }
        let kwdefaults: Value
        if kwNames.isEmpty {
            kwdefaults = unbound()
        } else {
            var operands: [Value] = []
            for (n, v) in zip(kwNames, kwValues) { operands += [string(n), v] }
            kwdefaults = emit(.buildDict, operands)
        }
        let child = IRFunction(name: childScope.name, qualname: childScope.qualname, firstLine: firstLine,
                               signature: signature(args))
        child.unit = function.unit
        let index = module.add(child)
        let lowering = FunctionLowering(module: module, function: child, scope: childScope, scopes: scopes)
        lowering.line = firstLine
        lowering.setUpEntry()
        try body(lowering)
        let closure: Value = child.freeVars.isEmpty ? unbound()
            : emit(.buildTuple, child.freeVars.map { cellObject($0) })
        return at(range) { emit(.makeFunction, [defaults, kwdefaults, closure], imm: index) }
    }

    /// The body of a `def`: its statements, then `return None`.
    func lowerFunctionBody(_ body: [Stmt]) throws {
        function.isGenerator = containsYield(body)
        if let doc = docstring(body) { function.docstring = doc }
        try lower(body)
        terminate(.return_, [none])
    }

    private func signature(_ args: Arguments) -> Signature {
        let positional = args.posonlyargs + args.args
        var names = positional.map(\.arg) + args.kwonlyargs.map(\.arg)
        if let v = args.vararg { names.append(v.arg) }
        if let k = args.kwarg { names.append(k.arg) }
        return Signature(names: names, positionalOnly: args.posonlyargs.count, positional: positional.count,
                         keywordOnly: args.kwonlyargs.count, hasVarArgs: args.vararg != nil,
                         hasVarKeywords: args.kwarg != nil)
    }

    // MARK: - Imports

    private func lowerImport(_ names: [Alias]) {
        for alias in names {
            at(alias.range) {
                let parts = alias.name.split(separator: ".").map(String.init)
                let top = emit(.importName, imm: name(alias.name))
                if let asName = alias.asname {
                    var module = top
                    for part in parts.dropFirst() { module = emit(.importFrom, [module], imm: name(part)) }
                    store(asName, module)
                } else {
                    store(parts[0], top)
                }
            }
        }
    }

    private func lowerImportFrom(_ moduleName: String?, _ names: [Alias], _ level: Int, _ range: SourceRange) throws {
        guard level == 0, let moduleName = moduleName else {
            throw LoweringError.unsupported("relative imports are", range)
        }
        if names.contains(where: { $0.name == "*" }) {
            throw LoweringError.unsupported("'from … import *' is", range)
        }
        let module = emit(.importName, imm: name(moduleName))
        for alias in names {
            at(alias.range) {
                let value = emit(.importFrom, [module], imm: name(alias.name))
                store(alias.asname ?? alias.name, value)
            }
        }
    }

    // MARK: - Assertions

    private func lowerAssert(_ test: Expr, _ msg: Expr?) throws {
        let fail = newBlock(), after = newBlock()
        try condition(test, after, fail)
        start(fail)
        let errorClass = emit(.loadBuiltin, imm: name("AssertionError"))
        let exc: Value
        if let m = msg {
            exc = emit(.call, [errorClass, try expr(m)], imm: -1)
        } else {
            exc = errorClass
        }
        terminate(.raise, [exc])
        start(after)
    }

    /// True if a function body contains `yield` (not counting nested functions).
    private func containsYield(_ body: [Stmt]) -> Bool {
        var finder = YieldFinder()
        for s in body { finder.visit(s) }
        return finder.found
    }
}

/// Finds `yield` in a function body without descending into nested scopes.
struct YieldFinder {
    var found = false

    mutating func visit(_ stmt: Stmt) {
        if found { return }
        switch stmt.kind {
        case .functionDef, .classDef: return
        case .expr(let v): visit(v)
        case .assign(let targets, let value, _): targets.forEach { visit($0) }; visit(value)
        case .augAssign(let t, _, let v): visit(t); visit(v)
        case .annAssign(let t, _, let v, _): visit(t); if let v = v { visit(v) }
        case .return(let v): if let v = v { visit(v) }
        case .delete(let ts): ts.forEach { visit($0) }
        case .for(let f): visit(f.target); visit(f.iter); f.body.forEach { visit($0) }; f.orelse.forEach { visit($0) }
        case .while(let t, let b, let o), .if(let t, let b, let o):
            visit(t); b.forEach { visit($0) }; o.forEach { visit($0) }
        case .with(let w):
            w.items.forEach { visit($0.contextExpr); if let v = $0.optionalVars { visit(v) } }
            w.body.forEach { visit($0) }
        case .match(let s, let cases):
            visit(s)
            for c in cases { if let g = c.guard_ { visit(g) }; c.body.forEach { visit($0) } }
        case .raise(let e, let c): if let e = e { visit(e) }; if let c = c { visit(c) }
        case .try(let t):
            (t.body + t.orelse + t.finalbody).forEach { visit($0) }
            for h in t.handlers { if let ty = h.type { visit(ty) }; h.body.forEach { visit($0) } }
        case .assert(let t, let m): visit(t); if let m = m { visit(m) }
        default: return
        }
    }

    mutating func visit(_ expr: Expr) {
        if found { return }
        switch expr.kind {
        case .yield, .yieldFrom, .await: found = true
        case .lambda, .listComp, .setComp, .dictComp, .generatorExp:
            return
        case .boolOp(_, let vs), .set(let vs), .joinedStr(let vs), .list(let vs, _), .tuple(let vs, _):
            vs.forEach { visit($0) }
        case .namedExpr(let t, let v), .binOp(let t, _, let v): visit(t); visit(v)
        case .unaryOp(_, let v), .attribute(let v, _, _), .starred(let v, _): visit(v)
        case .ifExp(let a, let b, let c): visit(a); visit(b); visit(c)
        case .dict(let ks, let vs): ks.forEach { if let k = $0 { visit(k) } }; vs.forEach { visit($0) }
        case .compare(let l, _, let cs): visit(l); cs.forEach { visit($0) }
        case .call(let f, let args, let kws): visit(f); args.forEach { visit($0) }; kws.forEach { visit($0.value) }
        case .formattedValue(let v, _, let s): visit(v); if let s = s { visit(s) }
        case .subscript(let v, let s, _): visit(v); visit(s)
        case .slice(let a, let b, let c): [a, b, c].forEach { if let e = $0 { visit(e) } }
        case .constant, .name: return
        }
    }
}
