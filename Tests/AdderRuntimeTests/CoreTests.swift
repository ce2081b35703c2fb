// Tests of the runtime core through its C API: the root types, exceptions and tracebacks, the
// abstract protocols, calls and argument binding, modules, the builtin functions and the standard
// streams. Every expected message is CPython 3.11's.
import AdderRuntime
import Foundation
import XCTest

// MARK: - Helpers

/// A function's entry that returns the tuple of its bound parameters, to observe argument binding.
private let paramsEntry: AdEntryFn = { fn, params in
    ad_tuple_from_array(params, Int(fn!.pointee.code.pointee.nparams))
}

/// A function's entry that returns its first parameter plus its second.
private let addEntry: AdEntryFn = { _, params in
    ad_add(params![0], params![1])
}

private let recursiveFrame: UnsafeMutablePointer<AdFrameInfo> = {
    let p = UnsafeMutablePointer<AdFrameInfo>.allocate(capacity: 1)
    p.initialize(to: AdFrameInfo(name: strdup("f"), filename: strdup("rec.py")))
    return p
}()

/// A function's entry that calls itself forever, adding a traceback entry on the way out.
private let recursiveEntry: AdEntryFn = { fn, params in
    var arg = params![0]
    let r = ad_function_call(UInt64(UInt(bitPattern: fn!)), &arg, 1, 0)
    if r == 0 { ad_traceback_add(recursiveFrame, 2) }
    return r
}

fileprivate extension RuntimeTestCase {
    /// The address of a static object as a value.
    func value<T>(_ p: UnsafeMutablePointer<T>) -> AdValue { UInt64(UInt(bitPattern: p)) }

    var none: AdValue { value(&ad_None) }
    var trueValue: AdValue { value(&ad_True) }
    var falseValue: AdValue { value(&ad_False) }

    /// A builtin (function or type) by name.
    func builtin(_ name: String) -> AdValue {
        let v = ad_builtin_lookup(ad_str_intern_cstr(name))
        XCTAssertNotEqual(v, 0, "no builtin \(name)")
        return v
    }

    /// A tuple of strs, for keyword names.
    func names(_ ns: [String]) -> AdValue {
        let t = ad_tuple_new(Int64(ns.count))
        for (i, n) in ns.enumerated() {
            t.asTuple.pointee.itemsPointer[i] = ad_str_intern_cstr(n)
        }
        return t
    }

    func tuple(_ items: AdValue...) -> AdValue {
        items.withUnsafeBufferPointer { ad_tuple_from_array($0.baseAddress, $0.count) }
    }

    func list(_ items: AdValue...) -> AdValue {
        items.withUnsafeBufferPointer { ad_list_from_array($0.baseAddress, $0.count) }
    }

    /// callable(*args, **kw) where `kw` pairs names with values.
    func invoke(_ callable: AdValue, _ args: [AdValue], _ kw: [(String, AdValue)] = []) -> AdValue {
        let all = args + kw.map { $0.1 }
        let kwnames: AdValue = kw.isEmpty ? 0 : names(kw.map { $0.0 })
        return all.withUnsafeBufferPointer { ad_call(callable, $0.baseAddress, args.count, kwnames) }
    }

    /// The pending exception as the last line of a traceback: "Type: message", or "Type" alone
    /// when the message is empty (and clears it).
    func errorLine() -> String {
        let line = pendingError()
        return line.hasSuffix(": ") ? String(line.dropLast(2)) : line
    }

    /// The result of a call as Python would print it: repr of the value, or "Type: message".
    func outcome(_ v: AdValue) -> String {
        if v == 0 { return errorLine() }
        let r = ad_repr(v)
        return r == 0 ? errorLine() : text(r)
    }

    /// builtins.name(*args, **kw), as outcome().
    func run(_ name: String, _ args: AdValue..., kw: [(String, AdValue)] = []) -> String {
        outcome(invoke(builtin(name), args, kw))
    }

    /// An int result (-1 meaning error) as outcome() text.
    func status(_ r: Int32) -> String { r < 0 ? errorLine() : "\(r)" }

    /// A function object over a fake compiled code.
    func function(name: String, qualname: String? = nil, params: [String], nposonly: Int32 = 0,
                  npositional: Int32, nkwonly: Int32 = 0, flags: UInt32 = 0, entry: AdEntryFn = paramsEntry,
                  defaults: AdValue = 0, kwdefaults: AdValue = 0) -> AdValue {
        let paramNames = ad_alloc_uncollectable(MemoryLayout<AdValue>.stride * max(params.count, 1))!
            .bindMemory(to: AdValue.self, capacity: max(params.count, 1))
        for (i, p) in params.enumerated() { paramNames[i] = ad_str_intern_cstr(p) }
        let code = UnsafeMutablePointer<AdCode>.allocate(capacity: 1)
        code.initialize(to: AdCode(
            frame: AdFrameInfo(name: strdup(name), filename: strdup("test.py")),
            qualname: strdup(qualname ?? name), firstlineno: 1, nposonly: nposonly,
            npositional: npositional, nkwonly: nkwonly, nparams: Int32(params.count), flags: flags,
            param_names: paramNames, entry: entry, engine_data: nil, frame_size: 0))
        return ad_function_new(code, defaults, kwdefaults, 0)
    }

    /// What `body` writes to file descriptor `fd` (1 or 2), flushing the runtime's buffers.
    func captured(fd: Int32, _ body: () -> Void) -> String {
        ad_runtime_flush()
        fflush(nil)
        let path = NSTemporaryDirectory() + "adder-core-\(UUID().uuidString)"
        let file = open(path, O_CREAT | O_RDWR | O_TRUNC, 0o600)
        let saved = dup(fd)
        dup2(file, fd)
        body()
        ad_runtime_flush()
        dup2(saved, fd)
        close(saved)
        close(file)
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        unlink(path)
        return text
    }
}

fileprivate extension AdValue {
    var asTuple: UnsafeMutablePointer<AdTuple> { UnsafeMutablePointer(bitPattern: UInt(self))! }
}

