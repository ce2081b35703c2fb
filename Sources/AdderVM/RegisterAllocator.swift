// Register allocation for the bytecode: every SSA value gets a frame register.
//
// Linear scan over live intervals: blocks are laid out in reverse postorder, each instruction takes
// two positions (its uses, then its definition), and a value's interval runs from its definition to
// its last use, stretched over every block where it is live (liveness is computed on the SSA graph
// with handler edges: a value live into a handler is live through every block that unwinds to it).
// Parameters are pinned to R[0..<nparams] and frame slots to the registers after them; the result
// of an instruction may reuse a register whose value dies at that instruction (operands are read
// before the result is written).

import AdderIR

struct RegisterAssignment {
    /// The register of every value (-1 for values that are never defined).
    var register: [Int]
    /// Blocks in layout order.
    var layout: [Int]
    /// Registers in use by values (parameters, slots and temporaries).
    var valueRegisters: Int
    /// The first register of the frame slots.
    var slotBase: Int
}

enum RegisterAllocator {
    static func allocate(_ function: IRFunction) -> RegisterAssignment {
        let layout = blockLayout(function)
        let live = Liveness(function)
        let nparams = function.signature.count
        // A generator's frame keeps its resume state, sent value and thrown exception after the
        // parameters (AD_GEN_*).
        let slotBase = nparams + (function.isGenerator ? 3 : 0)
        let firstFree = slotBase + function.slots.count

        // Positions: block b's instructions occupy [start[b], end[b]].
        var blockStart = Array(repeating: 0, count: function.blocks.count)
        var blockEnd = Array(repeating: 0, count: function.blocks.count)
        var position = 0
        for b in layout {
            blockStart[b] = position
            position += 2 * max(1, function.blocks[b].instructions.count)
            blockEnd[b] = position - 1
            position += 1
        }

        let count = function.valueTypes.count
        var start = Array(repeating: Int.max, count: count)
        var end = Array(repeating: -1, count: count)
        func extend(_ v: Value, _ p: Int) {
            let i = Int(v.index)
            start[i] = min(start[i], p)
            end[i] = max(end[i], p)
        }
        for b in layout {
            let block = function.blocks[b]
            for v in live.liveIn[b] { extend(v, blockStart[b]) }
            for v in live.liveOut[b] { extend(v, blockEnd[b]) }
            for p in block.params { extend(p, blockStart[b]) }
            for (i, instruction) in block.instructions.enumerated() {
                let use = blockStart[b] + 2 * i
                for v in instruction.operands { extend(v, use) }
                for t in instruction.targets { for v in t.args { extend(v, blockEnd[b]) } }
                if let r = instruction.result { extend(r, use + 1) }
            }
        }

        var register = Array(repeating: -1, count: count)
        for (i, p) in function.blocks[0].params.enumerated() { register[Int(p.index)] = i }
        // Values in order of their interval start; parameters are already placed.
        let order = (0..<count).filter { start[$0] != Int.max && register[$0] == -1 }.sorted { start[$0] < start[$1] }
        var active: [(end: Int, reg: Int)] = function.blocks[0].params.map { (end[Int($0.index)], register[Int($0.index)]) }
        var free: [Int] = []
        var next = firstFree
        for v in order {
            let s = start[v]
            // Expire intervals that end before this definition.
            active.removeAll { interval in
                if interval.end < s {
                    free.append(interval.reg)
                    return true
                }
                return false
            }
            let reg: Int
            if let r = free.popLast() {
                reg = r
            } else {
                reg = next
                next += 1
            }
            register[v] = reg
            active.append((end[v], reg))
        }
        return RegisterAssignment(register: register, layout: layout, valueRegisters: next, slotBase: slotBase)
    }

    /// Blocks in reverse postorder (successors before handlers, so that the fall-through path of a
    /// branch tends to be the next block).
    static func blockLayout(_ function: IRFunction) -> [Int] {
        let n = function.blocks.count
        var visited = Array(repeating: false, count: n)
        var post: [Int] = []
        var stack: [(Int, Int)] = [(0, 0)]
        visited[0] = true
        func successors(_ b: Int) -> [Int] {
            var s = function.blocks[b].successors.map { Int($0.index) }.reversed().map { $0 }
            if let h = function.blocks[b].handler { s.insert(Int(h.index), at: 0) }
            return s
        }
        while let (node, i) = stack.popLast() {
            let succ = successors(node)
            if i < succ.count {
                stack.append((node, i + 1))
                if !visited[succ[i]] {
                    visited[succ[i]] = true
                    stack.append((succ[i], 0))
                }
            } else {
                post.append(node)
            }
        }
        return post.reversed()
    }
}
