// The IR passes, one behaviour per test. Each test feeds IR text (to test one pass in isolation)
// or a Python snippet (to test what the pipeline makes of real lowering output) and asserts on the
// printed IR of one function. The verifier runs after every pass (see runPasses/compilePython).

import XCTest
@testable import AdderIR

final class PassTests: XCTestCase {
    // MARK: - promote-slots

    func testPromoteSlotsPutsBlockParametersAtJoins() throws {
        let module = try runPasses([PromoteSlots(), RenumberValues()], on: irModule("""
        bb0(%0):
          store_slot $c, %0 !1
          %1 = load_slot $c !2
          %2: bool = truth %1 !2
          branch %2, bb1, bb2 !2
        bb1:
          %3 = const 1 !3
          store_slot $x, %3 !3
          jump bb3 !3
        bb2:
          %4 = const 2 !4
          store_slot $x, %4 !4
          jump bb3 !4
        bb3:
          %5 = load_slot $x !5
          return %5 !5
        """, signature: "c", slots: "c, x"))
        assertSameText(try module.printed("f"), """
        func fn0 "f" qualname "f" line 1 (c) free () slots () {
        bb0(%0):
          %1 = unbound !1
          %2: bool = truth %0 !2
          branch %2, bb1, bb2 !2
        bb1:
          %3 = const 1 !3
          jump bb3(%3) !3
        bb2:
          %4 = const 2 !4
          jump bb3(%4) !4
        bb3(%5):
          return %5 !5
        }

        """)
    }

    func testPromoteSlotsOnALoop() throws {
        // The loop header gets a parameter for `i` (stored in the body); the unbound value flows in
        // from the entry for the slot that is only assigned in the loop.
        let module = try compilePython("""
        def f(n):
            i = 0
            while i < n:
                i = i + 1
            return i
        """, stopAfter: "promote-slots")
        let f = try module.function("f")
        XCTAssertEqual(f.slots, [])
        XCTAssert(try module.instructions(.loadSlot, in: "f").isEmpty)
        XCTAssert(try module.instructions(.storeSlot, in: "f").isEmpty)
        let headers = f.blocks.filter { !$0.params.isEmpty }.count
        XCTAssertGreaterThanOrEqual(headers, 2, "the entry and the loop header take parameters")
    }

    func testJoinAfterTheWholePipeline() throws {
        let module = try compilePython("""
        def f(c):
            if c:
                x = 1
            else:
                x = 2
            return x
        """)
        assertSameText(try module.printed("f"), """
        func fn1 "f" qualname "f" line 1 (c) free () slots () locals ("c", "x") {
        bb0(%0):
          %1: bool = truth %0 !2
          branch %1, bb1, bb3 !2
        bb1:
          %2 = const 1 !3
          jump bb2(%2) !2
        bb2(%3):
          return %3 !6
        bb3:
          %4 = const 2 !5
          jump bb2(%4) !2
        }

        """)
    }

    func testSlotsAssignedInATryBodyStaySlots() throws {
        let module = try compilePython("""
        def h(c):
            y = 0
            z = 5
            try:
                y = 1
                c()
            except ValueError:
                return y + z
            return y
        """)
        let h = try module.function("h")
        XCTAssertEqual(h.slots, ["y"], "y is assigned in the try body; z is not and is promoted")
        let stores = h.blocks.flatMap { block in
            block.instructions.filter { $0.op == .storeSlot }.map { _ in block.handler }
        }
        XCTAssertEqual(stores.count, 2, "y = 0 and y = 1 stay stores")
        XCTAssert(stores.contains { $0 != nil }, "one store is inside the protected region")
        // The handler reads the slot, not an SSA value from the try body.
        let loads = try module.instructions(.loadSlot, in: "h")
        XCTAssertEqual(loads.count, 2)
    }

    func testSlotsOnlyReadInsideATryArePromoted() throws {
        let module = try compilePython("""
        def f(c):
            k = 3
            try:
                c(k)
            except ValueError:
                return k
            return 0
        """)
        XCTAssertEqual(try module.function("f").slots, [])
    }

    func testStoresInsideExceptClausesStaySlots() throws {
        // An except clause has a handler of its own (the cleanup that restores the handled
        // exception), so a store inside it pins the slot too.
        let module = try compilePython("""
        def f(c):
            x = 0
            try:
                c()
            except ValueError:
                x = 1
            return x
        """)
        XCTAssertEqual(try module.function("f").slots, ["x"])
    }

