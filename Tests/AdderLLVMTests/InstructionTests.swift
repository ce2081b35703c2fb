// The LLVM lowering of each IR instruction kind, checked by behaviour: a module body in IR text runs
// in the JIT and stores its result in the global `result`.
import AdderIR
import AdderLLVM
import XCTest

final class InstructionTests: LLVMTestCase {
    /// Run `lines` (ending with `%r` holding the result) and return repr(result).
    func eval(_ lines: String, functions: String = "", optLevel: Int = 2) throws -> String {
        try run(module("""
        bb0:
        \(lines)
          store_global @result, %r !1
          %none = const None !1
          return %none !1
        """.replacingOccurrences(of: "%none", with: "%999").replacingOccurrences(of: "%r", with: "%900"),
                        functions: functions), optLevel: optLevel)
    }

    func testConstantsOfEveryKind() throws {
        XCTAssertEqual(try eval("  %900 = const 42 !1"), "42")
        XCTAssertEqual(try eval("  %900 = const 123456789012345678901234567890 !1"), "123456789012345678901234567890")
        XCTAssertEqual(try eval("  %900 = const -4611686018427387904 !1"), "-4611686018427387904")
        XCTAssertEqual(try eval("  %900 = const 0.1 !1"), "0.1")
        XCTAssertEqual(try eval("  %900 = const 2.0j !1"), "2j")
        XCTAssertEqual(try eval("  %900 = const \"h\\u{e9}llo\" !1"), "'héllo'")
        XCTAssertEqual(try eval("  %900 = const b\"a\\xff\" !1"), "b'a\\xff'")
        XCTAssertEqual(try eval("  %900 = const (1, (\"x\", None), True) !1"), "(1, ('x', None), True)")
        XCTAssertEqual(try eval("  %900 = const frozenset(3, 1, 2) !1"), "frozenset({1, 2, 3})")
        XCTAssertEqual(try eval("  %900 = const Ellipsis !1"), "Ellipsis")
    }

    func testSmallIntArithmeticAndOverflowIntoBigInts() throws {
        for level in [0, 2] {
            XCTAssertEqual(try eval("""
              %1 = const 4611686018427387903 !1
              %2 = const 1 !1
              %900 = binop add, %1, %2 !1
            """, optLevel: level), "4611686018427387904")
            XCTAssertEqual(try eval("""
              %1 = const -4611686018427387904 !1
              %2 = const 1 !1
              %900 = binop sub, %1, %2 !1
            """, optLevel: level), "-4611686018427387905")
            XCTAssertEqual(try eval("""
              %1 = const 3037000500 !1
              %900 = binop mul, %1, %1 !1
            """, optLevel: level), "9223372037000250000")
            XCTAssertEqual(try eval("""
              %1 = const -7 !1
              %2 = const 2 !1
              %3 = binop floordiv, %1, %2 !1
              %4 = binop mod, %1, %2 !1
              %900 = build_tuple %3, %4 !1
            """, optLevel: level), "(-4, 1)")
            XCTAssertEqual(try eval("""
              %1 = const 12 !1
              %2 = const -6 !1
              %3 = binop and, %1, %2 !1
              %4 = binop or, %1, %2 !1
              %5 = binop xor, %1, %2 !1
              %900 = build_tuple %3, %4, %5 !1
            """, optLevel: level), "(8, -2, -10)")
        }
    }

    func testGenericOperatorsAndInPlaceOperators() throws {
        XCTAssertEqual(try eval("""
          %1 = const 1.5 !1
          %2 = const 2 !1
          %3 = binop truediv, %1, %2 !1
          %4 = binop pow, %2, %2 !1
          %5 = binop lshift, %2, %2 !1
          %6 = const "ab" !1
          %7 = binop mul, %6, %2 !1
          %900 = build_tuple %3, %4, %5, %7 !1
        """), "(0.75, 4, 8, 'abab')")
        XCTAssertEqual(try eval("""
          %1 = const 1 !1
          %2 = build_list %1 !1
          %3 = build_list %1, %1 !1
          %900 = inplace add, %2, %3 !1
        """), "[1, 1, 1]")
        XCTAssertEqual(try eval("""
          %1 = const "ab" !1
          %2 = const "cd" !1
          %900 = concat_unique 1, %1, %2 !1
        """), "'abcd'")
        XCTAssertEqual(try eval("""
          %1 = const 5 !1
          %2 = unop neg, %1 !1
          %3 = unop invert, %1 !1
          %4 = unop pos, %2 !1
          %900 = build_tuple %2, %3, %4 !1
        """), "(-5, -6, -5)")
    }

    func testComparisonsTruthAndBooleans() throws {
        XCTAssertEqual(try eval("""
          %1 = const 3 !1
          %2 = const 4.5 !1
          %3 = compare lt, %1, %2 !1
          %4: bool = compare_bool ge, %1, %2 !1
          %5 = box_bool %4 !1
          %6: bool = is %1, %1 !1
          %7 = box_bool %6 !1
          %8 = build_list %1 !1
          %9: bool = contains %8, %1 !1
          %10: bool = bool_not %9 !1
          %11 = box_bool %10 !1
          %12 = const "" !1
          %13: bool = truth %12 !1
          %14 = box_bool %13 !1
          %900 = build_tuple %3, %5, %7, %11, %14 !1
        """), "(True, False, True, False, False)")
    }