fileprivate extension AdTuple {
    /// The items that follow the header in memory.
    var itemsPointer: UnsafeMutablePointer<AdValue> {
        mutating get {
            withUnsafeMutablePointer(to: &self) {
                UnsafeMutableRawPointer($0).advanced(by: MemoryLayout<AdTuple>.size)
                    .assumingMemoryBound(to: AdValue.self)
            }
        }
    }
}

// MARK: - Types and objects

final class CoreTypeTests: RuntimeTestCase {
    func testTypeReprsAndNames() {
        XCTAssertEqual(repr(value(&ad_int_type)), "<class 'int'>")
        XCTAssertEqual(repr(value(&ad_type_type)), "<class 'type'>")
        XCTAssertEqual(repr(none), "None")
        XCTAssertEqual(repr(value(&ad_NotImplemented)), "NotImplemented")
        XCTAssertEqual(repr(value(&ad_Ellipsis)), "Ellipsis")
        XCTAssertEqual(repr(ad_getattr_cstr(value(&ad_int_type), "__name__")), "'int'")
        XCTAssertEqual(repr(ad_getattr_cstr(value(&ad_KeyError), "__qualname__")), "'KeyError'")
        XCTAssertEqual(repr(ad_getattr_cstr(value(&ad_KeyError), "__module__")), "'builtins'")
        XCTAssertEqual(repr(ad_getattr_cstr(value(&ad_bool_type), "__mro__")),
                       "(<class 'bool'>, <class 'int'>, <class 'object'>)")
        XCTAssertEqual(repr(ad_getattr_cstr(value(&ad_KeyError), "__bases__")), "(<class 'LookupError'>,)")
        XCTAssertEqual(repr(ad_call1(value(&ad_type_type), int(3))), "<class 'int'>")
        XCTAssertEqual(repr(ad_call1(value(&ad_type_type), none)), "<class 'NoneType'>")
        XCTAssertEqual(repr(ad_call0(value(&ad_none_type))), "None")
        XCTAssertEqual(repr(ad_getattr_cstr(int(1), "__class__")), "<class 'int'>")
    }

    func testObjectDefaults() {
        let o = ad_call0(value(&ad_object_type))
        XCTAssertTrue(repr(o).hasPrefix("<object object at 0x"))
        XCTAssertEqual(ad_compare_bool(o, o, Int32(AD_EQ.rawValue)), 1)
        XCTAssertEqual(ad_compare_bool(o, ad_call0(value(&ad_object_type)), Int32(AD_EQ.rawValue)), 0)
        XCTAssertNotEqual(ad_hash(o), -1)
        XCTAssertEqual(outcome(invoke(value(&ad_object_type), [int(1)])), "TypeError: object() takes no arguments")
        XCTAssertEqual(outcome(ad_format(o, str("x"))),
                       "TypeError: unsupported format string passed to object.__format__")
        XCTAssertEqual(status(ad_setattr(o, str("x"), int(1))), "AttributeError: 'object' object has no attribute 'x'")
        XCTAssertEqual(outcome(invoke(value(&ad_builtin_function_type), [])),
                       "TypeError: cannot create 'builtin_function_or_method' instances")
    }

    func testSubtypesAndIsinstance() {
        XCTAssertEqual(ad_type_is_subtype(&ad_bool_type, &ad_int_type), 1)
        XCTAssertEqual(ad_type_is_subtype(&ad_int_type, &ad_bool_type), 0)
        XCTAssertEqual(ad_type_is_subtype(&ad_ZeroDivisionError, &ad_ArithmeticError), 1)
        XCTAssertEqual(ad_isinstance(trueValue, tuple(value(&ad_str_type), value(&ad_int_type))), 1)
        XCTAssertEqual(status(ad_isinstance(int(1), int(1))),
                       "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union")
        XCTAssertEqual(status(ad_issubclass(int(1), value(&ad_int_type))),
                       "TypeError: issubclass() arg 1 must be a class")
        XCTAssertEqual(status(ad_issubclass(value(&ad_int_type), int(1))),
                       "TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union")
    }

    func testTypeAttributesAreReadOnly() {
        XCTAssertEqual(status(ad_setattr(value(&ad_int_type), str("x"), int(1))),
                       "TypeError: cannot set 'x' attribute of immutable type 'int'")
        XCTAssertEqual(outcome(ad_getattr_cstr(value(&ad_int_type), "foo")),
                       "AttributeError: type object 'int' has no attribute 'foo'")
    }
}

// MARK: - Exceptions

final class CoreExceptionTests: RuntimeTestCase {
    func testReprAndStr() {
        let v = ad_call1(value(&ad_ValueError), str("bad"))
        XCTAssertEqual(repr(v), "ValueError('bad')")
        XCTAssertEqual(text(ad_str(v)), "bad")
        XCTAssertEqual(repr(ad_call0(value(&ad_ValueError))), "ValueError()")
        XCTAssertEqual(text(ad_str(ad_call0(value(&ad_ValueError)))), "")
        let two = invoke(value(&ad_ValueError), [str("a"), int(1)])
        XCTAssertEqual(repr(two), "ValueError('a', 1)")
        XCTAssertEqual(text(ad_str(two)), "('a', 1)")
        XCTAssertEqual(text(ad_str(ad_call1(value(&ad_KeyError), str("k")))), "'k'")
        XCTAssertEqual(outcome(invoke(value(&ad_ValueError), [], [("x", int(1))])),
                       "TypeError: ValueError() takes no keyword arguments")
    }

