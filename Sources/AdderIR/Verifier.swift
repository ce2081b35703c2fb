// The IR verifier: checks the invariants stated at the top of IR.swift. It runs after lowering and
// after every pass in debug builds and tests, and on IR read from text.
//
// Dominance is computed on a graph with two nodes per block, its start and its end: a handler edge
// leaves the *start* of a block (the exception may come from any instruction, so nothing the block
// defines is available in the handler), ordinary edges leave its end.

/// A broken invariant: which function, which block, and what.
public struct VerifierError: Error, CustomStringConvertible {
    public var function: String
    public var message: String
    public var description: String { "IR verifier: in \(function): \(message)" }
}

/// Checks a module or a function.
public enum Verifier {
    /// Verify every function of a module; throws the first problem found.
    public static func verify(_ module: IRModule) throws {
        for unit in module.units where unit.body < 0 || Int(unit.body) >= module.functions.count {
            throw VerifierError(function: unit.name, message: "the module's body is not a function of the program")
        }
        for function in module.functions {
            try verify(function, in: module)
        }
    }

    /// Verify one function.
    public static func verify(_ function: IRFunction, in module: IRModule) throws {
        var checker = FunctionChecker(function: function, module: module)
        try checker.run()
    }
}

private struct FunctionChecker {
    let function: IRFunction
    let module: IRModule
    /// Where each value is defined: (block, instruction index), index -1 for a block parameter.
    var definitions: [Int: (block: Int, index: Int)] = [:]

    init(function: IRFunction, module: IRModule) {
        self.function = function
        self.module = module
    }

    func fail(_ message: String) -> VerifierError {
        VerifierError(function: function.qualname, message: message)
    }

    mutating func run() throws {
        guard !function.blocks.isEmpty else { throw fail("no blocks") }
        guard function.unit >= -1 && Int(function.unit) < module.units.count else { throw fail("no such module unit") }
        guard function.blocks[0].params.count == function.signature.count else {
            throw fail("the entry block takes \(function.blocks[0].params.count) parameters, the signature has \(function.signature.count)")
        }
        if function.localNamesConstant >= 0 {
            guard Int(function.localNamesConstant) < module.constants.count,
                  case .tuple = module.constants[Int(function.localNamesConstant)] else {
                throw fail("the local names constant is not a tuple")
            }
        }
        try collectDefinitions()
        for (b, block) in function.blocks.enumerated() {
            try checkShape(block, b)
            for (i, instruction) in block.instructions.enumerated() {
                try checkInstruction(instruction, block: b, index: i)
            }
        }
        try checkDominance()
    }

    mutating func collectDefinitions() throws {
        func define(_ v: Value, _ block: Int, _ index: Int) throws {
            guard Int(v.index) < function.valueTypes.count else { throw fail("\(v) has no type") }
            guard definitions[Int(v.index)] == nil else { throw fail("\(v) is defined twice") }
            definitions[Int(v.index)] = (block, index)
        }
        for (b, block) in function.blocks.enumerated() {
            for p in block.params { try define(p, b, -1) }
            for (i, instruction) in block.instructions.enumerated() {
                if let r = instruction.result { try define(r, b, i) }
            }
        }
    }

    func checkShape(_ block: Block, _ b: Int) throws {
        guard let last = block.instructions.last, last.isTerminator else {
            throw fail("bb\(b) does not end in a terminator")
        }
        for instruction in block.instructions.dropLast() where instruction.isTerminator {
            throw fail("bb\(b) has a terminator (\(instruction.op.info.name)) before its end")
        }
        if let h = block.handler {
            guard Int(h.index) < function.blocks.count else { throw fail("bb\(b) has a handler that does not exist") }
            guard function[h].params.isEmpty else { throw fail("handler \(h) of bb\(b) takes parameters") }
        }
    }

    func checkInstruction(_ instruction: Instruction, block b: Int, index i: Int) throws {
        let info = instruction.op.info
        let here = "bb\(b)[\(i)] \(info.name)"
        if instruction.op == .yield && !function.isGenerator { throw fail("\(here) in a function that is not a generator") }
        switch info.operands {
        case .fixed(let n) where instruction.operands.count != n:
            throw fail("\(here) takes \(n) operands, has \(instruction.operands.count)")
        case .atLeast(let n) where instruction.operands.count < n:
            throw fail("\(here) takes at least \(n) operands, has \(instruction.operands.count)")
        default:
            break
        }
        switch info.result {
        case .none where instruction.result != nil: throw fail("\(here) has a result")
        case .object, .bool:
            guard let r = instruction.result else { throw fail("\(here) has no result") }
            let expected: IRType = info.result == .bool ? .bool : .object
            guard function.type(of: r) == expected else { throw fail("\(here) result \(r) must be \(expected)") }
        default:
            break
        }
        for operand in instruction.operands {
            guard definitions[Int(operand.index)] != nil else { throw fail("\(here) uses undefined \(operand)") }
        }
        let boolOperands: Set<Opcode> = [.branch, .boolNot, .boxBool]
        for operand in instruction.operands {
            let expected: IRType = boolOperands.contains(instruction.op) ? .bool : .object
            guard function.type(of: operand) == expected else { throw fail("\(here) operand \(operand) must be \(expected)") }
        }
        try checkImmediate(instruction.imm, info.imm, here)
        try checkImmediate(instruction.aux, info.aux, here)
        if info.isTerminator {
            guard instruction.targets.count == info.targets else {
                throw fail("\(here) has \(instruction.targets.count) targets, needs \(info.targets)")
            }
            for target in instruction.targets {
                guard Int(target.block.index) < function.blocks.count else { throw fail("\(here) jumps to missing \(target.block)") }
                let params = function[target.block].params
                guard params.count == target.args.count else {
                    throw fail("\(here) passes \(target.args.count) arguments to \(target.block), which takes \(params.count)")
                }
                for (arg, param) in zip(target.args, params) {
                    guard definitions[Int(arg.index)] != nil else { throw fail("\(here) passes undefined \(arg)") }
                    guard function.type(of: arg) == function.type(of: param) else {
                        throw fail("\(here) passes \(arg) of the wrong type to \(target.block)")
                    }
                }
            }
        }
    }

