// The bytecode encoder: golden tests that assert the exact bytecode small functions compile to (as
// Lua's test suite does), compared as `disassembled()` text, plus properties every encoded function
// of the corpus must have (it passes the bytecode verifier; every word has a line; handler ranges
// are sorted and disjoint).
//
// When an encoder change alters a golden on purpose, read the new disassembly and paste it here.

import XCTest
import AdderIR
@testable import AdderVM

final class EncoderTests: XCTestCase {
    func testWhileLoopFusesTheCompareIntoTheJump() throws {
        let bytecode = try compileBytecode("""
        def loop(n):
            i = 0
            while i < n:
                i += 1
            return i
        """)
        assertSameText(try bytecode.disassembly(of: "loop"), """
        function 1 loop (n): 5 registers, slots r1..<r1
             0  LOAD_K r1, 0                                  ; line 2
             1  JLT r1, r0, 1, -> 7                           ; line 3
             3  LOAD_K r2, 1                                  ; line 4
             4  CONCAT_UNIQUE r2, r1, r2, 1                   ; line 4
             5  MOVE r1, r2                                   ; line 3
             6  JMP -> 1                                      ; line 3
             7  return r1                                     ; line 5

        """)
    }

    func testForLoopUsesForNext() throws {
        let bytecode = try compileBytecode("""
        def count(xs):
            n = 0
            for _ in xs:
                n += 1
            return n
        """)
        assertSameText(try bytecode.disassembly(of: "count"), """
        function 1 count (xs): 5 registers, slots r1..<r1
             0  LOAD_K r1, 0                                  ; line 2
             1  GET_ITER r0, r0                               ; line 3
             2  FOR_NEXT r2, r0, -> 5                         ; line 3
             4  JMP -> 6                                      ; line 3
             5  return r1                                     ; line 5
             6  LOAD_K r2, 1                                  ; line 4
             7  CONCAT_UNIQUE r2, r1, r2, 1                   ; line 4
             8  MOVE r1, r2                                   ; line 3
             9  JMP -> 2                                      ; line 3

        """)
    }

    func testCallsWithKeywords() throws {
        let bytecode = try compileBytecode("""
        def kw(g, xs):
            xs.sort(key=g, reverse=True)
            return g(1, key=2, other=3)
        """)
        assertSameText(try bytecode.disassembly(of: "kw"), """
        function 1 kw (g, xs): 6 registers, slots r2..<r2
             0  LOAD_K r2, True                               ; line 2
             1  CALL_METHOD r2, r1, 2, ext 'sort' keywords ("key", "reverse"), (r0, r2)  ; line 2
             4  LOAD_K r2, 1                                  ; line 3
             5  LOAD_K r1, 2                                  ; line 3
             6  LOAD_K r3, 3                                  ; line 3
             7  CALL_KW r3, r0, 3, ext keywords ("key", "other"), (r2, r1, r3)  ; line 3
            10  return r3                                     ; line 3

        """)
    }