    func testSpecialFields() {
        XCTAssertEqual(repr(ad_getattr_cstr(ad_call1(value(&ad_StopIteration), int(7)), "value")), "7")
        XCTAssertEqual(repr(ad_getattr_cstr(ad_call0(value(&ad_SystemExit)), "code")), "None")
        XCTAssertEqual(repr(ad_getattr_cstr(invoke(value(&ad_SystemExit), [int(1), int(2)]), "code")), "(1, 2)")
        let os = invoke(value(&ad_OSError), [int(2), str("No such file"), str("f")])
        XCTAssertEqual(repr(os), "FileNotFoundError(2, 'No such file')")
        XCTAssertEqual(text(ad_str(os)), "[Errno 2] No such file: 'f'")
        let u = invoke(value(&ad_UnicodeEncodeError),
                       [str("utf-8"), str("a\u{e9}b"), int(1), int(2), str("bad")])
        XCTAssertEqual(text(ad_str(u)), "'utf-8' codec can't encode character '\\xe9' in position 1: bad")
        XCTAssertEqual(outcome(invoke(value(&ad_UnicodeEncodeError), [])),
                       "TypeError: function takes exactly 5 arguments (0 given)")
        let e = ad_call1(value(&ad_ValueError), int(1))
        XCTAssertEqual(ad_setattr(e, str("args"), list(int(1), int(2))), 0)
        XCTAssertEqual(repr(ad_getattr_cstr(e, "args")), "(1, 2)")
        XCTAssertEqual(status(ad_setattr(e, str("__context__"), int(1))),
                       "TypeError: exception context must be None or derive from BaseException")
        XCTAssertEqual(status(ad_setattr(e, str("__traceback__"), int(1))),
                       "TypeError: __traceback__ must be a traceback or None")
        XCTAssertEqual(ad_setattr(e, str("extra"), int(5)), 0)
        XCTAssertEqual(repr(ad_getattr_cstr(e, "extra")), "5")
        XCTAssertEqual(repr(ad_getattr_cstr(ad_call1(value(&ad_NameError), str("x")), "name")), "None")
    }

    func testRaiseAndMatch() {
        XCTAssertEqual(ad_raise(value(&ad_KeyError)), 0)
        XCTAssertEqual(errorLine(), "KeyError")
        XCTAssertEqual(ad_raise(int(1)), 0)
        XCTAssertEqual(pendingError(), "TypeError: exceptions must derive from BaseException")
        XCTAssertEqual(ad_raise_from(value(&ad_KeyError), int(1)), 0)
        XCTAssertEqual(pendingError(), "TypeError: exception causes must derive from BaseException")
        XCTAssertEqual(ad_reraise_current(), 0)
        XCTAssertEqual(pendingError(), "RuntimeError: No active exception to reraise")
        let e = ad_call0(value(&ad_KeyError))
        XCTAssertEqual(ad_exc_matches(e, value(&ad_LookupError)), 1)
        XCTAssertEqual(ad_exc_matches(e, tuple(value(&ad_TypeError), value(&ad_KeyError))), 1)
        XCTAssertEqual(ad_exc_matches(e, value(&ad_TypeError)), 0)
        XCTAssertEqual(status(ad_exc_matches(e, int(1))),
                       "TypeError: catching classes that do not inherit from BaseException is not allowed")
    }

    func testImplicitChainingAndHandlerStack() {
        _ = ad_err_set(&ad_ValueError, "inner")
        let inner = ad_err_fetch()
        let previous = ad_exc_enter_handler(inner)
        XCTAssertEqual(ad_exc_handled(), inner)
        _ = ad_err_set(&ad_KeyError, "x")           // raised by a runtime function inside the handler
        let outer = ad_err_fetch()
        XCTAssertEqual(ad_reraise_current(), 0)
        XCTAssertEqual(ad_err_fetch(), inner)
        ad_exc_exit_handler(previous)
        XCTAssertEqual(ad_exc_handled(), previous)
        XCTAssertEqual(ad_getattr_cstr(outer, "__context__"), inner)
        XCTAssertEqual(ad_getattr_cstr(outer, "__cause__"), none)
        XCTAssertEqual(ad_raise_from(outer, inner), 0)
        _ = ad_err_fetch()
        XCTAssertEqual(ad_getattr_cstr(outer, "__cause__"), inner)
        XCTAssertEqual(ad_getattr_cstr(outer, "__suppress_context__"), trueValue)
    }

    func testVariableErrors() {
        XCTAssertEqual(ad_err_name(str("x")), 0)
        XCTAssertEqual(pendingError(), "NameError: name 'x' is not defined")
        XCTAssertEqual(ad_err_unbound_local(str("y")), 0)
        XCTAssertEqual(pendingError(),
                       "UnboundLocalError: cannot access local variable 'y' where it is not associated with a value")
        XCTAssertEqual(ad_err_unbound_free(str("z")), 0)
        XCTAssertEqual(pendingError(),
                       "NameError: cannot access free variable 'z' where it is not associated with a value in enclosing scope")
    }

    func testTracebackPrinting() {
        let file = NSTemporaryDirectory() + "adder-core-tb.py"
        try? "def f():\n        raise ValueError('x')   \ntry:\n    f()\nexcept Exception:\n    1/0\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let frames = UnsafeMutablePointer<AdFrameInfo>.allocate(capacity: 2)
        frames[0] = AdFrameInfo(name: strdup("f"), filename: strdup(file))
        frames[1] = AdFrameInfo(name: strdup("<module>"), filename: strdup(file))
        _ = ad_err_set(&ad_ValueError, "x")
        ad_traceback_add(frames, 2)
        ad_traceback_add(frames + 1, 4)
        let inner = ad_err_fetch()
        let previous = ad_exc_enter_handler(inner)
        _ = ad_err_set(&ad_ZeroDivisionError, "division by zero")
        ad_traceback_add(frames + 1, 6)
        ad_exc_exit_handler(previous)
        let outer = ad_err_fetch()
        let printed = captured(fd: 2) { ad_print_exception(outer) }
        XCTAssertEqual(printed, """
            Traceback (most recent call last):
              File "\(file)", line 4, in <module>
                f()
              File "\(file)", line 2, in f
                raise ValueError('x')   
            ValueError: x

            During handling of the above exception, another exception occurred:

            Traceback (most recent call last):
              File "\(file)", line 6, in <module>
                1/0
            ZeroDivisionError: division by zero

            """)
        unlink(file)
    }

