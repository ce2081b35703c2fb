// The first pass of scope analysis: walk the tree and record, for each scope, how every name is used.
// It also raises the errors CPython's symtable raises while visiting (global/nonlocal misuse,
// duplicate parameters, `:=` and `yield` misuse in comprehensions).

import AdderSyntax

struct SymbolCollector {
    let table: ScopeTable
    var current: Scope
    /// Where each global/nonlocal directive of a scope was written (for second-pass errors).
    var directives: [ObjectIdentifier: [String: SourceRange]] = [:]
    /// Inside a comprehension's iterable expressions (where `:=` is not allowed).
    var inComprehensionIterable = false

    init(table: ScopeTable, current: Scope) {
        self.table = table
        self.current = current
    }

    // MARK: - Scopes

    private mutating func enter(_ kind: ScopeKind, name: String, range: SourceRange, _ body: (inout SymbolCollector) throws -> Void) rethrows {
        let qualname = qualifiedName(name, kind: kind)
        let scope = Scope(kind: kind, name: name, qualname: qualname, parent: current, range: range)
        current.addChild(scope)
        table.register(scope, for: ScopeKey(range, kind))
        let saved = current
        let savedIterable = inComprehensionIterable
        current = scope
        inComprehensionIterable = false
        try body(&self)
        current = saved
        inComprehensionIterable = savedIterable
    }

    /// CPython's __qualname__: `f`, `C.f`, `g.<locals>.f`.
    private func qualifiedName(_ name: String, kind: ScopeKind) -> String {
        switch current.kind {
        case .module: return name
        case .classBody: return current.qualname + "." + name
        default: return current.qualname + ".<locals>." + name
        }
    }

    // MARK: - Names

    private func bind(_ name: String, _ extra: SymbolFlags = []) {
        current.add(name, SymbolFlags.bound.union(extra))
    }

    private func use(_ name: String) {
        current.add(name, .used)
    }

    // MARK: - Statements

    mutating func visit(_ body: [Stmt]) throws {
        for stmt in body { try visit(stmt) }
    }

    mutating func visit(_ stmt: Stmt) throws {
        switch stmt.kind {
        case .functionDef(let def):
            try visit(def.decoratorList)
            try visitDefaults(def.args)
            try visitAnnotations(def.args)
            if let r = def.returns { try visit(r) }
            bind(def.boundName)
            try enter(.function, name: def.name, range: stmt.range) { c in
                try c.visitParameters(def.args)
                try c.visit(def.body)
            }
        case .classDef(let def):
            try visit(def.bases)
            for k in def.keywords { try visit(k.value) }
            try visit(def.decoratorList)
            bind(def.boundName)
            try enter(.classBody, name: def.name, range: stmt.range) { c in
                try c.visit(def.body)
            }
        case .return(let value):
            if let v = value { try visit(v) }
        case .delete(let targets):
            for t in targets { try visitTarget(t) }
        case .assign(let targets, let value, _):
            try visit(value)
            for t in targets { try visitTarget(t) }
        case .augAssign(let target, _, let value):
            try visit(value)
            if case .name(let id, _) = target.kind { use(id) }
            try visitTarget(target)
        case .annAssign(let target, let annotation, let value, let simple):
            if case .name(let id, _) = target.kind {
                let flags = current.flags[id] ?? []
                if simple && current.kind != .module
                    && !flags.intersection([.declaredGlobal, .declaredNonlocal]).isEmpty {
                    let kind = flags.contains(.declaredGlobal) ? "global" : "nonlocal"
                    throw ScopeError(message: "annotated name '\(id)' can't be \(kind)", range: stmt.range)
                }
                if simple {
                    bind(id, .annotated)
                } else if value != nil {
                    bind(id)
                }
            } else {
                try visitTarget(target)
            }
            try visit(annotation)
            if let v = value { try visit(v) }
        case .for(let loop):
            try visit(loop.iter)
            try visitTarget(loop.target)
            try visit(loop.body)
            try visit(loop.orelse)
        case .while(let test, let body, let orelse):
            try visit(test)
            try visit(body)
            try visit(orelse)
        case .if(let test, let body, let orelse):
            try visit(test)
            try visit(body)
            try visit(orelse)
        case .with(let with):
            for item in with.items {
                try visit(item.contextExpr)
                if let v = item.optionalVars { try visitTarget(v) }
            }
            try visit(with.body)
        case .match(let subject, let cases):
            try visit(subject)
            for c in cases {
                try visit(c.pattern)
                if let g = c.guard_ { try visit(g) }
                try visit(c.body)
            }
        case .raise(let exc, let cause):
            if let e = exc { try visit(e) }
            if let c = cause { try visit(c) }
        case .try(let t):
            try visit(t.body)
            for handler in t.handlers {
                if let type = handler.type { try visit(type) }
                if let name = handler.name { bind(name) }
                try visit(handler.body)
            }
            try visit(t.orelse)
            try visit(t.finalbody)
        case .assert(let test, let msg):
            try visit(test)
            if let m = msg { try visit(m) }
        case .import(let names):
            for alias in names {
                let bound = alias.asname ?? String(alias.name.split(separator: ".").first ?? "")
                bind(bound, .imported)
            }
        case .importFrom(_, let names, _):
            for alias in names {
                if alias.name == "*" {
                    if current.kind != .module {
                        throw ScopeError(message: "import * only allowed at module level", range: stmt.range)
                    }
                    continue
                }
                bind(alias.asname ?? alias.name, .imported)
            }
        case .global(let names):
            try declare(names, global: true, at: stmt.range)
        case .nonlocal(let names):
            if current.kind == .module {
                throw ScopeError(message: "nonlocal declaration not allowed at module level", range: stmt.range)
            }
            try declare(names, global: false, at: stmt.range)
        case .expr(let value):
            try visit(value)
        case .pass, .break, .continue:
            break
        }
    }

