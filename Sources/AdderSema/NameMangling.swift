// Private name mangling: inside a class body (and every function and comprehension nested in it,
// down to the next class), an identifier `__x` that does not end in `__` means `_Class__x`, with
// the class name's leading underscores stripped (`class __D` mangles to `_D__x`; a class named
// only underscores mangles nothing). CPython applies this in its symbol table and compiler to
// every name: variables, attributes, parameters, global/nonlocal declarations, import bindings,
// except-handler and pattern captures. It does not apply to keyword argument names, to dotted
// module names, or to strings.
//
// Adder rewrites the tree once before scope analysis, so that the later stages see the names the
// program really uses. Definitions keep their own `name` (which becomes __name__ and __qualname__)
// and bind the mangled name through `bindingName`.

import AdderSyntax

/// The tree with private names mangled; the same tree when there is no class.
public func mangledPrivateNames(_ module: Module) -> Module {
    var mangler = NameMangler(privateName: nil)
    var out = module
    out.body = mangler.statements(module.body)
    return out
}

/// `name` as it is stored inside class `className` (CPython's _Py_Mangle).
public func mangle(_ name: String, inClass className: String?) -> String {
    guard let className, name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains(".") else { return name }
    let stripped = className.drop(while: { $0 == "_" })
    if stripped.isEmpty { return name }
    return "_" + stripped + name
}

private struct NameMangler {
    /// The innermost enclosing class's name, or nil outside classes.
    var privateName: String?

    func name(_ id: String) -> String { mangle(id, inClass: privateName) }

    mutating func statements(_ body: [Stmt]) -> [Stmt] { body.map { statement($0) } }

    mutating func statement(_ stmt: Stmt) -> Stmt {
        var s = stmt
        switch stmt.kind {
        case .functionDef(var def):
            def.decoratorList = expressions(def.decoratorList)
            def.args = arguments(def.args)
            def.returns = def.returns.map { expression($0) }
            def.body = statements(def.body)
            let bound = name(def.name)
            if bound != def.name { def.bindingName = bound }
            s.kind = .functionDef(def)
        case .classDef(var def):
            def.decoratorList = expressions(def.decoratorList)
            def.bases = expressions(def.bases)
            def.keywords = keywords(def.keywords)
            let bound = name(def.name)
            if bound != def.name { def.bindingName = bound }
            let outer = privateName
            privateName = def.name
            def.body = statements(def.body)
            privateName = outer
            s.kind = .classDef(def)
        case .return(let value):
            s.kind = .return(value: value.map { expression($0) })
        case .delete(let targets):
            s.kind = .delete(targets: expressions(targets))
        case .assign(let targets, let value, let comment):
            s.kind = .assign(targets: expressions(targets), value: expression(value), typeComment: comment)
        case .augAssign(let target, let op, let value):
            s.kind = .augAssign(target: expression(target), op: op, value: expression(value))
        case .annAssign(let target, let annotation, let value, let simple):
            s.kind = .annAssign(target: expression(target), annotation: expression(annotation),
                                value: value.map { expression($0) }, simple: simple)
        case .for(var loop):
            loop.target = expression(loop.target)
            loop.iter = expression(loop.iter)
            loop.body = statements(loop.body)
            loop.orelse = statements(loop.orelse)
            s.kind = .for(loop)
        case .while(let test, let body, let orelse):
            s.kind = .while(test: expression(test), body: statements(body), orelse: statements(orelse))
        case .if(let test, let body, let orelse):
            s.kind = .if(test: expression(test), body: statements(body), orelse: statements(orelse))
        case .with(var with):
            with.items = with.items.map { WithItem(contextExpr: expression($0.contextExpr),
                                                   optionalVars: $0.optionalVars.map { expression($0) }) }
            with.body = statements(with.body)
            s.kind = .with(with)
        case .match(let subject, let cases):
            s.kind = .match(subject: expression(subject), cases: cases.map { c in
                MatchCase(pattern: pattern(c.pattern), guard_: c.guard_.map { expression($0) }, body: statements(c.body))
            })
        case .raise(let exc, let cause):
            s.kind = .raise(exc: exc.map { expression($0) }, cause: cause.map { expression($0) })
        case .try(var t):
            t.body = statements(t.body)
            t.handlers = t.handlers.map { h in
                ExceptHandler(type: h.type.map { expression($0) }, name: h.name.map { name($0) },
                              body: statements(h.body), range: h.range)
            }
            t.orelse = statements(t.orelse)
            t.finalbody = statements(t.finalbody)
            s.kind = .try(t)
        case .assert(let test, let msg):
            s.kind = .assert(test: expression(test), msg: msg.map { expression($0) })
        case .import(let names):
            // `import __m` binds (and, undotted, imports) the mangled name, as CPython does.
            s.kind = .import(names: names.map { alias in
                var a = alias
                if let asname = alias.asname {
                    a.asname = name(asname)
                } else {
                    let top = String(alias.name.prefix(while: { $0 != "." }))
                    if name(top) != top { a.asname = name(top) }
                }
                return a
            })
        case .importFrom(let module, let names, let level):
            s.kind = .importFrom(module: module, names: names.map { alias in
                var a = alias
                if alias.name != "*" {
                    a.name = name(alias.name)
                    a.asname = alias.asname.map { name($0) }
                }
                return a
            }, level: level)
        case .global(let names):
            s.kind = .global(names: names.map { name($0) })
        case .nonlocal(let names):
            s.kind = .nonlocal(names: names.map { name($0) })
        case .expr(let value):
            s.kind = .expr(value: expression(value))
        case .pass, .break, .continue:
            break
        }
        return s
    }