    func testUncaughtExitStatus() {
        _ = ad_err_set_object(ad_exception_new(&ad_SystemExit, nil, 0))
        XCTAssertEqual(ad_handle_uncaught(), 0)
        var three = int(3)
        _ = ad_err_set_object(ad_exception_new(&ad_SystemExit, &three, 1))
        XCTAssertEqual(ad_handle_uncaught(), 3)
        var message = str("bye")
        _ = ad_err_set_object(ad_exception_new(&ad_SystemExit, &message, 1))
        var statusCode: Int32 = 0
        XCTAssertEqual(captured(fd: 2) { statusCode = ad_handle_uncaught() }, "bye\n")
        XCTAssertEqual(statusCode, 1)
        _ = ad_err_set(&ad_KeyError, "k")
        XCTAssertEqual(captured(fd: 2) { statusCode = ad_handle_uncaught() }, "KeyError: 'k'\n")
        XCTAssertEqual(statusCode, 1)
    }

    func testDidYouMeanHints() {
        let frame = UnsafeMutablePointer<AdFrameInfo>.allocate(capacity: 1)
        frame.initialize(to: AdFrameInfo(name: strdup("<module>"), filename: strdup("/nonexistent.py")))
        func lastLine(_ raise: () -> Void) -> String {
            raise()
            ad_traceback_add(frame, 1)
            let exc = ad_err_fetch()
            let printed = captured(fd: 2) { ad_print_exception(exc) }
            return printed.split(separator: "\n").last.map(String.init) ?? ""
        }
        XCTAssertEqual(lastLine { _ = ad_getattr_cstr(int(1), "rea") },
                       "AttributeError: 'int' object has no attribute 'rea'. Did you mean: 'real'?")
        XCTAssertEqual(lastLine { _ = ad_getattr_cstr(int(1), "foo") },
                       "AttributeError: 'int' object has no attribute 'foo'")
        XCTAssertEqual(lastLine { _ = ad_getattr_cstr(ad_import(str("sys")), "ext") },
                       "AttributeError: module 'sys' has no attribute 'ext'. Did you mean: 'exit'?")
        XCTAssertEqual(lastLine { _ = ad_err_name(str("prnt")) },
                       "NameError: name 'prnt' is not defined. Did you mean: 'print'?")
        let globals = ad_dict_new()
        _ = ad_dict_set_cstr(globals, "abcdef_ghi", int(1))
        XCTAssertEqual(lastLine { _ = ad_err_name_in(str("abcdef_gh"), globals, 0) },
                       "NameError: name 'abcdef_gh' is not defined. Did you mean: 'abcdef_ghi'?")
        XCTAssertEqual(lastLine { _ = ad_err_name_in(str("alpa"), globals, tuple(str("alpha"))) },
                       "NameError: name 'alpa' is not defined. Did you mean: 'alpha'?")
        XCTAssertEqual(lastLine { _ = ad_err_unbound_local(str("prnt")) },
                       "UnboundLocalError: cannot access local variable 'prnt' where it is not associated with a value")
    }

    func testRecursionErrorAndFoldedTraceback() {
        let f = function(name: "f", params: ["n"], npositional: 1, entry: recursiveEntry)
        let saved = ad_call_depth
        ad_call_depth = 1
        XCTAssertEqual(invoke(f, [int(0)]), 0)
        XCTAssertEqual(ad_call_depth, 1)
        ad_call_depth = saved
        let exc = ad_err_fetch()
        let printed = captured(fd: 2) { ad_print_exception(exc) }
        XCTAssertTrue(printed.hasSuffix("""
              File "rec.py", line 2, in f
              [Previous line repeated 996 more times]
            RecursionError: maximum recursion depth exceeded

            """), printed)
    }
}

// MARK: - Abstract protocols

final class CoreProtocolTests: RuntimeTestCase {
    func testBinaryOperatorErrors() {
        XCTAssertEqual(outcome(ad_binop(Int32(AD_OP_ADD.rawValue), int(1), str("a"))),
                       "TypeError: unsupported operand type(s) for +: 'int' and 'str'")
        XCTAssertEqual(outcome(ad_binop(Int32(AD_OP_ADD.rawValue), str("a"), int(1))),
                       "TypeError: can only concatenate str (not \"int\") to str")
        XCTAssertEqual(outcome(ad_inplace(Int32(AD_OP_SUB.rawValue), str("a"), int(1))),
                       "TypeError: unsupported operand type(s) for -=: 'str' and 'int'")
        XCTAssertEqual(outcome(ad_binop(Int32(AD_OP_POW.rawValue), str("a"), int(1))),
                       "TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'")
        XCTAssertEqual(outcome(ad_neg(str("a"))), "TypeError: bad operand type for unary -: 'str'")
        XCTAssertEqual(outcome(ad_abs(str("a"))), "TypeError: bad operand type for abs(): 'str'")
        XCTAssertEqual(repr(ad_add(int(2), int(3))), "5")
    }

    func testComparisons() {
        XCTAssertEqual(outcome(ad_compare(int(1), str("a"), Int32(AD_LT.rawValue))),
                       "TypeError: '<' not supported between instances of 'int' and 'str'")
        XCTAssertEqual(repr(ad_compare(int(1), str("a"), Int32(AD_EQ.rawValue))), "False")
        XCTAssertEqual(repr(ad_compare(int(1), str("a"), Int32(AD_NE.rawValue))), "True")
        XCTAssertEqual(ad_compare_bool(int(1), int(2), Int32(AD_LT.rawValue)), 1)
        XCTAssertEqual(ad_eq(str("ab"), str("ab")), 1)
        XCTAssertEqual(repr(ad_not(int(0))), "True")
    }

    func testTruthAndHash() {
        XCTAssertEqual(ad_truth(none), 0)
        XCTAssertEqual(ad_truth(int(0)), 0)
        XCTAssertEqual(ad_truth(str("")), 0)
        XCTAssertEqual(ad_truth(list(int(1))), 1)
        XCTAssertEqual(ad_truth(ad_call0(value(&ad_object_type))), 1)
        XCTAssertEqual(ad_hash(int(-1)), -2)
        XCTAssertEqual(ad_hash(int(5)), 5)
        XCTAssertEqual(ad_hash(list()), -1)
        XCTAssertEqual(pendingError(), "TypeError: unhashable type: 'list'")
    }