    private mutating func declare(_ names: [String], global: Bool, at range: SourceRange) throws {
        let kind = global ? "global" : "nonlocal"
        for name in names {
            let flags = current.flags[name] ?? []
            let message: String?
            if flags.contains(.parameter) {
                message = "name '\(name)' is parameter and \(kind)"
            } else if flags.contains(.used) {
                message = "name '\(name)' is used prior to \(kind) declaration"
            } else if flags.contains(.annotated) {
                message = "annotated name '\(name)' can't be \(kind)"
            } else if flags.contains(.bound) {
                message = "name '\(name)' is assigned to before \(kind) declaration"
            } else {
                message = nil
            }
            if let m = message { throw ScopeError(message: m, range: range) }
            if global && flags.contains(.declaredNonlocal) || !global && flags.contains(.declaredGlobal) {
                let first = directives[ObjectIdentifier(current)]?[name] ?? range
                throw ScopeError(message: "name '\(name)' is nonlocal and global", range: first)
            }
            current.add(name, global ? .declaredGlobal : .declaredNonlocal)
            directives[ObjectIdentifier(current), default: [:]][name] = directives[ObjectIdentifier(current)]?[name] ?? range
        }
    }

    /// The location of each directive, for errors the second pass finds.
    func directiveRange(_ scope: Scope, _ name: String) -> SourceRange? {
        directives[ObjectIdentifier(scope)]?[name]
    }

    // MARK: - Functions

    private mutating func visitDefaults(_ args: Arguments) throws {
        try visit(args.defaults)
        for d in args.kwDefaults { if let d = d { try visit(d) } }
    }

    private mutating func visitAnnotations(_ args: Arguments) throws {
        let all = args.posonlyargs + args.args + args.kwonlyargs + [args.vararg, args.kwarg].compactMap { $0 }
        for a in all { if let ann = a.annotation { try visit(ann) } }
    }

