// Removes blocks that no path from the entry reaches (code after `return`, empty joins), and
// renumbers the remaining blocks in their original order.

public struct RemoveUnreachableBlocks: IRPass {
    public init() {}
    public var name: String { "remove-unreachable" }

    public func run(_ function: IRFunction, in module: IRModule) {
        let reachable = function.reachableBlocks()
        guard reachable.contains(false) else { return }
        var newIndex = Array(repeating: -1, count: function.blocks.count)
        var kept: [Block] = []
        for (b, block) in function.blocks.enumerated() where reachable[b] {
            newIndex[b] = kept.count
            kept.append(block)
        }
        func remap(_ id: BlockID) -> BlockID { BlockID(newIndex[Int(id.index)]) }
        for b in kept.indices {
            kept[b].handler = kept[b].handler.map(remap)
            for i in kept[b].instructions.indices {
                for t in kept[b].instructions[i].targets.indices {
                    kept[b].instructions[i].targets[t].block = remap(kept[b].instructions[i].targets[t].block)
                }
            }
        }
        function.blocks = kept
    }
}
