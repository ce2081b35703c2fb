// Removes instructions without side effects whose results are unused, and block parameters that
// nothing reads, until nothing changes.

public struct RemoveDeadCode: IRPass {
    public init() {}
    public var name: String { "dce" }

    /// Instructions that only compute their result (they may allocate, but they cannot fail or
    /// change anything observable).
    static let pure: Set<Opcode> = [
        .const_, .unbound, .loadSlot, .newCell, .loadClosure, .makeFunction, .is_, .boolNot, .boxBool,
        .buildList, .buildTuple, .buildSlice, .listToTuple, .tupleGet, .buildString, .matchSequence,
        .matchMapping,
    ]

    public func run(_ function: IRFunction, in module: IRModule) {
        var changed = true
        while changed {
            changed = false
            let uses = function.useCounts()
            for b in function.blocks.indices {
                let before = function.blocks[b].instructions.count
                function.blocks[b].instructions.removeAll { instruction in
                    guard let r = instruction.result, Self.pure.contains(instruction.op) else { return false }
                    return uses[Int(r.index)] == 0
                }
                if function.blocks[b].instructions.count != before { changed = true }
            }
            for (b, dead) in deadParams(function) where !dead.isEmpty {
                removeParams(dead, of: b, in: function)
                changed = true
            }
        }
    }

    /// The parameters (positions, per block) that no instruction needs: a parameter is live when an
    /// instruction or a terminator's own operand reads it, or when it is passed to a live
    /// parameter. Loop-carried variables that nothing reads after the loop form cycles of
    /// parameters passed only to each other; counting uses would keep them forever.
    private func deadParams(_ function: IRFunction) -> [(Int, [Int])] {
        var live = Set<Value>()
        var work: [Value] = []
        func markLive(_ v: Value) {
            if live.insert(v).inserted { work.append(v) }
        }
        // Where each parameter comes from: for block b, position k, the values passed to it.
        var position: [Value: (block: Int, index: Int)] = [:]
        for (b, block) in function.blocks.enumerated() {
            for (k, p) in block.params.enumerated() { position[p] = (b, k) }
        }
        var passed = Array(repeating: [[Value]](), count: function.blocks.count)
        for block in function.blocks {
            for instruction in block.instructions {
                for v in instruction.operands { markLive(v) }
                for target in instruction.targets { passed[Int(target.block.index)].append(target.args) }
            }
        }
        // The entry block's parameters are the function's: always live.
        for p in function.blocks.first?.params ?? [] { markLive(p) }
        while let v = work.popLast() {
            guard let (b, k) = position[v], b > 0 else { continue }
            for args in passed[b] { markLive(args[k]) }
        }
        return function.blocks.indices.dropFirst().map { b in
            (b, function.blocks[b].params.enumerated().filter { !live.contains($0.element) }.map(\.offset))
        }
    }
}