    func testBranchesAndBlockParameters() throws {
        XCTAssertEqual(try run(module("""
        bb0:
          %1 = const 0 !1
          %2 = const 10 !1
          jump bb1(%1, %1) !1
        bb1(%3, %4):
          %5: bool = compare_bool lt, %3, %2 !1
          branch %5, bb2, bb3 !1
        bb2:
          %6 = const 1 !1
          %7 = binop add, %3, %6 !1
          %8 = binop add, %4, %3 !1
          jump bb1(%7, %8) !1
        bb3:
          store_global @result, %4 !1
          %9 = const None !1
          return %9 !1
        """)), "45")
    }

    func testIterationOverRangesListsAndOtherIterables() throws {
        let loop = { (iterable: String) in """
        bb0:
        \(iterable)
          %10 = get_iter %9 !1
          %11 = const 0 !1
          jump bb1(%11) !1
        bb1(%12):
          %13 = iter_next %10 !1
          branch_stop %13, bb3, bb2 !1
        bb2:
          %14 = binop add, %12, %13 !1
          jump bb1(%14) !1
        bb3:
          store_global @result, %12 !1
          %15 = const None !1
          return %15 !1
        """ }
        XCTAssertEqual(try run(module(loop("""
          %1 = load_builtin "range" !1
          %2 = const 100 !1
          %9 = call -, %1, %2 !1
        """))), "4950")
        XCTAssertEqual(try run(module(loop("""
          %1 = const 1 !1
          %2 = const 2 !1
          %9 = build_list %1, %2, %2 !1
        """))), "5")
        XCTAssertEqual(try run(module(loop("""
          %9 = const (1.5, 2.5) !1
        """))), "4.0")
    }

    func testVariablesSlotsGlobalsAndCells() throws {
        XCTAssertEqual(try run(module("""
        bb0:
          %1 = const 7 !1
          %2 = new_cell %1 !1
          %3 = cell_get "x" local, %2 !1
          %4 = const 8 !1
          cell_set %2, %4 !1
          %5 = cell_get "x" local, %2 !1
          %6 = build_tuple %3, %5 !1
          store_global @result, %6 !1
          %7 = const None !1
          return %7 !1
        """)), "(7, 8)")
        XCTAssertEqual(try run(module("""
        bb0:
          %1 = unbound !1
          %2 = new_cell %1 !1
          %3 = cell_get "y" free, %2 !1
          store_global @result, %3 !1
          return %3 !1
        """)), "exit 1")
    }

    func testUnboundChecksRaise() throws {
        XCTAssertEqual(try run(module("""
        bb0 handler bb1:
          %1 = unbound !1
          check_bound "z" local, %1 !1
          %2 = const None !1
          return %2 !1
        bb1:
          %3 = get_exception !1
          %4 = convert str, %3 !1
          store_global @result, %4 !1
          %5 = const None !1
          return %5 !1
        """)), "\"cannot access local variable 'z' where it is not associated with a value\"")
    }

    func testFunctionsCallsKeywordsMethodsAndStarCalls() throws {
        let functions = """
        func fn1 "f" qualname "f" line 2 (a, b) free () slots () {
        bb0(%0, %1):
          %2 = binop sub, %0, %1 !3
          return %2 !3
        }
        """
        XCTAssertEqual(try eval("""
          %1 = unbound !1
          %2 = make_function fn1, %1, %1, %1 !1
          %3 = const 10 !1
          %4 = const 3 !1
          %5 = call -, %2, %3, %4 !1
          %6 = call ("b",), %2, %4, %3 !1
          %7 = build_tuple %4, %3 !1
          %8 = call_ex %2, %7, %1 !1
          %900 = build_tuple %5, %6, %8 !1
        """, functions: functions), "(7, -7, -7)")
        XCTAssertEqual(try eval("""
          %1 = const "a-b-c" !1
          %2 = const "-" !1
          %3 = const 1 !1
          %900 = call_method "split" ("maxsplit",), %1, %2, %3 !1
        """), "['a', 'b-c']")
    }

    func testClosures() throws {
        let functions = """
        func fn1 "inner" qualname "outer.<locals>.inner" line 2 () free (x) slots () {
        bb0:
          %0 = load_closure ^x !3
          %1 = cell_get "x" free, %0 !3
          return %1 !3
        }
        """
        XCTAssertEqual(try eval("""
          %1 = const "captured" !1
          %2 = new_cell %1 !1
          %3 = build_tuple %2 !1
          %4 = unbound !1
          %5 = make_function fn1, %4, %4, %3 !1
          %900 = call -, %5 !1
        """, functions: functions), "'captured'")
    }