    func testItemsLengthAndIteration() {
        XCTAssertEqual(outcome(ad_getitem(int(1), int(0))), "TypeError: 'int' object is not subscriptable")
        XCTAssertEqual(outcome(ad_getitem(value(&ad_int_type), int(0))), "TypeError: type 'int' is not subscriptable")
        XCTAssertEqual(status(ad_setitem(tuple(), int(0), int(1))),
                       "TypeError: 'tuple' object does not support item assignment")
        XCTAssertEqual(status(ad_delitem(tuple(), int(0))), "TypeError: 'tuple' object doesn't support item deletion")
        XCTAssertEqual(ad_len(int(1)), -1)
        XCTAssertEqual(pendingError(), "TypeError: object of type 'int' has no len()")
        XCTAssertEqual(outcome(ad_iter(int(1))), "TypeError: 'int' object is not iterable")
        XCTAssertEqual(outcome(ad_next(list())), "TypeError: 'list' object is not an iterator")
        XCTAssertEqual(status(ad_contains(int(1), int(1))), "TypeError: argument of type 'int' is not iterable")
        XCTAssertEqual(ad_contains(list(int(1), int(2)), int(2)), 1)
        let it = ad_iter(list(int(7)))
        XCTAssertEqual(repr(ad_next(it)), "7")
        XCTAssertEqual(ad_next(it), 2)   // AD_STOP
        XCTAssertFalse(ad_err_occurred() != 0)
    }

    func testAttributes() {
        XCTAssertEqual(outcome(ad_getattr_cstr(int(1), "x")), "AttributeError: 'int' object has no attribute 'x'")
        XCTAssertEqual(ad_getattr_opt(int(1), str("x")), 0)
        XCTAssertEqual(ad_err_occurred(), 0)
        XCTAssertEqual(status(ad_setattr(int(1), str("x"), int(1))), "AttributeError: 'int' object has no attribute 'x'")
        XCTAssertEqual(status(ad_setattr(list(), str("append"), int(1))),
                       "AttributeError: 'list' object attribute 'append' is read-only")
        XCTAssertTrue(repr(ad_getattr_cstr(list(), "append")).hasPrefix("<built-in method append of list object at 0x"))
        XCTAssertEqual(repr(ad_getattr_cstr(value(&ad_list_type), "append")), "<method 'append' of 'list' objects>")
        XCTAssertTrue(repr(ad_getattr_cstr(value(&ad_dict_type), "fromkeys"))
            .hasPrefix("<built-in method fromkeys of type object at 0x"))
        XCTAssertEqual(outcome(invoke(ad_getattr_cstr(value(&ad_list_type), "append"), [])),
                       "TypeError: unbound method list.append() needs an argument")
        XCTAssertEqual(outcome(invoke(ad_getattr_cstr(value(&ad_list_type), "append"), [int(1), int(2)])),
                       "TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object")
        let l = list()
        XCTAssertEqual(repr(call(l, "append", int(4))), "None")
        XCTAssertEqual(repr(l), "[4]")
    }

    func testSlotWrappers() {
        XCTAssertEqual(repr(ad_getattr_cstr(value(&ad_int_type), "__add__")), "<slot wrapper '__add__' of 'int' objects>")
        XCTAssertEqual(outcome(invoke(ad_getattr_cstr(int(1), "__add__"), [str("a")])), "NotImplemented")
        XCTAssertEqual(outcome(invoke(ad_getattr_cstr(value(&ad_int_type), "__radd__"), [int(1), int(2)])), "3")
        XCTAssertEqual(outcome(invoke(ad_getattr_cstr(value(&ad_int_type), "__add__"), [str("a"), int(1)])),
                       "TypeError: descriptor '__add__' requires a 'int' object but received a 'str'")
        XCTAssertEqual(outcome(invoke(ad_getattr_cstr(int(1), "__add__"), [])), "TypeError: expected 1 argument, got 0")
        XCTAssertEqual(repr(ad_getattr_cstr(value(&ad_list_type), "__hash__")), "None")
        XCTAssertEqual(outcome(invoke(ad_getattr_cstr(ad_iter(list()), "__next__"), [])), "StopIteration")
        XCTAssertEqual(outcome(call(int(5), "__repr__")), "'5'")
        XCTAssertEqual(outcome(invoke(ad_getattr_cstr(value(&ad_object_type), "__str__"), [int(1)])), "'1'")
        let e = ad_call0(value(&ad_ValueError))
        XCTAssertEqual(outcome(invoke(ad_getattr_cstr(value(&ad_ValueError), "__init__"), [e, int(1), int(2)])), "None")
        XCTAssertEqual(repr(ad_getattr_cstr(e, "args")), "(1, 2)")
        XCTAssertEqual(outcome(invoke(ad_getattr_cstr(value(&ad_object_type), "__init__"), [e, int(1)])),
                       "TypeError: object.__init__() takes exactly one argument (the instance to initialize)")
        XCTAssertEqual(outcome(invoke(ad_getattr_cstr(value(&ad_object_type), "__new__"), [value(&ad_ValueError)])),
                       "TypeError: object.__new__(ValueError) is not safe, use ValueError.__new__()")
    }

    func testDeepNestingRaisesRecursionError() {
        var a = list(), b = list()
        for _ in 0..<2000 {
            a = list(a)
            b = list(b)
        }
        XCTAssertEqual(outcome(ad_repr(a)), "RecursionError: maximum recursion depth exceeded while getting the repr of an object")
        XCTAssertEqual(outcome(ad_compare(a, b, Int32(AD_EQ.rawValue))), "RecursionError: maximum recursion depth exceeded in comparison")
        XCTAssertEqual(ad_call_depth, 0)
    }

    func testIndexAndFormat() {
        XCTAssertEqual(ad_index_value(int(5), nil), 5)
        XCTAssertEqual(outcome(ad_index(str("a"))), "TypeError: 'str' object cannot be interpreted as an integer")
        XCTAssertEqual(repr(ad_index(trueValue)), "True")
        XCTAssertEqual(repr(ad_ascii(str("é€😀"))), "\"'\\\\xe9\\\\u20ac\\\\U0001f600'\"")
        XCTAssertEqual(repr(ad_format(int(5), str(""))), "'5'")
    }
}

// MARK: - Calls

