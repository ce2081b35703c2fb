// AST → IR lowering.
//
// Lowering emits `object` values everywhere and keeps every local variable in a frame slot
// (`load_slot`/`store_slot`); the SSA pass promotes the slots that can be promoted. Cells hold
// variables that nested functions capture; module-level names are global slots.
//
// Control flow: each construct creates its blocks explicitly. New blocks take the handler on top of
// the handler stack, so every instruction of a `try` body unwinds to its dispatch block. `return`,
// `break` and `continue` run the cleanup stack (finally bodies, leaving `except` clauses) down to
// their target before jumping. Code after a terminator goes into a fresh block with no
// predecessors, which the cleanup pass removes.
//
// Comprehensions are lowered inline in the function that contains them; their variables are fresh
// slots (or cells) of that function, named `name.N`.

import AdderSema
import AdderSyntax

/// A construct that Adder cannot compile yet, or a compile-time error found while lowering.
public struct LoweringError: Error, Sendable {
    public var message: String
    public var range: SourceRange
    /// True for errors CPython also reports (a SyntaxError), false for unsupported constructs.
    public var isSyntaxError: Bool

    static func unsupported(_ what: String, _ range: SourceRange) -> LoweringError {
        LoweringError(message: "\(what) not supported yet", range: range, isSyntaxError: false)
    }
}

/// Lowers a module's AST to IR.
public enum Lowering {
    /// Lower a whole program. `scopes` is the scope analysis of the same tree.
    public static func lower(_ ast: Module, scopes: ScopeTable, filename: String) throws -> IRModule {
        let module = IRModule(filename: filename)
        let body = IRFunction(name: "<module>", qualname: "<module>", firstLine: 1)
        _ = module.add(body)
        let lowering = FunctionLowering(module: module, function: body, scope: scopes.module, scopes: scopes)
        try lowering.lowerModuleBody(ast.body, name: "__main__")
        return module
    }

    /// Lower a module the program imports into the program: its functions join the module's, its
    /// globals are the slots `name.variable`, and it becomes a unit that `import name` runs once.
    public static func lowerUnit(into module: IRModule, name: String, _ ast: Module, scopes: ScopeTable,
                                 filename: String) throws {
        let unit = Int32(module.units.count)
        let body = IRFunction(name: "<module>", qualname: "<module>", firstLine: 1)
        body.unit = unit
        let index = module.add(body)
        module.units.append(ModuleUnit(name: name, filename: filename, body: index))
        let lowering = FunctionLowering(module: module, function: body, scope: scopes.module, scopes: scopes)
        try lowering.lowerModuleBody(ast.body, name: name)
    }
}

/// Where a variable lives, as the lowering of one function sees it.
indirect enum Variable {
    case slot(Int32)
    /// A cell created in this function (the value is the cell object).
    case cell(Value)
    /// A cell from the closure (the value is the cell object, loaded at entry).
    case free(Value)
    case global(Int32)
    /// A name of a class body: in the class namespace; reading a name not (yet) there reads
    /// `fallback` (the global, or the enclosing function's cell), as CPython's LOAD_NAME and
    /// LOAD_CLASSDEREF do.
    case namespace(fallback: Variable)

    /// A module global (or a class-body name that falls back to one): where a builtin can be found.
    var isGlobalFallback: Bool {
        switch self {
        case .global: return true
        case .namespace(let fallback): return fallback.isGlobalFallback
        default: return false
        }
    }
}

/// What `return`, `break` and `continue` must undo on their way out of a construct.
enum Cleanup {
    /// Run a `finally` body; `handler` is the handler outside the `try`.
    case finally(body: [Stmt], handler: BlockID?)
    /// Leave an `except` clause: restore the handled exception, unbind the `as` name.
    case exceptClause(previous: Value, name: String?)
    /// Leave a `with` block: call its __exit__ with None three times; `handler` is outside the block.
    case withExit(exit: Value, handler: BlockID?, line: Int32)
}

/// The targets of `break` and `continue` in the innermost loop.
struct LoopTargets {
    var continueTarget: BlockID
    var breakTarget: BlockID
    /// The depth of the cleanup stack when the loop started.
    var cleanupDepth: Int
}

/// An inlined comprehension's variables.
struct InlineScope {
    var scope: Scope
    var variables: [String: Variable]
}

/// The state of lowering one function (or the module body).
final class FunctionLowering {
    let module: IRModule
    let function: IRFunction
    let scope: Scope
    let scopes: ScopeTable

