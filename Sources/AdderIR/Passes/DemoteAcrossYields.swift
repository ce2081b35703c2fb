// In a generator, the values that are live across a `yield` move to frame slots: a generator's
// slots live in its frame object between resumptions, while the machine registers of compiled code
// do not survive the return that a yield is. Each such value is stored to its slot right after its
// definition and loaded again just before each use (reg2mem), which keeps the IR in SSA form with
// every use dominated by a load. The interpreter keeps a generator's whole register frame anyway;
// for it the loads and stores are register moves.

public struct DemoteAcrossYields: IRPass {
    public init() {}
    public var name: String { "demote-across-yields" }

    public func run(_ function: IRFunction, in module: IRModule) {
        guard function.isGenerator else { return }
        let liveness = Liveness(function)
        var demoted: [Value] = []
        var seen = Set<Value>()
        for (b, block) in function.blocks.enumerated() {
            for (i, instruction) in block.instructions.enumerated() where instruction.op == .yield {
                // Conditions (i1) never outlive the branch they feed; only objects cross a yield.
                for v in liveness.liveAfter(function, block: b, index: i).sorted()
                where v != instruction.result && function.type(of: v) == .object {
                    if seen.insert(v).inserted { demoted.append(v) }
                }
            }
        }
        guard !demoted.isEmpty else { return }
        var slotOf: [Value: Int32] = [:]
        for v in demoted {
            slotOf[v] = Int32(function.slots.count)
            function.slots.append("yield.\(v.index)")
        }
        for b in function.blocks.indices {
            var rewritten: [Instruction] = []
            // Parameters are stored first thing in their block.
            for p in function.blocks[b].params {
                if let s = slotOf[p] { rewritten.append(Instruction(.storeSlot, operands: [p], imm: s, line: lineOf(b, function))) }
            }
            for var instruction in function.blocks[b].instructions {
                instruction.operands = instruction.operands.map { reload($0, slotOf, into: &rewritten, function, instruction.line) }
                for t in instruction.targets.indices {
                    instruction.targets[t].args = instruction.targets[t].args.map {
                        reload($0, slotOf, into: &rewritten, function, instruction.line)
                    }
                }
                rewritten.append(instruction)
                if let r = instruction.result, let s = slotOf[r] {
                    rewritten.append(Instruction(.storeSlot, operands: [r], imm: s, line: instruction.line))
                }
            }
            function.blocks[b].instructions = rewritten
        }
    }

    /// A use of a demoted value becomes a fresh load of its slot.
    private func reload(_ v: Value, _ slotOf: [Value: Int32], into out: inout [Instruction], _ function: IRFunction,
                        _ line: Int32) -> Value {
        guard let s = slotOf[v] else { return v }
        let loaded = function.newValue(function.type(of: v))
        out.append(Instruction(.loadSlot, result: loaded, imm: s, line: line))
        return loaded
    }

    private func lineOf(_ block: Int, _ function: IRFunction) -> Int32 {
        function.blocks[block].instructions.first?.line ?? function.firstLine
    }
}