    private mutating func visitParameters(_ args: Arguments) throws {
        var names = args.posonlyargs + args.args + args.kwonlyargs
        if let v = args.vararg { names.insert(v, at: args.posonlyargs.count + args.args.count) }
        if let k = args.kwarg { names.append(k) }
        // Signature order: positional, keyword-only, *args, **kwargs.
        let ordered = args.posonlyargs + args.args + args.kwonlyargs + [args.vararg, args.kwarg].compactMap { $0 }
        for a in names {
            if current.flags[a.arg]?.contains(.parameter) == true {
                throw ScopeError(message: "duplicate argument '\(a.arg)' in function definition", range: a.range)
            }
            current.add(a.arg, [.bound, .parameter])
        }
        current.parameters = ordered.map(\.arg)
    }

    // MARK: - Expressions

    mutating func visit(_ exprs: [Expr]) throws {
        for e in exprs { try visit(e) }
    }

    mutating func visit(_ expr: Expr) throws {
        switch expr.kind {
        case .boolOp(_, let values): try visit(values)
        case .namedExpr(let target, let value):
            if inComprehensionIterable {
                throw ScopeError(message: "assignment expression cannot be used in a comprehension iterable expression",
                                 range: expr.range)
            }
            try visit(value)
            try visitWalrusTarget(target)
        case .binOp(let l, _, let r):
            try visit(l)
            try visit(r)
        case .unaryOp(_, let operand): try visit(operand)
        case .lambda(let args, let body):
            try visitDefaults(args)
            try visitAnnotations(args)
            try enter(.lambda, name: "<lambda>", range: expr.range) { c in
                try c.visitParameters(args)
                try c.visit(body)
            }
        case .ifExp(let test, let body, let orelse):
            try visit(test)
            try visit(body)
            try visit(orelse)
        case .dict(let keys, let values):
            for k in keys { if let k = k { try visit(k) } }
            try visit(values)
        case .set(let elts): try visit(elts)
        case .listComp(let elt, let generators):
            try visitComprehension("<listcomp>", expr.range, generators) { c in try c.visit(elt) }
        case .setComp(let elt, let generators):
            try visitComprehension("<setcomp>", expr.range, generators) { c in try c.visit(elt) }
        case .dictComp(let key, let value, let generators):
            try visitComprehension("<dictcomp>", expr.range, generators) { c in
                try c.visit(key)
                try c.visit(value)
            }
        case .generatorExp(let elt, let generators):
            try visitComprehension("<genexpr>", expr.range, generators) { c in try c.visit(elt) }
        case .await(let value): try visit(value)
        case .yield(let value):
            try checkYieldInComprehension(expr.range)
            if let v = value { try visit(v) }
        case .yieldFrom(let value):
            try checkYieldInComprehension(expr.range)
            try visit(value)
        case .compare(let left, _, let comparators):
            try visit(left)
            try visit(comparators)
        case .call(let function, let args, let keywords):
            try visit(function)
            try visit(args)
            for k in keywords { try visit(k.value) }
        case .formattedValue(let value, _, let spec):
            try visit(value)
            if let s = spec { try visit(s) }
        case .joinedStr(let values): try visit(values)
        case .constant: break
        case .attribute(let value, _, _): try visit(value)
        case .subscript(let value, let slice, _):
            try visit(value)
            try visit(slice)
        case .starred(let value, _): try visit(value)
        case .name(let id, let ctx):
            if ctx == .load { use(id) } else { bind(id) }
            // A function that mentions super may call it without arguments: it then needs the
            // class it is defined in, through an implicit __class__ cell (as CPython does).
            if ctx == .load && id == "super" && (current.kind == .function || current.kind == .lambda) {
                use("__class__")
            }
        case .list(let elts, _), .tuple(let elts, _): try visit(elts)
        case .slice(let lower, let upper, let step):
            for part in [lower, upper, step] { if let p = part { try visit(p) } }
        }
    }

    /// Assignment and deletion targets: names are bound (deleting binds too, as in CPython).
    private mutating func visitTarget(_ target: Expr) throws {
        switch target.kind {
        case .name(let id, _): bind(id)
        case .tuple(let elts, _), .list(let elts, _): for e in elts { try visitTarget(e) }
        case .starred(let value, _): try visitTarget(value)
        default: try visit(target)
        }
    }