    var current: BlockID
    var line: Int32
    var handlers: [BlockID?] = [nil]
    var cleanups: [Cleanup] = []
    var loops: [LoopTargets] = []
    var variables: [String: Variable] = [:]
    var inlineScopes: [InlineScope] = []
    var inlineCounter = 0
    /// Prepended to global variable names: "" in the main script, "module." in an imported module.
    let globalPrefix: String
    /// In a class body: the namespace dict (the body function's parameter).
    var namespace: Value?
    /// In a module or class body with annotated names: its __annotations__ dict.
    var annotationsDict: Value?
    /// In a class body: cells of names the class binds itself but its methods take from outside.
    var passThroughCells: [String: Value] = [:]

    init(module: IRModule, function: IRFunction, scope: Scope, scopes: ScopeTable) {
        self.module = module
        self.function = function
        self.scope = scope
        self.scopes = scopes
        self.line = function.firstLine
        self.globalPrefix = function.unit >= 0 ? module.units[Int(function.unit)].name + "." : ""
        self.current = BlockID(0)
        let params = (0..<function.signature.count).map { _ in function.newValue() }
        self.current = function.newBlock(params: params)
    }

    // MARK: - Blocks and instructions

    var currentHandler: BlockID? { handlers.last ?? nil }

    /// A new block that unwinds to the current handler.
    func newBlock(params: [Value] = []) -> BlockID {
        function.newBlock(params: params, handler: currentHandler)
    }

    /// Continue emitting into `block`.
    func start(_ block: BlockID) {
        current = block
    }

    /// True once the current block has its terminator.
    var isTerminated: Bool { function[current].terminator != nil }

    @discardableResult
    func emit(_ op: Opcode, _ operands: [Value] = [], imm: Int32 = 0, aux: Int32 = 0) -> Value {
        let info = op.info
        precondition(!info.isTerminator, "use terminate() for \(info.name)")
        var result: Value?
        switch info.result {
        case .none: result = nil
        case .object: result = function.newValue(.object)
        case .bool: result = function.newValue(.bool)
        }
        ensureOpen()
        function.blocks[Int(current.index)].instructions.append(
            Instruction(op, result: result, operands: operands, imm: imm, aux: aux, line: line))
        return result ?? Value(UInt32.max)
    }

    /// End the current block with a terminator; later code goes to an unreachable block.
    func terminate(_ op: Opcode, _ operands: [Value] = [], targets: [BlockCall] = []) {
        ensureOpen()
        function.blocks[Int(current.index)].instructions.append(
            Instruction(op, operands: operands, targets: targets, line: line))
    }

    func jump(_ target: BlockID, _ args: [Value] = []) {
        terminate(.jump, targets: [BlockCall(target, args)])
    }

    func branch(_ condition: Value, _ ifTrue: BlockID, _ ifFalse: BlockID) {
        terminate(.branch, [condition], targets: [BlockCall(ifTrue), BlockCall(ifFalse)])
    }

    /// After a terminator, code that follows is unreachable: give it a block of its own.
    private func ensureOpen() {
        if isTerminated { current = newBlock() }
    }

    /// Run `body` with `line` set to a node's line.
    func at<T>(_ range: SourceRange, _ body: () throws -> T) rethrows -> T {
        let saved = line
        if range.lineno > 0 { line = range.lineno }
        defer { line = saved }
        return try body()
    }

    /// Run `body` with a handler pushed; blocks created inside unwind to it.
    func withHandler<T>(_ handler: BlockID?, _ body: () throws -> T) rethrows -> T {
        handlers.append(handler)
        defer { handlers.removeLast() }
        return try body()
    }

    // MARK: - Constants

    func constant(_ c: IRConstant) -> Value {
        emit(.const_, imm: module.constant(c))
    }

    var none: Value { constant(.none) }

    func string(_ s: String) -> Value { constant(.string(s)) }

    func unbound() -> Value { emit(.unbound) }

    func name(_ s: String) -> Int32 { module.name(s) }

    // MARK: - Variables

