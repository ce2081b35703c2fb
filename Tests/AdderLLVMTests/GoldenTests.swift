// A golden test of `dump llvm` for a small function: the fast paths are inline (tagged small-int
// addition with llvm.sadd.with.overflow, a direct branch on the comparison), the runtime is called
// on the slow path only. Regenerate with ADDER_UPDATE_GOLDEN=1 after deliberate codegen changes.
import AdderIR
import AdderLLVM
import AdderSema
import AdderSyntax
import Foundation
import XCTest

final class GoldenTests: LLVMTestCase {
    func testSumBelowCompilesToInlineFastPaths() throws {
        let source = SourceFile(path: "golden.py", text: """
        def sum_below(n):
            total = 0
            i = 0
            while i < n:
                total = total + i
                i = i + 1
            return total
        """)
        let tree = try parseModule(source)
        let ir = try Lowering.lower(tree, scopes: try ScopeTable.analyze(tree), filename: "golden.py")
        try Pipeline(verify: true).run(ir)
        let text = function("adder_fn1_sum_below", in: try llvmText(ir))
        XCTAssertFalse(text.isEmpty)
        XCTAssert(text.contains("@llvm.sadd.with.overflow.i64"), "the addition's fast path is inline")
        XCTAssert(text.contains("icmp slt i64"), "the comparison of small ints is inline")
        XCTAssert(text.contains("@ad_compare_bool"), "the comparison's slow path calls the runtime")

        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden/sum_below.ll")
        if ProcessInfo.processInfo.environment["ADDER_UPDATE_GOLDEN"] != nil {
            try text.write(to: golden, atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(text, try String(contentsOf: golden, encoding: .utf8),
                       "dump llvm of sum_below changed; if deliberate, rerun with ADDER_UPDATE_GOLDEN=1")
    }
}
