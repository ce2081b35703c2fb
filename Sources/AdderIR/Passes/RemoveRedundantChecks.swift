// Removes `check_bound` where the value cannot be unbound: after SSA construction, a value is
// possibly unbound only if it comes from `unbound`, from a slot that stayed in memory, or from a
// block parameter that may receive such a value. A check is also removed when another check of the
// same value always ran before it: earlier in the same block, or anywhere in a block whose end
// dominates this block's start. (Dominance is over block starts and ends, as the verifier's: a
// handler may be entered before the instructions of a protected block have run, so a check inside
// that block does not cover its handler.)

public struct RemoveRedundantChecks: IRPass {
    public init() {}
    public var name: String { "remove-checks" }

    public func run(_ function: IRFunction, in module: IRModule) {
        let maybeUnbound = possiblyUnbound(function)
        let dominators = StartEndDominators(function)
        // The blocks where each value is checked.
        var checkedIn: [Value: [Int]] = [:]
        for (b, block) in function.blocks.enumerated() {
            for instruction in block.instructions where instruction.op == .checkBound {
                let v = instruction.operands[0]
                if checkedIn[v]?.last != b { checkedIn[v, default: []].append(b) }
            }
        }
        for b in function.blocks.indices {
            var checkedHere = Set<Value>()
            function.blocks[b].instructions.removeAll { instruction in
                guard instruction.op == .checkBound else { return false }
                let v = instruction.operands[0]
                if !maybeUnbound.contains(v) || checkedHere.contains(v) { return true }
                checkedHere.insert(v)
                return checkedIn[v]!.contains { other in other != b && dominators.endDominatesStart(other, b) }
            }
        }
    }

    private func possiblyUnbound(_ function: IRFunction) -> Set<Value> {
        var maybe = Set<Value>()
        for block in function.blocks {
            for instruction in block.instructions where instruction.op == .unbound || instruction.op == .loadSlot {
                maybe.insert(instruction.result!)
            }
        }
        var changed = true
        while changed {
            changed = false
            for block in function.blocks {
                for call in block.terminator?.targets ?? [] {
                    let params = function[call.block].params
                    for (arg, param) in zip(call.args, params) where maybe.contains(arg) && !maybe.contains(param) {
                        maybe.insert(param)
                        changed = true
                    }
                }
            }
        }
        return maybe
    }
}