    func testPromoteSlotsOnIRWithAHandler() throws {
        // $a is stored in the protected block: it stays. $b is only stored before it: promoted,
        // and the handler reads the value that reaches the protected block.
        let module = try runPasses([PromoteSlots(), RenumberValues()], on: irModule("""
        bb0:
          %0 = const 1 !1
          store_slot $a, %0 !1
          store_slot $b, %0 !1
          jump bb1 !1
        bb1 handler bb2:
          %1 = const 2 !2
          store_slot $a, %1 !2
          %2 = load_slot $b !3
          %3 = unop neg, %2 !3
          return %3 !3
        bb2:
          %4 = get_exception !4
          %5 = load_slot $a !4
          %6 = load_slot $b !4
          %7 = build_tuple %5, %6 !4
          return %7 !4
        """, slots: "a, b"))
        assertSameText(try module.printed("f"), """
        func fn0 "f" qualname "f" line 1 () free () slots (a) {
        bb0:
          %0 = unbound !1
          %1 = const 1 !1
          store_slot $a, %1 !1
          jump bb1 !1
        bb1 handler bb2:
          %2 = const 2 !2
          store_slot $a, %2 !2
          %3 = unop neg, %1 !3
          return %3 !3
        bb2:
          %4 = get_exception !4
          %5 = load_slot $a !4
          %6 = build_tuple %5, %1 !4
          return %6 !4
        }

        """)
    }

    // MARK: - remove-checks

    func testCheckBoundRemovedWhereDefinitelyBound() throws {
        let module = try compilePython("""
        def f(c):
            x = 0
            if c:
                x = 1
            return x
        """)
        XCTAssert(try module.instructions(.checkBound, in: "f").isEmpty, module.dump("f"))
    }

    func testCheckBoundKeptWhereMaybeUnbound() throws {
        let module = try compilePython("""
        def g(c):
            if c:
                y = 1
            return y
        """)
        assertSameText(try module.printed("g"), """
        func fn1 "g" qualname "g" line 1 (c) free () slots () locals ("c", "y") {
        bb0(%0):
          %1 = unbound !1
          %2: bool = truth %0 !2
          branch %2, bb1, bb2(%1) !2
        bb1:
          %3 = const 1 !3
          jump bb2(%3) !2
        bb2(%4):
          check_bound "y" local, %4 !4
          return %4 !4
        }

        """)
    }

    func testCheckBoundAfterDelIsKept() throws {
        let module = try compilePython("""
        def f():
            x = 1
            del x
            return x
        """)
        let checks = try module.instructions(.checkBound, in: "f")
        XCTAssertEqual(checks.count, 1, module.dump("f"))
        XCTAssertEqual(checks.first?.line, 4, "the check of the read after del; the del's own check is gone")
    }

    func testDominatedDuplicateCheckIsRemoved() throws {
        let module = try compilePython("""
        def dup(c):
            if c:
                y = 1
            print(y)
            print(y)
        """)
        let checks = try module.instructions(.checkBound, in: "dup")
        XCTAssertEqual(checks.map(\.line), [4], module.dump("dup"))
    }

    func testChecksInSiblingBranchesAreBothKept() throws {
        // Neither check dominates the other.
        let module = try compilePython("""
        def f(c, d):
            if c:
                y = 1
            if d:
                print(y)
            else:
                print(-y)
        """)
        XCTAssertEqual(try module.instructions(.checkBound, in: "f").map(\.line).sorted(), [5, 7])
    }

    func testChecksOfSlotsThatStayInMemoryAreKept() throws {
        let module = try compilePython("""
        def h(c):
            try:
                y = 1
                c()
            except ValueError:
                return y
            return y
        """)
        XCTAssertEqual(try module.instructions(.checkBound, in: "h").count, 2)
    }

    func testRemoveChecksOnIR() throws {
        let module = try runPasses([RemoveRedundantChecks()], on: irModule("""
        bb0(%0):
          %1 = unbound !1
          %2: bool = truth %0 !1
          check_bound "x" local, %0 !1
          branch %2, bb1(%1), bb1(%0) !1
        bb1(%3):
          check_bound "y" local, %3 !2
          check_bound "y" local, %3 !3
          return %3 !3
        """, signature: "x"))
        assertSameText(try module.printed("f"), """
        func fn0 "f" qualname "f" line 1 (x) free () slots () {
        bb0(%0):
          %1 = unbound !1
          %2: bool = truth %0 !1
          branch %2, bb1(%1), bb1(%0) !1
        bb1(%3):
          check_bound "y" local, %3 !2
          return %3 !3
        }

        """)
    }

