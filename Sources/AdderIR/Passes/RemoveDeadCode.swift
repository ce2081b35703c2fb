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
            // Parameters whose only uses are as arguments to themselves are dead too; the simple
            // test (no uses at all) is enough to converge with the loop above.
            for b in function.blocks.indices.dropFirst() {
                let dead = function.blocks[b].params.enumerated().filter { uses[Int($0.element.index)] == 0 }.map(\.offset)
                if !dead.isEmpty {
                    removeParams(dead, of: b, in: function)
                    changed = true
                }
            }
        }
    }
}