    /// Set up parameters, cells and the closure at the function's entry.
    func setUpEntry() {
        let params = function[BlockID(0)].params
        if scope.kind == .classBody {
            namespace = params[0]
        } else {
            for (i, name) in function.signature.names.enumerated() {
                bindLocal(name, initial: params[i])
            }
        }
        for name in scope.cellVars where variables[name] == nil {
            variables[name] = .cell(emit(.newCell, [unbound()]))
        }
        for (i, name) in scope.freeVars.enumerated() {
            variables[name] = .free(emit(.loadClosure, imm: Int32(i)))
        }
        function.freeVars = scope.freeVars
        for name in scope.classPassThrough.sorted() {
            passThroughCells[name] = emit(.loadClosure, imm: Int32(function.freeVars.count))
            function.freeVars.append(name)
        }
        let locals = scope.order.filter { scope.kind(of: $0) == .local || scope.kind(of: $0) == .cell }
        if !locals.isEmpty { function.localNamesConstant = module.constant(.tuple(locals.map { .string($0) })) }
    }

    /// A parameter (or other initial binding) of this function: a cell or a slot.
    private func bindLocal(_ name: String, initial: Value) {
        if scope.kind(of: name) == .cell {
            variables[name] = .cell(emit(.newCell, [initial]))
        } else {
            let slot = slotIndex(name)
            variables[name] = .slot(slot)
            emit(.storeSlot, [initial], imm: slot)
        }
    }

    func slotIndex(_ name: String) -> Int32 {
        if let i = function.slots.firstIndex(of: name) { return Int32(i) }
        function.slots.append(name)
        return Int32(function.slots.count - 1)
    }

    /// Where `name` lives when used in the innermost scope being lowered.
    func variable(_ name: String) -> Variable {
        var depth = inlineScopes.count - 1
        while depth >= 0 {
            let inline = inlineScopes[depth]
            switch inline.scope.kind(of: name) {
            case .local, .cell:
                if let v = inline.variables[name] { return v }
            case .globalExplicit, .globalImplicit:
                return .global(module.global(globalPrefix + name))
            case .free:
                break
            }
            depth -= 1
        }
        return functionVariable(name)
    }

    private func functionVariable(_ name: String) -> Variable {
        if scope.kind == .classBody { return classVariable(name) }
        if let v = variables[name] { return v }
        let kind = scope.kind == .module ? SymbolKind.globalImplicit : scope.kind(of: name)
        switch kind {
        case .local:
            let v = Variable.slot(slotIndex(name))
            variables[name] = v
            return v
        case .globalExplicit, .globalImplicit:
            return .global(module.global(globalPrefix + name))
        case .cell, .free:
            // Set up at entry; reaching here means scope analysis and lowering disagree.
            preconditionFailure("no cell for '\(name)' in \(function.qualname)")
        }
    }

    /// A name in a class body: the namespace, with the global (or the enclosing function's cell)
    /// behind it; names declared global are globals, the implicit __class__ cell is a cell.
    private func classVariable(_ name: String) -> Variable {
        switch scope.kind(of: name) {
        case .globalExplicit:
            return .global(module.global(globalPrefix + name))
        case .cell:
            return variables[name]!
        case .free:
            return .namespace(fallback: variables[name]!)
        case .local, .globalImplicit:
            return .namespace(fallback: .global(module.global(globalPrefix + name)))
        }
    }

    func load(_ name: String) -> Value {
        load(name, variable(name))
    }

    private func load(_ name: String, _ variable: Variable) -> Value {
        switch variable {
        case .namespace(let fallback):
            let value = emit(.nsGet, [namespace!], imm: self.name(name))
            let result = function.newValue()
            let missing = newBlock(), join = newBlock(params: [result])
            terminate(.branch, [emit(.is_, [value, unbound()])], targets: [BlockCall(missing), BlockCall(join, [value])])
            start(missing)
            jump(join, [load(name, fallback)])
            start(join)
            return result
        default:
            return loadDirect(name, variable)
        }
    }

    private func loadDirect(_ name: String, _ variable: Variable) -> Value {
        switch variable {
        case .slot(let s):
            let v = emit(.loadSlot, imm: s)
            emit(.checkBound, [v], imm: self.name(name), aux: UnboundKind.local.rawValue)
            return v
        case .cell(let cell):
            return emit(.cellGet, [cell], imm: self.name(name), aux: UnboundKind.local.rawValue)
        case .free(let cell):
            return emit(.cellGet, [cell], imm: self.name(name), aux: UnboundKind.free.rawValue)
        case .global(let g):
            return emit(.loadGlobal, imm: g)
        case .namespace:
            preconditionFailure("namespace names are loaded through load(_:_:)")
        }
    }

