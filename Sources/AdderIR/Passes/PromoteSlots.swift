// SSA construction: promotes frame slots to SSA values (block parameters where definitions meet),
// following Cytron et al.: parameters at the iterated dominance frontier of the stores, then renaming
// along the dominator tree.
//
// A slot stored in a block that has a handler stays a slot: the handler must see the value of the
// latest store, whichever instruction raised. For every other slot, no store happens inside a
// handler's region, so the value reaching a handler is the one reaching the start of its region,
// and handlers never need parameters.

public struct PromoteSlots: IRPass {
    public init() {}
    public var name: String { "promote-slots" }

    public func run(_ function: IRFunction, in module: IRModule) {
        let slotCount = function.slots.count
        guard slotCount > 0 else { return }
        var pinned = Array(repeating: false, count: slotCount)
        var storeBlocks = Array(repeating: Set<Int>(), count: slotCount)
        var isHandler = Array(repeating: false, count: function.blocks.count)
        for block in function.blocks {
            if let h = block.handler { isHandler[Int(h.index)] = true }
        }
        for (b, block) in function.blocks.enumerated() {
            for instruction in block.instructions where instruction.op == .storeSlot {
                let s = Int(instruction.imm)
                storeBlocks[s].insert(b)
                if block.handler != nil { pinned[s] = true }
            }
        }
        let promoted = (0..<slotCount).filter { !pinned[$0] }
        guard !promoted.isEmpty else { return }

        let dominators = BlockDominators(function)
        let frontiers = dominators.frontiers()
        // Block parameters: phis[b] lists (slot, parameter) in the order they were added.
        var phis = Array(repeating: [(slot: Int, value: Value)](), count: function.blocks.count)
        for s in promoted {
            var work = Array(storeBlocks[s].union([0]))
            var placed = Set<Int>()
            while let b = work.popLast() {
                for f in frontiers[b] where !placed.contains(f) && !isHandler[f] && f != 0 {
                    placed.insert(f)
                    let param = function.newValue()
                    phis[f].append((s, param))
                    function.blocks[f].params.append(param)
                    work.append(f)
                }
            }
        }

        // The value of a slot before any store: unbound.
        let unbound = function.newValue()
        function.blocks[0].instructions.insert(
            Instruction(.unbound, result: unbound, line: function.firstLine), at: 0)

        var isPromoted = Array(repeating: false, count: slotCount)
        for s in promoted { isPromoted[s] = true }
        var substitution: [Value: Value] = [:]
        var current = Array(repeating: unbound, count: slotCount)

        // Iterative dominator-tree walk: (block, saved definitions) frames.
        func visit(_ b: Int) {
            var stack: [(block: Int, saved: [Value]?, childIndex: Int)] = [(b, nil, 0)]
            while !stack.isEmpty {
                let top = stack.count - 1
                if stack[top].saved == nil {
                    stack[top].saved = current
                    rename(stack[top].block)
                }
                let block = stack[top].block
                if stack[top].childIndex < dominators.children[block].count {
                    let child = dominators.children[block][stack[top].childIndex]
                    stack[top].childIndex += 1
                    stack.append((child, nil, 0))
                } else {
                    current = stack[top].saved!
                    stack.removeLast()
                }
            }
        }

        func rename(_ b: Int) {
            for (slot, param) in phis[b] { current[slot] = param }
            var kept: [Instruction] = []
            kept.reserveCapacity(function.blocks[b].instructions.count)
            for instruction in function.blocks[b].instructions {
                let s = Int(instruction.imm)
                if instruction.op == .loadSlot && isPromoted[s] {
                    substitution[instruction.result!] = current[s]
                } else if instruction.op == .storeSlot && isPromoted[s] {
                    current[s] = instruction.operands[0]
                } else {
                    kept.append(instruction)
                }
            }
            if var terminator = kept.last, terminator.isTerminator {
                for t in terminator.targets.indices {
                    let target = Int(terminator.targets[t].block.index)
                    for (slot, _) in phis[target] { terminator.targets[t].args.append(current[slot]) }
                }
                kept[kept.count - 1] = terminator
            }
            function.blocks[b].instructions = kept
        }

        visit(0)
        function.substitute(substitution)
        // Slots that were promoted are gone; keep the names of the pinned ones only.
        var newSlot = Array(repeating: Int32(-1), count: slotCount)
        var names: [String] = []
        for s in 0..<slotCount where pinned[s] {
            newSlot[s] = Int32(names.count)
            names.append(function.slots[s])
        }
        for b in function.blocks.indices {
            for i in function.blocks[b].instructions.indices
            where function.blocks[b].instructions[i].op == .loadSlot || function.blocks[b].instructions[i].op == .storeSlot {
                let old = Int(function.blocks[b].instructions[i].imm)
                function.blocks[b].instructions[i].imm = newSlot[old]
            }
        }
        function.slots = names
    }
}