    mutating func expressions(_ list: [Expr]) -> [Expr] { list.map { expression($0) } }

    mutating func keywords(_ list: [Keyword]) -> [Keyword] {
        list.map { Keyword(arg: $0.arg, value: expression($0.value), range: $0.range) }
    }

    mutating func arguments(_ a: Arguments) -> Arguments {
        var out = a
        out.posonlyargs = a.posonlyargs.map { arg($0) }
        out.args = a.args.map { arg($0) }
        out.vararg = a.vararg.map { arg($0) }
        out.kwonlyargs = a.kwonlyargs.map { arg($0) }
        out.kwarg = a.kwarg.map { arg($0) }
        out.kwDefaults = a.kwDefaults.map { $0.map { expression($0) } }
        out.defaults = expressions(a.defaults)
        return out
    }

    mutating func arg(_ a: Arg) -> Arg {
        var out = a
        out.arg = name(a.arg)
        out.annotation = a.annotation.map { expression($0) }
        return out
    }

    mutating func comprehensions(_ list: [Comprehension]) -> [Comprehension] {
        list.map { Comprehension(target: expression($0.target), iter: expression($0.iter), ifs: expressions($0.ifs),
                                 isAsync: $0.isAsync) }
    }

    mutating func expression(_ expr: Expr) -> Expr {
        var e = expr
        switch expr.kind {
        case .boolOp(let op, let values):
            e.kind = .boolOp(op: op, values: expressions(values))
        case .namedExpr(let target, let value):
            e.kind = .namedExpr(target: expression(target), value: expression(value))
        case .binOp(let left, let op, let right):
            e.kind = .binOp(left: expression(left), op: op, right: expression(right))
        case .unaryOp(let op, let operand):
            e.kind = .unaryOp(op: op, operand: expression(operand))
        case .lambda(let args, let body):
            e.kind = .lambda(args: arguments(args), body: expression(body))
        case .ifExp(let test, let body, let orelse):
            e.kind = .ifExp(test: expression(test), body: expression(body), orelse: expression(orelse))
        case .dict(let keys, let values):
            e.kind = .dict(keys: keys.map { $0.map { expression($0) } }, values: expressions(values))
        case .set(let elts):
            e.kind = .set(elts: expressions(elts))
        case .listComp(let elt, let generators):
            e.kind = .listComp(elt: expression(elt), generators: comprehensions(generators))
        case .setComp(let elt, let generators):
            e.kind = .setComp(elt: expression(elt), generators: comprehensions(generators))
        case .dictComp(let key, let value, let generators):
            e.kind = .dictComp(key: expression(key), value: expression(value), generators: comprehensions(generators))
        case .generatorExp(let elt, let generators):
            e.kind = .generatorExp(elt: expression(elt), generators: comprehensions(generators))
        case .await(let value):
            e.kind = .await(value: expression(value))
        case .yield(let value):
            e.kind = .yield(value: value.map { expression($0) })
        case .yieldFrom(let value):
            e.kind = .yieldFrom(value: expression(value))
        case .compare(let left, let ops, let comparators):
            e.kind = .compare(left: expression(left), ops: ops, comparators: expressions(comparators))
        case .call(let function, let args, let kws):
            e.kind = .call(func: expression(function), args: expressions(args), keywords: keywords(kws))
        case .formattedValue(let value, let conversion, let spec):
            e.kind = .formattedValue(value: expression(value), conversion: conversion, formatSpec: spec.map { expression($0) })
        case .joinedStr(let values):
            e.kind = .joinedStr(values: expressions(values))
        case .constant:
            break
        case .attribute(let value, let attr, let ctx):
            e.kind = .attribute(value: expression(value), attr: name(attr), ctx: ctx)
        case .subscript(let value, let slice, let ctx):
            e.kind = .subscript(value: expression(value), slice: expression(slice), ctx: ctx)
        case .starred(let value, let ctx):
            e.kind = .starred(value: expression(value), ctx: ctx)
        case .name(let id, let ctx):
            e.kind = .name(id: name(id), ctx: ctx)
        case .list(let elts, let ctx):
            e.kind = .list(elts: expressions(elts), ctx: ctx)
        case .tuple(let elts, let ctx):
            e.kind = .tuple(elts: expressions(elts), ctx: ctx)
        case .slice(let lower, let upper, let step):
            e.kind = .slice(lower: lower.map { expression($0) }, upper: upper.map { expression($0) },
                            step: step.map { expression($0) })
        }
        return e
    }

    mutating func pattern(_ p: Pattern) -> Pattern {
        var out = p
        switch p.kind {
        case .matchValue(let value):
            out.kind = .matchValue(value: expression(value))
        case .matchSingleton:
            break
        case .matchSequence(let patterns):
            out.kind = .matchSequence(patterns: patterns.map { pattern($0) })
        case .matchMapping(let keys, let patterns, let rest):
            out.kind = .matchMapping(keys: expressions(keys), patterns: patterns.map { pattern($0) },
                                     rest: rest.map { name($0) })
        case .matchClass(let cls, let patterns, let kwdAttrs, let kwdPatterns):
            out.kind = .matchClass(cls: expression(cls), patterns: patterns.map { pattern($0) }, kwdAttrs: kwdAttrs,
                                   kwdPatterns: kwdPatterns.map { pattern($0) })
        case .matchStar(let n):
            out.kind = .matchStar(name: n.map { name($0) })
        case .matchAs(let sub, let n):
            out.kind = .matchAs(pattern: sub.map { pattern($0) }, name: n.map { name($0) })
        case .matchOr(let patterns):
            out.kind = .matchOr(patterns: patterns.map { pattern($0) })
        }
        return out
    }
}