    func testACheckInAProtectedBlockDoesNotCoverItsHandler() throws {
        // The handler may run because an instruction *before* the check raised: bb2 must still
        // check %3 (`f(0)` below raises TypeError at `c()` with x unbound).
        let module = try runPasses([RemoveRedundantChecks()], on: irModule("""
        bb0(%0):
          %1 = unbound !1
          %2: bool = truth %0 !2
          branch %2, bb1(%0), bb1(%1) !2
        bb1(%3) handler bb2:
          %4 = call -, %0 !5
          check_bound "x" local, %3 !6
          return %3 !6
        bb2:
          %5 = get_exception !7
          check_bound "x" local, %3 !8
          return %3 !8
        """, signature: "c"))
        XCTAssertEqual(try module.instructions(.checkBound, in: "f").map(\.line), [6, 8], module.dump("f"))
    }

    func testHandlerKeepsItsCheckOfAMaybeUnboundVariable() throws {
        let module = try compilePython("""
        def f(c):
            if c:
                x = 1
            try:
                c()
                print(x)
            except TypeError:
                print("handler", x)
        """)
        XCTAssertEqual(try module.instructions(.checkBound, in: "f").map(\.line).sorted(), [6, 8], module.dump("f"))
    }

    // MARK: - remove-unreachable

    func testCodeAfterReturnIsRemoved() throws {
        let module = try compilePython("""
        def k():
            return 1
            z = 2
            print(z)
        """)
        assertSameText(try module.printed("k"), """
        func fn1 "k" qualname "k" line 1 () free () slots () locals ("z",) {
        bb0:
          %0 = const 1 !2
          return %0 !2
        }

        """)
    }

    func testUnreachableBlocksRemovedAndTargetsRenumbered() throws {
        // bb1 is dead; bb3 is reached only as bb2's handler and must stay.
        let module = try runPasses([RemoveUnreachableBlocks()], on: irModule("""
        bb0:
          jump bb2 !1
        bb1:
          %0 = const 1 !2
          jump bb2 !2
        bb2 handler bb3:
          %1 = const 2 !3
          return %1 !3
        bb3:
          %2 = get_exception !4
          reraise %2 !4
        bb4:
          jump bb1 !5
        """))
        assertSameText(try module.printed("f"), """
        func fn0 "f" qualname "f" line 1 () free () slots () {
        bb0:
          jump bb1 !1
        bb1 handler bb2:
          %1 = const 2 !3
          return %1 !3
        bb2:
          %2 = get_exception !4
          reraise %2 !4
        }

        """)
    }

    // MARK: - simplify-params and dce

    func testTrivialBlockParametersAreRemoved() throws {
        // %2 always receives %0 (or itself, around the loop): it is %0.
        let module = try runPasses([SimplifyBlockParams(), RenumberValues()], on: irModule("""
        bb0(%0):
          jump bb1(%0) !1
        bb1(%2):
          %3: bool = truth %2 !2
          branch %3, bb1(%2), bb2 !2
        bb2:
          return %2 !3
        """, signature: "x"))
        assertSameText(try module.printed("f"), """
        func fn0 "f" qualname "f" line 1 (x) free () slots () {
        bb0(%0):
          jump bb1 !1
        bb1:
          %1: bool = truth %0 !2
          branch %1, bb1, bb2 !2
        bb2:
          return %0 !3
        }

        """)
    }

    func testDeadPureInstructionsAreRemovedButEffectsStay() throws {
        let module = try runPasses([RemoveDeadCode(), RenumberValues()], on: irModule("""
        bb0(%0):
          %1 = const 1 !1
          %2 = build_tuple %1, %1 !1
          %3 = binop add, %0, %1 !2
          %4 = load_global @g !3
          jump bb1(%1) !3
        bb1(%5):
          return %0 !4
        """, signature: "x"))
        assertSameText(try module.printed("f"), """
        func fn0 "f" qualname "f" line 1 (x) free () slots () {
        bb0(%0):
          %1 = const 1 !1
          %2 = binop add, %0, %1 !2
          %3 = load_global @g !3
          jump bb1 !3
        bb1:
          return %0 !4
        }

        """)
    }