    func store(_ name: String, _ value: Value) {
        switch variable(name) {
        case .slot(let s): emit(.storeSlot, [value], imm: s)
        case .cell(let cell), .free(let cell): emit(.cellSet, [cell, value])
        case .global(let g): emit(.storeGlobal, [value], imm: g)
        case .namespace(let fallback):
            // `nonlocal x` in a class body assigns the enclosing function's variable.
            if case .free(let cell) = fallback, scope.flags[name]?.contains(.declaredNonlocal) == true {
                emit(.cellSet, [cell, value])
            } else {
                // The namespace may be any mapping __prepare__ returned: store through __setitem__.
                emit(.setitem, [namespace!, string(name), value])
            }
        }
    }

    /// `del name`: an error if it is unbound, then unbind it.
    func delete(_ name: String) {
        switch variable(name) {
        case .slot(let s):
            let v = emit(.loadSlot, imm: s)
            emit(.checkBound, [v], imm: self.name(name), aux: UnboundKind.local.rawValue)
            emit(.storeSlot, [unbound()], imm: s)
        case .cell(let cell):
            _ = emit(.cellGet, [cell], imm: self.name(name), aux: UnboundKind.local.rawValue)
            emit(.cellSet, [cell, unbound()])
        case .free(let cell):
            _ = emit(.cellGet, [cell], imm: self.name(name), aux: UnboundKind.free.rawValue)
            emit(.cellSet, [cell, unbound()])
        case .global(let g):
            emit(.delGlobal, imm: g)
        case .namespace:
            emit(.nsDel, [namespace!], imm: self.name(name))
        }
    }

    /// Unbind a name without checking (the end of `except … as name`).
    func unbind(_ name: String) {
        switch variable(name) {
        case .slot(let s): emit(.storeSlot, [unbound()], imm: s)
        case .cell(let cell), .free(let cell): emit(.cellSet, [cell, unbound()])
        case .global(let g):
            emit(.storeGlobal, [none], imm: g)
            emit(.delGlobal, imm: g)
        case .namespace:
            emit(.setitem, [namespace!, string(name), none])
            emit(.nsDel, [namespace!], imm: self.name(name))
        }
    }

    /// The cell object for a name that a nested function captures.
    func cellObject(_ name: String) -> Value {
        if let cell = passThroughCells[name] { return cell }
        if scope.kind == .classBody, let v = variables[name] {
            switch v {
            case .cell(let cell), .free(let cell): return cell
            default: break
            }
        }
        switch variable(name) {
        case .cell(let cell), .free(let cell): return cell
        default: preconditionFailure("'\(name)' is not in a cell in \(function.qualname)")
        }
    }

    // MARK: - Bodies

    func lowerModuleBody(_ body: [Stmt], name: String) throws {
        if let first = body.first { line = first.range.lineno }
        store("__name__", string(name))
        store("__doc__", docstring(body).map { constant(.str($0)) } ?? none)
        if hasSimpleAnnotations(body) {
            annotationsDict = emit(.buildDict)
            store("__annotations__", annotationsDict!)
        }
        try lower(body)
        line = body.last?.range.endLineno ?? line
        terminate(.return_, [none])
    }

    /// A class body: set __module__ and __qualname__ (and __doc__), run the statements, hand the
    /// __class__ cell to the class (__classcell__), return None.
    func lowerClassBody(_ body: [Stmt]) throws {
        if let first = body.first { line = first.range.lineno }
        let ns = namespace!
        emit(.setitem, [ns, string("__module__"), emit(.loadGlobal, imm: module.global(globalPrefix + "__name__"))])
        emit(.setitem, [ns, string("__qualname__"), string(scope.qualname)])
        if let doc = docstring(body) { emit(.setitem, [ns, string("__doc__"), constant(.str(doc))]) }
        if hasSimpleAnnotations(body) {
            annotationsDict = emit(.buildDict)
            emit(.setitem, [ns, string("__annotations__"), annotationsDict!])
        }
        try lower(body)
        if case .cell(let cell)? = variables["__class__"] {
            emit(.setitem, [ns, string("__classcell__"), cell])
        }
        terminate(.return_, [none])
    }

    /// Whether a module or class body annotates a name (`x: int`) at its own level.
    func hasSimpleAnnotations(_ body: [Stmt]) -> Bool {
        body.contains { stmt in
            if case .annAssign(let target, _, _, true) = stmt.kind, case .name = target.kind { return true }
            return false
        }
    }

    /// The docstring of a body: its first statement if that is a string constant.
    func docstring(_ body: [Stmt]) -> [UInt8]? {
        guard let first = body.first, case .expr(let value) = first.kind,
              case .constant(.str(let s), _) = value.kind else { return nil }
        return s
    }
}