final class CoreCallTests: RuntimeTestCase {
    func testFastCallAndRepr() {
        let f = function(name: "f", params: ["a", "b"], npositional: 2, entry: addEntry)
        XCTAssertTrue(repr(f).hasPrefix("<function f at 0x"))
        XCTAssertEqual(outcome(invoke(f, [int(1), int(2)])), "3")
        XCTAssertEqual(outcome(invoke(f, [int(1)], [("b", int(5))])), "6")
        XCTAssertEqual(repr(ad_getattr_cstr(f, "__name__")), "'f'")
        XCTAssertEqual(repr(ad_getattr_cstr(f, "__defaults__")), "None")
        XCTAssertEqual(ad_setattr(f, str("tag"), int(9)), 0)
        XCTAssertEqual(repr(ad_getattr_cstr(f, "__dict__")), "{'tag': 9}")
        XCTAssertEqual(status(ad_setattr(f, str("__name__"), int(1))),
                       "TypeError: __name__ must be set to a string object")
    }

    func testBindingErrors() {
        let f = function(name: "f", params: ["a", "b"], npositional: 2)
        XCTAssertEqual(outcome(invoke(f, [])), "TypeError: f() missing 2 required positional arguments: 'a' and 'b'")
        XCTAssertEqual(outcome(invoke(f, [int(1)])), "TypeError: f() missing 1 required positional argument: 'b'")
        XCTAssertEqual(outcome(invoke(f, [int(1), int(2), int(3)])),
                       "TypeError: f() takes 2 positional arguments but 3 were given")
        XCTAssertEqual(outcome(invoke(f, [int(1)], [("a", int(2))])),
                       "TypeError: f() got multiple values for argument 'a'")
        XCTAssertEqual(outcome(invoke(f, [int(1), int(2)], [("z", int(3))])),
                       "TypeError: f() got an unexpected keyword argument 'z'")
        let g = function(name: "g", params: ["a", "b"], npositional: 2, defaults: tuple(int(1)))
        XCTAssertEqual(outcome(invoke(g, [int(1), int(2), int(3)])),
                       "TypeError: g() takes from 1 to 2 positional arguments but 3 were given")
        XCTAssertEqual(outcome(invoke(g, [int(5)])), "(5, 1)")
        let k = function(name: "k", params: ["a", "b", "c", "d"], npositional: 4)
        XCTAssertEqual(outcome(invoke(k, [int(1)])),
                       "TypeError: k() missing 3 required positional arguments: 'b', 'c', and 'd'")
        let h = function(name: "h", params: ["a", "b", "c"], nposonly: 1, npositional: 2, nkwonly: 1)
        XCTAssertEqual(outcome(invoke(h, [], [("a", int(1)), ("b", int(2)), ("c", int(3))])),
                       "TypeError: h() got some positional-only arguments passed as keyword arguments: 'a'")
        XCTAssertEqual(outcome(invoke(h, [int(1), int(2)])),
                       "TypeError: h() missing 1 required keyword-only argument: 'c'")
        XCTAssertEqual(outcome(invoke(h, [int(1), int(2), int(3)], [("c", int(3))])),
                       "TypeError: h() takes 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given")
        let m = function(name: "m", params: ["x"], npositional: 0, nkwonly: 1)
        XCTAssertEqual(outcome(invoke(m, [int(1)])), "TypeError: m() takes 0 positional arguments but 1 was given")
    }

    func testVarargsKwargsAndKeywordDefaults() {
        let kwdefaults = ad_dict_new()
        _ = ad_dict_set_cstr(kwdefaults, "c", int(30))
        let g = function(name: "g", qualname: "outer.<locals>.g", params: ["a", "b", "c", "args", "kw"],
                         nposonly: 1, npositional: 2, nkwonly: 1,
                         flags: UInt32(AD_CODE_VARARGS | AD_CODE_VARKEYWORDS),
                         defaults: tuple(int(20)), kwdefaults: kwdefaults)
        XCTAssertEqual(outcome(invoke(g, [int(1)])), "(1, 20, 30, (), {})")
        XCTAssertEqual(outcome(invoke(g, [int(1), int(2), int(3)], [("a", int(4)), ("z", int(5))])),
                       "(1, 2, 30, (3,), {'a': 4, 'z': 5})")
        XCTAssertEqual(outcome(invoke(g, [], [("b", int(2))])),
                       "TypeError: outer.<locals>.g() missing 1 required positional argument: 'a'")
    }

    func testCallErrorsAndCallEx() {
        XCTAssertEqual(outcome(invoke(int(1), [])), "TypeError: 'int' object is not callable")
        let f = function(name: "f", params: ["a", "b"], npositional: 2)
        let kw = ad_dict_new()
        _ = ad_dict_set_cstr(kw, "b", int(2))
        XCTAssertEqual(outcome(ad_call_ex(f, tuple(int(1)), kw)), "(1, 2)")
        XCTAssertEqual(outcome(ad_call_ex(f, list(int(1), int(2)), 0)), "(1, 2)")
    }

    func testLoadMethodAndStarArguments() {
        let l = list()
        var selfValue: AdValue = 0
        let append = ad_load_method(l, str("append"), &selfValue)
        XCTAssertEqual(repr(append), "<method 'append' of 'list' objects>")
        XCTAssertEqual(selfValue, l)
        XCTAssertEqual(outcome(invoke(append, [selfValue, int(3)])), "None")
        XCTAssertEqual(repr(l), "[3]")
        let sqrt = ad_load_method(ad_import(str("math")), str("sqrt"), &selfValue)
        XCTAssertEqual(repr(sqrt), "<built-in function sqrt>")
        XCTAssertEqual(selfValue, 0)
        XCTAssertEqual(outcome(ad_load_method(l, str("nope"), &selfValue)),
                       "AttributeError: 'list' object has no attribute 'nope'")
        let f = function(name: "f", params: ["args"], npositional: 0, flags: UInt32(AD_CODE_VARARGS))
        XCTAssertEqual(outcome(ad_call_ex(f, int(5), 0)), "TypeError: __main__.f() argument after * must be an iterable, not int")
        XCTAssertEqual(outcome(ad_call_ex(f, str("ab"), 0)), "(('a', 'b'),)")
        XCTAssertEqual(text(ad_function_str(builtin("len"))), "len()")
        XCTAssertEqual(text(ad_function_str(ad_getattr_cstr(l, "append"))), "list.append()")
    }

