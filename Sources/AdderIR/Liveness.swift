// SSA liveness: which values are live into and out of each block. Block arguments are uses at the
// end of the predecessor; a block's parameters are defined at its start; a value live into a
// handler is live through every block that unwinds to it (the handler may be entered from any of
// its instructions).

public struct Liveness {
    public var liveIn: [Set<Value>]
    public var liveOut: [Set<Value>]

    public init(_ function: IRFunction) {
        let n = function.blocks.count
        var uses = Array(repeating: Set<Value>(), count: n)
        var defs = Array(repeating: Set<Value>(), count: n)
        for (b, block) in function.blocks.enumerated() {
            defs[b].formUnion(block.params)
            for instruction in block.instructions {
                for v in instruction.operands where !defs[b].contains(v) { uses[b].insert(v) }
                for t in instruction.targets { for v in t.args where !defs[b].contains(v) { uses[b].insert(v) } }
                if let r = instruction.result { defs[b].insert(r) }
            }
        }
        liveIn = Array(repeating: Set<Value>(), count: n)
        liveOut = Array(repeating: Set<Value>(), count: n)
        var changed = true
        while changed {
            changed = false
            for b in (0..<n).reversed() {
                var out = Set<Value>()
                for s in function.blocks[b].successors {
                    out.formUnion(liveIn[Int(s.index)].subtracting(function.blocks[Int(s.index)].params))
                }
                if let h = function.blocks[b].handler { out.formUnion(liveIn[Int(h.index)]) }
                let inn = uses[b].union(out.subtracting(defs[b]))
                if out != liveOut[b] || inn != liveIn[b] {
                    liveOut[b] = out
                    liveIn[b] = inn
                    changed = true
                }
            }
        }
    }

    /// The values live just after instruction `index` of block `block`.
    public func liveAfter(_ function: IRFunction, block: Int, index: Int) -> Set<Value> {
        var live = liveOut[block]
        let instructions = function.blocks[block].instructions
        for i in stride(from: instructions.count - 1, to: index, by: -1) {
            if let r = instructions[i].result { live.remove(r) }
            live.formUnion(instructions[i].operands)
            for t in instructions[i].targets { live.formUnion(t.args) }
        }
        return live
    }
}
