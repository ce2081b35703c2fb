// Scope analysis: which names are local, global, free or cell in each scope, decided as CPython's
// symtable decides them, with its compile-time errors.
//
// Two passes, as in CPython. The first walks the tree and records, per scope, how each name is used
// (bound, used, parameter, declared global or nonlocal). The second resolves every name top-down,
// knowing which names enclosing function scopes bind, and propagates free variables bottom-up: a
// free variable of a child is a cell where it is bound and free in every scope in between.
//
// Class bodies do not enclose the functions defined in them (their names are invisible to nested
// functions); comprehensions are scopes of their own, except that `:=` inside them binds in the
// nearest enclosing function (or module).

import AdderSyntax

/// The kind of a scope.
public enum ScopeKind: Sendable {
    case module, function, lambda, classBody, comprehension
}

/// How a name is resolved in a scope.
public enum SymbolKind: Sendable, Equatable {
    /// A local variable of a function (a frame value).
    case local
    /// A local variable that nested scopes capture: it lives in a cell.
    case cell
    /// A variable of an enclosing function, reached through the closure.
    case free
    /// Declared `global`.
    case globalExplicit
    /// Not bound here nor in an enclosing function: a module global or a builtin.
    case globalImplicit
}

/// How a name is used in one scope (the first pass's findings).
public struct SymbolFlags: OptionSet, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }
    public static let bound = SymbolFlags(rawValue: 1 << 0)
    public static let used = SymbolFlags(rawValue: 1 << 1)
    public static let parameter = SymbolFlags(rawValue: 1 << 2)
    public static let declaredGlobal = SymbolFlags(rawValue: 1 << 3)
    public static let declaredNonlocal = SymbolFlags(rawValue: 1 << 4)
    public static let annotated = SymbolFlags(rawValue: 1 << 5)
    public static let imported = SymbolFlags(rawValue: 1 << 6)
    /// A comprehension iteration variable.
    public static let iteration = SymbolFlags(rawValue: 1 << 7)
    /// Bound by `:=` inside a comprehension: lives in the enclosing function.
    public static let walrusTarget = SymbolFlags(rawValue: 1 << 8)
}

/// A compile-time error found by scope analysis, at CPython's position.
public struct ScopeError: Error, Sendable {
    public var message: String
    public var range: SourceRange
}

/// One scope: its names and their resolution, and its nested scopes.
public final class Scope {
    public let kind: ScopeKind
    /// co_name: `<module>`, `f`, `<lambda>`, `<listcomp>`, `C`.
    public let name: String
    public let qualname: String
    public weak var parent: Scope?
    public private(set) var children: [Scope] = []
    /// First-pass flags of every name mentioned in the scope.
    public private(set) var flags: [String: SymbolFlags] = [:]
    /// Names in the order they were first mentioned (for a stable slot order).
    public private(set) var order: [String] = []
    /// Parameter names in signature order.
    public internal(set) var parameters: [String] = []
    /// Resolution of every name (second pass).
    public internal(set) var symbols: [String: SymbolKind] = [:]
    /// Free variables, in the order of the function's closure tuple.
    public internal(set) var freeVars: [String] = []
    /// Cell variables, in order of first mention.
    public internal(set) var cellVars: [String] = []
    /// In a class body: whether its methods use the implicit __class__ cell (super(), __class__).
    public internal(set) var needsClassCell = false
    /// In a class body: names the class binds that its methods also capture from outside.
    public internal(set) var classPassThrough: Set<String> = []
    /// Where the scope's node starts (for diagnostics).
    public let range: SourceRange

    init(kind: ScopeKind, name: String, qualname: String, parent: Scope?, range: SourceRange) {
        self.kind = kind
        self.name = name
        self.qualname = qualname
        self.parent = parent
        self.range = range
    }

    /// The resolution of a name used in this scope.
    public func kind(of name: String) -> SymbolKind {
        return symbols[name] ?? .globalImplicit
    }

    /// True for scopes that are functions at run time (not the module, not class bodies).
    public var isFunctionLike: Bool { kind == .function || kind == .lambda || kind == .comprehension }

    func add(_ name: String, _ f: SymbolFlags) {
        if let existing = flags[name] {
            flags[name] = existing.union(f)
        } else {
            flags[name] = f
            order.append(name)
        }
    }

    func addChild(_ child: Scope) { children.append(child) }
}

/// The identity of a scope-creating node: its position and what kind of node it is.
public struct ScopeKey: Hashable, Sendable {
    public var range: SourceRange
    public var kind: ScopeKind
    public init(_ range: SourceRange, _ kind: ScopeKind) {
        self.range = range
        self.kind = kind
    }
}

/// The result of scope analysis for a module.
public final class ScopeTable {
    public let module: Scope
    private var byNode: [ScopeKey: Scope] = [:]

    init(module: Scope) { self.module = module }

    func register(_ scope: Scope, for key: ScopeKey) { byNode[key] = scope }

    /// The scope of a `def`, `lambda`, class or comprehension node.
    public func scope(for key: ScopeKey) -> Scope? { byNode[key] }

    /// Analyze a module; throws the first scope error CPython would report.
    public static func analyze(_ module: Module) throws -> ScopeTable {
        let root = Scope(kind: .module, name: "<module>", qualname: "", parent: nil, range: .none)
        let table = ScopeTable(module: root)
        var collector = SymbolCollector(table: table, current: root)
        try collector.visit(module.body)
        var resolver = Resolver(directiveRange: { scope, name in collector.directiveRange(scope, name) })
        _ = try resolver.resolve(root, bound: [])
        return table
    }
}