    func testParseArgsAndArityMessages() {
        var out = [AdValue](repeating: 0, count: 3)
        let args: [AdValue] = [int(1), int(2)]
        XCTAssertEqual(ad_parse_args("f", args, 1, names(["b"]), "a,b|c", &out), 0)
        XCTAssertEqual(out, [int(1), int(2), 0])
        XCTAssertEqual(ad_parse_args("f", args, 1, names(["z"]), "a,b|c", &out), -1)
        XCTAssertEqual(pendingError(), "TypeError: 'z' is an invalid keyword argument for f()")
        XCTAssertEqual(ad_parse_args("f", args, 1, 0, "a,b|c", &out), -1)
        XCTAssertEqual(pendingError(), "TypeError: f() missing required argument 'b' (pos 2)")
        XCTAssertEqual(ad_check_nargs("len", 0, 1, 1), -1)
        XCTAssertEqual(pendingError(), "TypeError: len() takes exactly one argument (0 given)")
        XCTAssertEqual(ad_check_nargs("getattr", 1, 2, 3), -1)
        XCTAssertEqual(pendingError(), "TypeError: getattr expected at least 2 arguments, got 1")
        XCTAssertEqual(ad_check_nargs("divmod", 3, 2, 2), -1)
        XCTAssertEqual(pendingError(), "TypeError: divmod expected 2 arguments, got 3")
        XCTAssertEqual(ad_check_no_kwargs("len", names(["x"])), -1)
        XCTAssertEqual(pendingError(), "TypeError: len() takes no keyword arguments")
    }

    func testCellsAndWrappers() {
        let cell = ad_cell_new(0)
        XCTAssertTrue(repr(cell).hasSuffix(": empty>"))
        XCTAssertEqual(outcome(ad_getattr_cstr(cell, "cell_contents")), "ValueError: Cell is empty")
        let f = function(name: "f", params: [], npositional: 0)
        XCTAssertTrue(repr(ad_call1(value(&ad_staticmethod_type), f)).hasPrefix("<staticmethod(<function f at 0x"))
    }
}

// MARK: - Builtins, modules and streams

final class CoreBuiltinTests: RuntimeTestCase {
    func testNumericBuiltins() {
        XCTAssertEqual(run("abs", int(-3)), "3")
        XCTAssertEqual(run("divmod", int(7), int(-2)), "(-4, -1)")
        XCTAssertEqual(run("divmod", int(1), int(0)), "ZeroDivisionError: integer division or modulo by zero")
        XCTAssertEqual(run("divmod", int(1), str("a")),
                       "TypeError: unsupported operand type(s) for divmod(): 'int' and 'str'")
        XCTAssertEqual(run("pow", int(3), int(-1), int(7)), "5")
        XCTAssertEqual(run("pow", int(-3), int(5), int(7)), "2")
        XCTAssertEqual(run("pow", int(3), int(5), int(-7)), "-2")
        XCTAssertEqual(run("pow", int(2), int(3), int(1)), "0")
        XCTAssertEqual(run("pow", int(2), int(3), int(0)), "ValueError: pow() 3rd argument cannot be 0")
        XCTAssertEqual(run("pow", int(2), int(-1), int(4)), "ValueError: base is not invertible for the given modulus")
        XCTAssertEqual(run("pow", kw: [("base", int(2)), ("exp", int(10))]), "1024")
        XCTAssertEqual(run("hex", int(-255)), "'-0xff'")
        XCTAssertEqual(run("oct", int(8)), "'0o10'")
        XCTAssertEqual(run("bin", trueValue), "'0b1'")
        XCTAssertEqual(run("hex", str("a")), "TypeError: 'str' object cannot be interpreted as an integer")
        XCTAssertEqual(run("round", str("a")), "TypeError: type str doesn't define __round__ method")
    }

    func testCharacterBuiltins() {
        XCTAssertEqual(run("chr", int(65)), "'A'")
        XCTAssertEqual(run("chr", int(-1)), "ValueError: chr() arg not in range(0x110000)")
        XCTAssertEqual(run("chr", int(0x110000)), "ValueError: chr() arg not in range(0x110000)")
        XCTAssertEqual(run("ord", str("é")), "233")
        XCTAssertEqual(run("ord", str("ab")), "TypeError: ord() expected a character, but string of length 2 found")
        XCTAssertEqual(run("ord", int(5)), "TypeError: ord() expected string of length 1, but int found")
        XCTAssertEqual(run("repr", str("é")), "\"'é'\"")
        XCTAssertEqual(run("format", int(1), int(2)), "TypeError: format() argument 2 must be str, not int")
    }

    func testAggregates() {
        XCTAssertEqual(run("len", str("héllo")), "5")
        XCTAssertEqual(run("len"), "TypeError: len() takes exactly one argument (0 given)")
        XCTAssertEqual(run("max"), "TypeError: max expected at least 1 argument, got 0")
        XCTAssertEqual(run("max", list()), "ValueError: max() arg is an empty sequence")
        XCTAssertEqual(run("min", tuple()), "ValueError: min() arg is an empty sequence")
        XCTAssertEqual(run("max", list(), kw: [("default", int(3))]), "3")
        XCTAssertEqual(run("max", int(1), int(2), kw: [("default", int(3))]),
                       "TypeError: Cannot specify a default for max() with multiple positional arguments")
        XCTAssertEqual(run("max", int(1), int(5), int(3)), "5")
        XCTAssertEqual(run("min", list(int(4), int(2), int(9))), "2")
        XCTAssertEqual(run("max", int(1), str("a")), "TypeError: '>' not supported between instances of 'str' and 'int'")
        XCTAssertEqual(run("min", list(), kw: [("foo", int(1))]), "TypeError: 'foo' is an invalid keyword argument for min()")
        XCTAssertEqual(run("sum", list(int(4), int(2), int(9))), "15")
        XCTAssertEqual(run("sum", list(int(1)), int(3)), "4")
        XCTAssertEqual(run("sum", list(str("a")), str("")), "TypeError: sum() can't sum strings [use ''.join(seq) instead]")
        XCTAssertEqual(run("sum", list(int(1), str("a"))), "TypeError: unsupported operand type(s) for +: 'int' and 'str'")
        XCTAssertEqual(run("sum", list(list(int(1)), list(int(2))), list()), "[1, 2]")
        XCTAssertEqual(run("sorted", list(int(3), int(1), int(2)), kw: [("reverse", trueValue)]), "[3, 2, 1]")
        XCTAssertEqual(run("sorted", list(int(1), str("a"))),
                       "TypeError: '<' not supported between instances of 'str' and 'int'")
        XCTAssertEqual(run("sorted"), "TypeError: sorted expected 1 argument, got 0")
        XCTAssertEqual(run("any", list()), "False")
        XCTAssertEqual(run("all", list()), "True")
        XCTAssertEqual(run("any", int(5)), "TypeError: 'int' object is not iterable")
    }

