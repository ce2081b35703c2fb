// The second pass of scope analysis: resolve every name of every scope, top-down, and propagate free
// variables bottom-up (CPython's analyze_block / analyze_name, adapted to inlined comprehensions).
//
// Comprehensions are compiled inline in the function that contains them, so a name a comprehension
// merely reads from its enclosing function is an ordinary use there, not a capture: the enclosing
// variable stays local unless a real nested function (or lambda) captures it.

import AdderSyntax

struct Resolver {
    /// Where a scope's global/nonlocal directive for a name was written.
    let directiveRange: (Scope, String) -> SourceRange?

    /// What a scope needs from the scopes around it.
    struct Needs {
        /// Names captured through closures: where they are bound they must live in cells.
        var captured: Set<String> = []
        /// Names an inlined comprehension reads from its enclosing scope.
        var used: Set<String> = []
    }

    /// Resolve `scope`; `bound` holds the names that enclosing function scopes bind.
    mutating func resolve(_ scope: Scope, bound: Set<String>) throws -> Needs {
        var local: Set<String> = []
        var needs = Needs()
        // Comprehensions are inlined; generator expressions are real functions and capture.
        let isComprehension = scope.kind == .comprehension && scope.name != "<genexpr>"
        for name in scope.order {
            let flags = scope.flags[name]!
            if flags.contains(.declaredGlobal) {
                scope.symbols[name] = .globalExplicit
            } else if flags.contains(.declaredNonlocal) {
                guard bound.contains(name) else {
                    throw ScopeError(message: "no binding for nonlocal '\(name)' found",
                                     range: directiveRange(scope, name) ?? scope.range)
                }
                scope.symbols[name] = .free
                if isComprehension { needs.used.insert(name) } else { needs.captured.insert(name) }
            } else if flags.contains(.bound) {
                scope.symbols[name] = scope.kind == .module ? .globalImplicit : .local
                if scope.kind != .module { local.insert(name) }
            } else if bound.contains(name) {
                scope.symbols[name] = .free
                if isComprehension { needs.used.insert(name) } else { needs.captured.insert(name) }
            } else {
                scope.symbols[name] = .globalImplicit
            }
        }

        // Names visible to nested functions: class bodies and the module add none.
        var childBound = bound
        if scope.isFunctionLike {
            childBound.formUnion(local)
        }
        // A class provides its methods the implicit __class__ cell.
        if scope.kind == .classBody { childBound.insert("__class__") }
        for name in scope.order where scope.symbols[name] == .globalExplicit {
            childBound.remove(name)
        }

        var capturedByChildren: Set<String> = []
        var usedByChildren: Set<String> = []
        for child in scope.children {
            let childNeeds = try resolve(child, bound: childBound)
            capturedByChildren.formUnion(childNeeds.captured)
            usedByChildren.formUnion(childNeeds.used)
        }

        for name in capturedByChildren.sorted() {
            if scope.kind == .classBody && name == "__class__" {
                scope.symbols[name] = .cell
                scope.needsClassCell = true
            } else if scope.kind == .classBody && local.contains(name) {
                // A method's free variable comes from the function around the class, not from the
                // class's own binding of the same name (CPython's DEF_FREE_CLASS).
                needs.captured.insert(name)
                scope.classPassThrough.insert(name)
            } else if local.contains(name) {
                scope.symbols[name] = .cell
            } else if scope.symbols[name] != .globalExplicit {
                // Passing through: this scope needs it from further out, through its closure too.
                scope.symbols[name] = .free
                needs.captured.insert(name)
            }
        }
        for name in usedByChildren.sorted() where !local.contains(name) && scope.symbols[name] != .globalExplicit {
            if bound.contains(name) {
                scope.symbols[name] = .free
                if isComprehension { needs.used.insert(name) } else { needs.captured.insert(name) }
            }
        }
        // A comprehension's captures that it binds itself are its own cells; the rest pass through.
        if scope.kind != .classBody { needs.captured.subtract(local) }
        needs.used.subtract(needs.captured)

        scope.cellVars = scope.order.filter { scope.symbols[$0] == .cell }
        if scope.needsClassCell && !scope.cellVars.contains("__class__") { scope.cellVars.append("__class__") }
        scope.freeVars = scope.symbols.filter { $0.value == .free }.map(\.key).sorted()
        return needs
    }
}