    func testTryExceptAndItsHandlerRanges() throws {
        let bytecode = try compileBytecode("""
        def guarded(d, k):
            try:
                v = d[k]
            except KeyError as e:
                v = None
            return v
        """)
        assertSameText(try bytecode.disassembly(of: "guarded"), """
        function 1 guarded (d, k): 8 registers, slots r2..<r4
             0  GETITEM r1, r0, r1                            ; line 3
             1  MOVE r2, r1                                   ; line 3
             2  JMP -> 15                                     ; line 2
             3  GET_EXCEPTION r1                              ; line 2
             4  ENTER_HANDLER r0, r1                          ; line 2
             5  LOAD_GLOBAL r4, @KeyError                     ; line 4
             6  EXC_MATCH r4, r1, r4                          ; line 4
             7  JTRUE r4, 1, -> 23                            ; line 4
             9  MOVE r3, r1                                   ; line 4
            10  LOAD_K r4, None                               ; line 5
            11  MOVE r2, r4                                   ; line 5
            12  EXIT_HANDLER r0                               ; line 4
            13  LOAD_UNBOUND r4                               ; line 4
            14  MOVE r3, r4                                   ; line 4
            15  MOVE r4, r2                                   ; line 6
            16  CHECK_BOUND r4, 'v', 0                        ; line 6
            17  return r4                                     ; line 6
            18  GET_EXCEPTION r4                              ; line 4
            19  LOAD_UNBOUND r5                               ; line 4
            20  MOVE r3, r5                                   ; line 4
            21  EXIT_HANDLER r0                               ; line 4
            22  RERAISE r4                                    ; line 4
            23  EXIT_HANDLER r0                               ; line 2
            24  RERAISE r1                                    ; line 2
            25  GET_EXCEPTION r5                              ; line 2
            26  EXIT_HANDLER r0                               ; line 2
            27  RERAISE r5                                    ; line 2
          handler [0, 2) -> 3
          handler [5, 10) -> 25
          handler [10, 15) -> 18

        """)
        let f = try bytecode.function("guarded")
        XCTAssertEqual(f.handlers, [HandlerRange(start: 0, end: 2, handler: 3), HandlerRange(start: 5, end: 10, handler: 25),
                                    HandlerRange(start: 10, end: 15, handler: 18)])
    }

    func testBranchArgumentsGoThroughAStub() throws {
        // Both successors of the `if` take x: the moves of the taken side go through a stub at the
        // end of the function; the other side's moves follow the conditional jump.
        let bytecode = try compileBytecode("""
        def pick(c, a, b):
            if c:
                x = a
            else:
                x = b
            return x
        """)
        let text = try bytecode.disassembly(of: "pick")
        XCTAssert(text.contains("JTRUE r0, 1, -> "), text)
        let f = try bytecode.function("pick")
        XCTAssertNoThrow(try BytecodeVerifier.verify(f, in: bytecode))
    }

    func testSwapNeedsTheScratchRegisterForACycle() throws {
        // a, b = b, a around a loop: the parallel move (a <- b, b <- a) is a cycle.
        let bytecode = try compileBytecode("""
        def swap(a, b, n):
            while n:
                a, b = b, a
                n -= 1
            return a, b
        """)
        let f = try bytecode.function("swap")
        let scratch = f.frameSize - 2
        XCTAssert(try bytecode.disassembly(of: "swap").contains("MOVE r\(scratch), "),
                  "a cycle of moves goes through the scratch register r\(scratch)")
    }

    func testFunctionMetadata() throws {
        let bytecode = try compileBytecode("""
        def f(a, /, b=1, *args, c, **kw):
            "doc"
            def g():
                return a
            return g
        """)
        let f = try bytecode.function("f")
        XCTAssertEqual(f.signature.names, ["a", "b", "c", "args", "kw"])
        XCTAssertEqual(f.docstring, Array("doc".utf8))
        XCTAssertEqual(f.firstLine, 1)
        XCTAssertEqual(f.slotBase, 5)
        let g = try bytecode.function("f.<locals>.g")
        XCTAssertEqual(g.freeVars, ["a"])
        XCTAssertNil(g.docstring)
    }

    // MARK: - Properties over the corpus

    func testCorpusBytecodeIsWellFormed() throws {
        let programs = try corpusIR()
        XCTAssertGreaterThan(programs.count, 50)
        for (path, ir) in programs {
            let bytecode = BytecodeModule(ir)
            XCTAssertNoThrow(try BytecodeVerifier.verify(bytecode), path)
            for f in bytecode.functions {
                XCTAssertEqual(f.lines.count, f.code.count, "\(path): \(f.qualname)")
                XCTAssert(f.lines.allSatisfy { $0 >= 0 }, "\(path): \(f.qualname): negative line")
                for (a, b) in zip(f.handlers, f.handlers.dropFirst()) {
                    XCTAssertLessThanOrEqual(a.end, b.start, "\(path): \(f.qualname): handler ranges overlap")
                }
                XCTAssertGreaterThanOrEqual(f.frameSize, f.signature.count + f.slotCount + 2)
            }
            // The disassembler shows every word.
            XCTAssertFalse(bytecode.disassembled().isEmpty)
        }
    }
}