    func testAttributesItemsAndSlices() throws {
        XCTAssertEqual(try eval("""
          %1 = const 1 !1
          %2 = const 2 !1
          %3 = const 3 !1
          %4 = build_list %1, %2, %3 !1
          %5 = const -1 !1
          %6 = getitem %4, %5 !1
          setitem %4, %1, %6 !1
          %7 = const 0 !1
          delitem %4, %7 !1
          %8 = const None !1
          %9 = build_slice %8, %8, %5 !1
          %10 = getitem %4, %9 !1
          %11 = const 3.0 !1
          %12 = getattr "real", %11 !1
          %900 = build_tuple %4, %10, %12 !1
        """), "([3, 3], [3, 3], 3.0)")
    }

    func testDisplaysAndContainerBuilders() throws {
        XCTAssertEqual(try eval("""
          %1 = const 1 !1
          %2 = const "k" !1
          %3 = build_set %1, %1 !1
          %4 = build_dict %2, %1 !1
          %5 = build_list !1
          list_append %5, %1 !1
          list_extend %5, %3 !1
          set_add %3, %2 !1
          %6 = build_set !1
          set_update %6, %5 !1
          dict_set %4, %1, %2 !1
          %7 = build_dict !1
          dict_merge %7, %4 !1
          %8 = list_to_tuple %5 !1
          %9 = len %3 !1
          %900 = build_tuple %6, %7, %8, %9 !1
        """), "({1}, {'k': 1, 1: 'k'}, (1, 1), 2)")
    }

    func testStringsFormattingAndConversions() throws {
        XCTAssertEqual(try eval("""
          %1 = const 3.14159 !1
          %2 = const ".2f" !1
          %3 = format %1, %2 !1
          %4 = const "x" !1
          %5 = convert repr, %4 !1
          %6 = const "\\u{e9}" !1
          %7 = convert ascii, %6 !1
          %8 = const "|" !1
          %900 = build_string %3, %8, %5, %8, %7 !1
        """), "\"3.14|'x'|'\\\\xe9'\"")
    }

    func testUnpacking() throws {
        XCTAssertEqual(try eval("""
          %1 = const (1, 2, 3, 4) !1
          %2 = unpack_star 1 1, %1 !1
          %3 = tuple_get 1, %2 !1
          %4 = const "ab" !1
          %5 = unpack 2, %4 !1
          %6 = tuple_get 1, %5 !1
          %900 = build_tuple %3, %6 !1
        """), "([2, 3], 'b')")
    }

    func testImports() throws {
        XCTAssertEqual(try eval("""
          %1 = import_name "math" !1
          %2 = import_from "pi", %1 !1
          %900 = getattr "e", %1 !1
        """), "2.718281828459045")
    }

    func testExceptionsHandlersAndReraise() throws {
        XCTAssertEqual(try run(module("""
        bb0 handler bb1:
          %1 = const 1 !2
          %2 = const 0 !2
          %3 = binop floordiv, %1, %2 !2
          %4 = const None !2
          return %4 !2
        bb1:
          %5 = get_exception !3
          %6 = enter_handler %5 !3
          %7 = load_builtin "ZeroDivisionError" !3
          %8: bool = exc_match %5, %7 !3
          exit_handler %6 !3
          %9 = box_bool %8 !3
          %10 = convert str, %5 !3
          %11 = build_tuple %9, %10 !3
          store_global @result, %11 !3
          %12 = const None !3
          return %12 !3
        """)), "(True, 'integer division or modulo by zero')")
        XCTAssertEqual(try run(module("""
        bb0:
          %1 = load_builtin "ValueError" !1
          raise %1 !1
        """)), "exit 1")
        XCTAssertEqual(try run(module("""
        bb0:
          %1 = load_builtin "KeyError" !1
          %2 = load_builtin "TypeError" !1
          raise_from %1, %2 !1
        """)), "exit 1")
        XCTAssertEqual(try run(module("""
        bb0:
          reraise_current !1
        """)), "exit 1")
    }

    func testPatternMatchingSupport() throws {
        XCTAssertEqual(try eval("""
          %1 = const "a" !1
          %2 = const 1 !1
          %3 = const "b" !1
          %4 = build_dict %1, %2, %3, %2 !1
          %5: bool = match_mapping %4 !1
          %6 = box_bool %5 !1
          %7: bool = match_sequence %4 !1
          %8 = box_bool %7 !1
          %9 = const ("a",) !1
          %10 = match_keys %4, %9 !1
          %11 = match_rest %4, %9 !1
          %900 = build_tuple %6, %8, %10, %11 !1
        """), "(True, False, (1,), {'b': 1})")
    }

    func testGlobalsFallBackToBuiltinsAndDeleteRaises() throws {
        XCTAssertEqual(try eval("""
          %1 = load_global @len !1
          %2 = const "four" !1
          %900 = call -, %1, %2 !1
        """), "4")
        XCTAssertEqual(try run(module("""
        bb0:
          del_global @result !1
          %1 = const None !1
          return %1 !1
        """)), "exit 1")
    }

    func testUnreachableRaisesSystemError() throws {
        XCTAssertEqual(try run(module("""
        bb0:
          unreachable !1
        """)), "exit 1")
    }
}