    func testIterationAndAttributeBuiltins() {
        XCTAssertEqual(run("next", list()), "TypeError: 'list' object is not an iterator")
        XCTAssertEqual(run("next", ad_iter(list()), str("d")), "'d'")
        XCTAssertEqual(run("next", ad_iter(list())), "StopIteration")
        XCTAssertEqual(run("iter", int(1), int(2)), "TypeError: iter(v, w): v must be callable")
        XCTAssertEqual(run("getattr", int(1), int(2)), "TypeError: attribute name must be string, not 'int'")
        XCTAssertEqual(run("getattr", int(1), str("x"), int(5)), "5")
        XCTAssertEqual(run("hasattr", int(1), str("x")), "False")
        XCTAssertEqual(run("hasattr", value(&ad_ValueError), str("args")), "True")
        XCTAssertEqual(run("setattr", int(1), str("x"), int(2)), "AttributeError: 'int' object has no attribute 'x'")
        XCTAssertEqual(run("callable", builtin("len")), "True")
        XCTAssertEqual(run("callable", int(1)), "False")
        XCTAssertEqual(run("isinstance", trueValue, value(&ad_int_type)), "True")
        XCTAssertEqual(run("issubclass", value(&ad_KeyError), value(&ad_LookupError)), "True")
        XCTAssertEqual(run("hash", list()), "TypeError: unhashable type: 'list'")
        XCTAssertEqual(run("vars", int(1)), "TypeError: vars() argument must have __dict__ attribute")
        XCTAssertEqual(repr(builtin("len")), "<built-in function len>")
        XCTAssertEqual(repr(builtin("ValueError")), "<class 'ValueError'>")
        XCTAssertEqual(repr(builtin("IOError")), "<class 'OSError'>")
    }

    func testModules() {
        let sys = ad_import(str("sys"))
        XCTAssertEqual(repr(sys), "<module 'sys' (built-in)>")
        XCTAssertEqual(repr(ad_getattr_cstr(sys, "argv")), "['test.py']")
        XCTAssertEqual(repr(ad_getattr_cstr(sys, "maxsize")), "9223372036854775807")
        XCTAssertEqual(repr(ad_getattr_cstr(ad_getattr_cstr(sys, "version_info"), "minor")), "11")
        XCTAssertEqual(repr(ad_getattr_cstr(sys, "stdout")),
                       "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>")
        XCTAssertEqual(outcome(call(sys, "setrecursionlimit", int(0))),
                       "ValueError: recursion limit must be greater or equal than 1")
        XCTAssertEqual(outcome(call(sys, "exit", int(1), int(2))), "TypeError: exit expected at most 1 argument, got 2")
        XCTAssertEqual(outcome(call(sys, "exit", int(4))), "SystemExit: 4")
        XCTAssertEqual(outcome(ad_import(str("foo"))), "ModuleNotFoundError: No module named 'foo'")
        XCTAssertEqual(outcome(ad_import(str("foo.bar"))), "ModuleNotFoundError: No module named 'foo'")
        let math = ad_import(str("math"))
        XCTAssertEqual(repr(math), "<module 'math' (built-in)>")
        XCTAssertEqual(ad_import(str("math")), math)
        XCTAssertEqual(outcome(ad_import_from(math, str("foo"))),
                       "ImportError: cannot import name 'foo' from 'math' (unknown location)")
        XCTAssertEqual(outcome(ad_getattr_cstr(math, "foo")), "AttributeError: module 'math' has no attribute 'foo'")
        XCTAssertEqual(outcome(ad_load_global_fallback(str("nope"))), "NameError: name 'nope' is not defined")
        XCTAssertEqual(ad_load_global_fallback(str("len")), builtin("len"))
    }

    func testPrint() {
        let out = captured(fd: 1) {
            _ = invoke(builtin("print"), [int(1), str("a"), none], [("sep", str("-")), ("end", str("!\n"))])
            _ = invoke(builtin("print"), [])
            _ = invoke(builtin("print"), [str("x"), str("a\u{e9}")])
        }
        XCTAssertEqual(out, "1-a-None!\n\nx a\u{e9}\n")
        XCTAssertEqual(outcome(invoke(builtin("print"), [], [("sep", int(1))])),
                       "TypeError: sep must be None or a string, not int")
        XCTAssertEqual(outcome(invoke(builtin("print"), [], [("foo", int(1))])),
                       "TypeError: 'foo' is an invalid keyword argument for print()")
        let err = captured(fd: 2) {
            _ = invoke(builtin("print"), [str("oops")], [("file", ad_getattr_cstr(ad_import(str("sys")), "stderr"))])
        }
        XCTAssertEqual(err, "oops\n")
    }

    func testLoneSurrogatesCannotBePrinted() {
        var cps: [UInt32] = [0x61, 0xD800, 0x62]
        let s = ad_str_from_ucs4(&cps, 3)
        let out = captured(fd: 1) {
            XCTAssertEqual(outcome(invoke(builtin("print"), [str("x"), s])),
                           "UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed")
        }
        XCTAssertEqual(out, "x ")
    }
}