    func checkImmediate(_ value: Int32, _ kind: ImmediateKind, _ here: String) throws {
        func inRange(_ count: Int) throws {
            guard value >= 0 && Int(value) < count else { throw fail("\(here) immediate \(value) out of range") }
        }
        switch kind {
        case .none: break
        case .constant: try inRange(module.constants.count)
        case .kwnames:
            if value >= 0 {
                try inRange(module.constants.count)
                guard case .tuple(let names) = module.constants[Int(value)],
                      names.allSatisfy({ if case .str = $0 { return true } else { return false } })
                else { throw fail("\(here) keyword names are not a tuple of strs") }
            }
        case .name: try inRange(module.names.count)
        case .global: try inRange(module.globals.count)
        case .function: try inRange(module.functions.count)
        case .slot: try inRange(function.slots.count)
        case .freeVar: try inRange(function.freeVars.count)
        case .binaryOp: try inRange(BinaryOp.allCases.count)
        case .compareOp: try inRange(CompareOp.allCases.count)
        case .unaryOp: try inRange(UnaryOp.allCases.count)
        case .conversion: try inRange(Conversion.allCases.count)
        case .unboundKind: try inRange(UnboundKind.allCases.count)
        case .count: guard value >= 0 else { throw fail("\(here) negative count") }
        }
    }

    /// Every use is dominated by its definition (see the note at the top of the file).
    func checkDominance() throws {
        let dominators = StartEndDominators(function)
        for (b, block) in function.blocks.enumerated() {
            for (i, instruction) in block.instructions.enumerated() {
                let uses = instruction.operands + instruction.targets.flatMap(\.args)
                for use in uses {
                    guard let def = definitions[Int(use.index)] else { continue }
                    let ok: Bool
                    if def.block == b {
                        ok = def.index < i
                    } else if def.index == -1 {
                        ok = dominators.startDominatesStart(def.block, b)
                    } else {
                        ok = dominators.endDominatesStart(def.block, b)
                    }
                    guard ok else {
                        throw fail("\(use) (defined in bb\(def.block)) does not dominate its use in bb\(b)[\(i)]")
                    }
                }
            }
        }
    }
}

/// Dominators over block starts and ends (node 2b = start of block b, 2b+1 = its end).
struct StartEndDominators {
    private var idom: [Int]
    private var reachable: [Bool]

    init(_ function: IRFunction) {
        let n = function.blocks.count * 2
        var preds = Array(repeating: [Int](), count: n)
        var succs = Array(repeating: [Int](), count: n)
        func edge(_ a: Int, _ b: Int) {
            succs[a].append(b)
            preds[b].append(a)
        }
        for (b, block) in function.blocks.enumerated() {
            edge(2 * b, 2 * b + 1)
            for s in block.successors { edge(2 * b + 1, 2 * Int(s.index)) }
            if let h = block.handler { edge(2 * b, 2 * Int(h.index)) }
        }
        // Reverse postorder from the entry.
        var order: [Int] = []
        var visited = Array(repeating: false, count: n)
        var stack: [(Int, Int)] = [(0, 0)]
        visited[0] = true
        while let (node, next) = stack.popLast() {
            if next < succs[node].count {
                stack.append((node, next + 1))
                let s = succs[node][next]
                if !visited[s] {
                    visited[s] = true
                    stack.append((s, 0))
                }
            } else {
                order.append(node)
            }
        }
        order.reverse()
        var rpo = Array(repeating: -1, count: n)
        for (i, node) in order.enumerated() { rpo[node] = i }
        idom = Array(repeating: -1, count: n)
        idom[0] = 0
        var changed = true
        while changed {
            changed = false
            for node in order.dropFirst() {
                var newIdom = -1
                for p in preds[node] where idom[p] != -1 {
                    if newIdom == -1 {
                        newIdom = p
                    } else {
                        var a = p, b = newIdom
                        while a != b {
                            while rpo[a] > rpo[b] { a = idom[a] }
                            while rpo[b] > rpo[a] { b = idom[b] }
                        }
                        newIdom = a
                    }
                }
                if newIdom != idom[node] {
                    idom[node] = newIdom
                    changed = true
                }
            }
        }
        reachable = visited
    }

    private func dominates(_ a: Int, _ b: Int) -> Bool {
        // Unreachable code is not checked: nothing executes it.
        guard reachable[b] else { return true }
        var node = b
        while true {
            if node == a { return true }
            if node == 0 { return false }
            node = idom[node]
        }
    }

    func startDominatesStart(_ a: Int, _ b: Int) -> Bool { dominates(2 * a, 2 * b) }
    func endDominatesStart(_ a: Int, _ b: Int) -> Bool { dominates(2 * a + 1, 2 * b) }
}