    // MARK: - unique-concat

    func testAppendInALoopBecomesConcatUnique() throws {
        let module = try compilePython("""
        def f(n):
            s = ""
            for i in range(n):
                s += str(i)
            return s
        """)
        let concat = try module.instructions(.concatUnique, in: "f")
        XCTAssertEqual(concat.count, 1, module.dump("f"))
        XCTAssertEqual(concat.first?.imm, 1, "s += t is the in-place form")
        XCTAssert(try module.instructions(.inplace, in: "f").isEmpty)
    }

    func testPlainAdditionInALoopBecomesConcatUnique() throws {
        let module = try compilePython("""
        def f(words):
            s = ""
            for w in words:
                if s != "":
                    s = s + ","
                s = s + w
            return s
        """)
        let concat = try module.instructions(.concatUnique, in: "f")
        XCTAssertEqual(concat.map(\.imm), [0, 0], module.dump("f"))
    }

    func testEscapingStringsAreLeftAlone() throws {
        let snippets = [
            // appended to a list: the list keeps the object
            "def f(n):\n    s = ''\n    out = []\n    for i in range(n):\n        s += 'x'\n        out.append(s)\n    return out",
            // passed to a function
            "def f(n):\n    s = ''\n    for i in range(n):\n        s += 'x'\n        print(s)\n    return s",
            // stored in a global
            "def f(n):\n    global g\n    s = ''\n    for i in range(n):\n        s += 'x'\n        g = s\n    return s",
            // stored in a container
            "def f(n, d):\n    s = ''\n    for i in range(n):\n        s += 'x'\n        d[i] = s\n    return s",
            // put in a tuple
            "def f(n):\n    s = ''\n    for i in range(n):\n        s += 'x'\n    return (s, s)",
        ]
        for source in snippets {
            let module = try compilePython(source)
            XCTAssert(try module.instructions(.concatUnique, in: "f").isEmpty, "\(source)\n\(module.dump("f"))")
        }
    }

    func testCapturedStringsAreLeftAlone() throws {
        let module = try compilePython("""
        def f(n):
            s = ""
            def g():
                return s
            for i in range(n):
                s += "x"
            return g
        """)
        XCTAssert(try module.instructions(.concatUnique, in: "f").isEmpty)
    }

    func testComparisonsAndTruthDoNotMakeAStringEscape() throws {
        let module = try compilePython("""
        def f(n):
            s = ""
            for i in range(n):
                if s == "xxx" or not s:
                    s += "y"
                s += "x"
            return s
        """)
        XCTAssertEqual(try module.instructions(.concatUnique, in: "f").count, 2, module.dump("f"))
    }

    func testAStringCopiedToAnotherVariableIsNotExtendedInPlace() throws {
        // `t = s` makes the old value of s reachable after `s += "x"`: extending it in place would
        // change t as well (CPython prints "xx" here; an in-place append would make t "xxx").
        let module = try compilePython("""
        def f():
            s = ""
            t = ""
            for i in range(3):
                t = s
                s += "x"
            return t
        """)
        XCTAssertFalse(try module.instructions(.concatUnique, in: "f").contains { $0.line == 6 },
                       "the value of s escapes into t:\n\(module.dump("f"))")
    }

    func testAStringReadAfterItWasExtendedIsNotExtendedInPlace() throws {
        // The old value is compared after the append: CPython returns 1, an in-place append 0.
        let module = try compilePython("""
        def f():
            s = ""
            n = 0
            for i in range(4):
                old = s
                s += "x"
                if old == "xx":
                    n += 1
            return n
        """)
        XCTAssertFalse(try module.instructions(.concatUnique, in: "f").contains { $0.line == 6 },
                       "old is read after the append:\n\(module.dump("f"))")
    }

    func testUniqueConcatOnIR() throws {
        // The web {%1, %2, %4} is used only by the additions, the back edge and the return.
        let module = try runPasses([MarkUniqueConcat()], on: irModule("""
        bb0(%0):
          %1 = const "" !1
          jump bb1(%1) !1
        bb1(%2):
          %3: bool = truth %0 !2
          branch %3, bb2, bb3 !2
        bb2:
          %4 = inplace add, %2, %0 !3
          jump bb1(%4) !3
        bb3:
          return %2 !4
        """, signature: "x"))
        XCTAssertEqual(try module.instructions(.concatUnique, in: "f").map(\.imm), [1])
    }
}