    private func checkYieldInComprehension(_ range: SourceRange) throws {
        guard current.kind == .comprehension else { return }
        let what: String
        switch current.name {
        case "<listcomp>": what = "list comprehension"
        case "<setcomp>": what = "set comprehension"
        case "<dictcomp>": what = "dict comprehension"
        default: what = "generator expression"
        }
        throw ScopeError(message: "'yield' inside \(what)", range: range)
    }

    /// `:=` binds in the nearest enclosing function or module, even from inside comprehensions.
    private mutating func visitWalrusTarget(_ target: Expr) throws {
        guard case .name(let id, _) = target.kind else { return try visitTarget(target) }
        guard current.kind == .comprehension else { return bind(id) }
        var scope: Scope = current
        while scope.kind == .comprehension {
            if scope.flags[id]?.contains(.iteration) == true {
                throw ScopeError(message: "assignment expression cannot rebind comprehension iteration variable '\(id)'",
                                 range: target.range)
            }
            guard let parent = scope.parent else { break }
            scope = parent
        }
        if scope.kind == .classBody {
            throw ScopeError(message: "assignment expression within a comprehension cannot be used in a class body",
                             range: target.range)
        }
        // In every comprehension on the way it is a name of the enclosing scope; there it is bound.
        var inner: Scope = current
        while inner.kind == .comprehension {
            inner.add(id, scope.kind == .module ? [.declaredGlobal, .walrusTarget] : [.declaredNonlocal, .walrusTarget])
            guard let parent = inner.parent else { break }
            inner = parent
        }
        scope.add(id, scope.kind == .module ? .bound : .bound)
    }

    private mutating func visitComprehension(_ name: String, _ range: SourceRange, _ generators: [Comprehension],
                                             element: (inout SymbolCollector) throws -> Void) throws {
        // The first iterable is evaluated in the enclosing scope.
        let savedIterable = inComprehensionIterable
        inComprehensionIterable = true
        try visit(generators[0].iter)
        inComprehensionIterable = savedIterable
        try enter(.comprehension, name: name, range: range) { c in
            for (i, generator) in generators.enumerated() {
                if i > 0 {
                    c.inComprehensionIterable = true
                    try c.visit(generator.iter)
                    c.inComprehensionIterable = false
                }
                try c.visitIterationTarget(generator.target)
                for condition in generator.ifs { try c.visit(condition) }
            }
            try element(&c)
        }
    }

    private mutating func visitIterationTarget(_ target: Expr) throws {
        switch target.kind {
        case .name(let id, _):
            if current.flags[id]?.contains(.walrusTarget) == true {
                throw ScopeError(message: "comprehension inner loop cannot rebind assignment expression target '\(id)'",
                                 range: target.range)
            }
            bind(id, .iteration)
        case .tuple(let elts, _), .list(let elts, _): for e in elts { try visitIterationTarget(e) }
        case .starred(let value, _): try visitIterationTarget(value)
        default: try visit(target)
        }
    }

    // MARK: - Patterns

    private mutating func visit(_ pattern: Pattern) throws {
        switch pattern.kind {
        case .matchValue(let value): try visit(value)
        case .matchSingleton: break
        case .matchSequence(let patterns): for p in patterns { try visit(p) }
        case .matchMapping(let keys, let patterns, let rest):
            try visit(keys)
            for p in patterns { try visit(p) }
            if let r = rest { bind(r) }
        case .matchClass(let cls, let patterns, _, let kwdPatterns):
            try visit(cls)
            for p in patterns + kwdPatterns { try visit(p) }
        case .matchStar(let name):
            if let n = name { bind(n) }
        case .matchAs(let p, let name):
            if let p = p { try visit(p) }
            if let n = name { bind(n) }
        case .matchOr(let patterns): for p in patterns { try visit(p) }
        }
    }
}
