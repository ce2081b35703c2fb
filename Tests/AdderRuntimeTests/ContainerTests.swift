// Unit tests of the containers part of the runtime (list, tuple, dict, set, frozenset, range,
// slice, iterators, sorting, unpacking), through the C API. Expected texts and numbers come from
// CPython 3.11.
import AdderRuntime
import XCTest

/// The list that `mutatingKey` appends to, to provoke "list modified during sort".
private var mutationTarget: AdValue = 0

/// A key function (a C builtin) that appends its argument to `mutationTarget` and returns it.
private let mutatingKey: AdCFunction = { _, args, _, _ in
    _ = ad_list_append(mutationTarget, args![0])
    return args![0]
}

final class ContainerTests: RuntimeTestCase {
    // MARK: - Helpers

    /// The value of a type object (to call it or compare with it).
    private func typeValue(_ type: UnsafeMutablePointer<AdType>) -> AdValue {
        return AdValue(UInt(bitPattern: type))
    }

    /// A list of small ints.
    private func list(_ items: [Int64]) -> AdValue {
        let values = items.map { ad_small($0) }
        return values.withUnsafeBufferPointer { ad_list_from_array($0.baseAddress, $0.count) }
    }

    /// A tuple of values.
    private func tuple(_ items: [AdValue]) -> AdValue {
        return items.withUnsafeBufferPointer { ad_tuple_from_array($0.baseAddress, $0.count) }
    }

    /// `callable(*args, **kwargs)`.
    private func invoke(_ callable: AdValue, _ args: [AdValue], _ kwargs: [(String, AdValue)] = []) -> AdValue {
        let all = args + kwargs.map { $0.1 }
        let kwnames: AdValue = kwargs.isEmpty ? 0 : tuple(kwargs.map { ad_str_intern_cstr($0.0) })
        return all.withUnsafeBufferPointer { ad_call(callable, $0.baseAddress, args.count, kwnames) }
    }

    /// A builtin function by name.
    private func builtin(_ name: String) -> AdValue {
        let v = ad_builtin_lookup(ad_str_intern_cstr(name))
        XCTAssertNotEqual(v, 0, "no builtin \(name)")
        return v
    }

    /// Asserts that `value` is the error sentinel and that the pending exception is `expected`.
    private func assertError(_ value: AdValue, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(value, 0, "expected an error, got \(value == 0 ? "" : repr(value))", file: file, line: line)
        XCTAssertEqual(pendingError(), expected, file: file, line: line)
    }

    /// Asserts that an int-returning call failed (-1) with `expected`.
    private func assertFailed(_ status: Int64, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(status, -1, file: file, line: line)
        XCTAssertEqual(pendingError(), expected, file: file, line: line)
    }

    // MARK: - Tuples

    func testTupleCreationAndRepr() {
        XCTAssertEqual(ad_tuple_new(0), ad_empty_tuple)
        XCTAssertEqual(repr(ad_empty_tuple), "()")
        XCTAssertEqual(repr(tuple([int(1)])), "(1,)")
        XCTAssertEqual(repr(tuple([int(1), str("a"), tuple([])])), "(1, 'a', ())")
        let t = tuple([int(1), int(2)])
        XCTAssertEqual(ad_tuple_from_iterable(t), t, "tuple(t) is t for an exact tuple")
        XCTAssertEqual(repr(ad_tuple_from_iterable(list([3, 4]))), "(3, 4)")
        assertError(ad_tuple_from_iterable(int(5)), "TypeError: 'int' object is not iterable")
    }

    func testTupleHashMatchesCPython() {
        XCTAssertEqual(ad_hash(tuple([int(1), int(2), int(3)])), 529_344_067_295_497_451)
        XCTAssertEqual(ad_hash(ad_empty_tuple), 5_740_354_900_026_072_187)
        XCTAssertEqual(ad_hash(tuple([int(1)])), -6_644_214_454_873_602_895)
        XCTAssertEqual(ad_hash(tuple([tuple([int(1), int(2)]), tuple([int(3)])])), -8_303_551_883_679_707_139)
        XCTAssertEqual(ad_hash(tuple([list([1])])), -1)
        XCTAssertEqual(pendingError(), "TypeError: unhashable type: 'list'")
    }

    func testTupleIndexingAndOperators() {
        let t = tuple([int(1), int(2), int(3)])
        XCTAssertEqual(repr(ad_getitem(t, int(-1))), "3")
        assertError(ad_getitem(t, int(3)), "IndexError: tuple index out of range")
        assertError(ad_getitem(t, str("a")), "TypeError: tuple indices must be integers or slices, not str")
        XCTAssertEqual(repr(ad_getitem(t, ad_slice_new(0, 0, int(-1)))), "(3, 2, 1)")
        XCTAssertEqual(repr(ad_add(t, tuple([int(4)]))), "(1, 2, 3, 4)")
        assertError(ad_add(t, list([4])), "TypeError: can only concatenate tuple (not \"list\") to tuple")
        XCTAssertEqual(repr(ad_mul(int(2), tuple([int(0)]))), "(0, 0)")
        assertError(ad_mul(t, str("x")), "TypeError: can't multiply sequence by non-int of type 'str'")
        XCTAssertEqual(ad_compare_bool(t, tuple([int(1), int(2), int(4)]), Int32(AD_LT.rawValue)), 1)
        assertError(call(t, "index", int(9)), "ValueError: tuple.index(x): x not in tuple")
        XCTAssertEqual(repr(call(t, "count", int(2))), "1")
    }

    // MARK: - Lists

    func testListBasics() {
        let l = ad_list_new(0)
        for i in 0..<100 { XCTAssertEqual(ad_list_append(l, int(Int64(i))), 0) }
        XCTAssertEqual(ad_len(l), 100)
        XCTAssertEqual(repr(ad_getitem(l, int(-1))), "99")
        assertError(ad_getitem(l, int(100)), "IndexError: list index out of range")
        assertError(ad_getitem(l, str("x")), "TypeError: list indices must be integers or slices, not str")
        XCTAssertEqual(repr(ad_getitem(l, ad_slice_new(int(10), int(2), int(-3)))), "[10, 7, 4]")
        XCTAssertEqual(repr(list([])), "[]")
        assertError(call(list([]), "pop"), "IndexError: pop from empty list")
        assertError(call(list([1]), "pop", int(5)), "IndexError: pop index out of range")
        assertError(call(list([1]), "remove", int(5)), "ValueError: list.remove(x): x not in list")
        assertError(call(list([1]), "index", int(5)), "ValueError: 5 is not in list")
        XCTAssertEqual(ad_hash(list([])), -1)
        XCTAssertEqual(pendingError(), "TypeError: unhashable type: 'list'")
    }

    func testListSliceAssignment() {
        let l = list([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
        XCTAssertEqual(ad_setitem(l, ad_slice_new(int(2), int(5), 0), list([20])), 0)
        XCTAssertEqual(repr(l), "[0, 1, 20, 5, 6, 7, 8, 9]")
        XCTAssertEqual(ad_setitem(l, ad_slice_new(0, 0, int(2)), list([0, 0, 0, 0])), 0)
        XCTAssertEqual(repr(l), "[0, 1, 0, 5, 0, 7, 0, 9]")
        assertFailed(Int64(ad_setitem(l, ad_slice_new(0, 0, int(3)), list([1, 2]))),
                     "ValueError: attempt to assign sequence of size 2 to extended slice of size 3")
        XCTAssertEqual(ad_delitem(l, ad_slice_new(0, 0, int(-2))), 0)
        XCTAssertEqual(repr(l), "[0, 0, 0, 0]")
        XCTAssertEqual(ad_setitem(l, ad_slice_new(0, 0, 0), l), 0, "l[:] = l")
        XCTAssertEqual(repr(l), "[0, 0, 0, 0]")
        assertFailed(Int64(ad_setitem(l, int(7), int(1))), "IndexError: list assignment index out of range")
        assertFailed(Int64(ad_setitem(l, ad_slice_new(0, int(1), 0), int(1))), "TypeError: can only assign an iterable")
    }

    func testListReprIsRecursionSafe() {
        let l = list([1])
        XCTAssertEqual(ad_list_append(l, l), 0)
        XCTAssertEqual(repr(l), "[1, [...]]")
        let d = ad_dict_new()
        XCTAssertEqual(ad_dict_set(d, int(1), d), 0)
        XCTAssertEqual(repr(d), "{1: {...}}")
    }

    func testListOperators() {
        XCTAssertEqual(repr(ad_add(list([1]), list([2]))), "[1, 2]")
        assertError(ad_add(list([1]), tuple([])), "TypeError: can only concatenate list (not \"tuple\") to list")
        XCTAssertEqual(repr(ad_mul(list([1, 2]), int(2))), "[1, 2, 1, 2]")
        XCTAssertEqual(repr(ad_mul(list([1, 2]), int(-2))), "[]")
        let l = list([1])
        XCTAssertEqual(ad_inplace(Int32(AD_OP_ADD.rawValue), l, str("ab")), l)
        XCTAssertEqual(repr(l), "[1, 'a', 'b']")
        XCTAssertEqual(ad_compare_bool(list([1, 2]), list([1, 2, 0]), Int32(AD_LT.rawValue)), 1)
        XCTAssertEqual(ad_contains(list([1, 2]), int(2)), 1)
        XCTAssertEqual(ad_list_extend(list([]), int(3)), -1)
        XCTAssertEqual(pendingError(), "TypeError: Value after * must be an iterable, not int")
    }

    // MARK: - Sorting

    func testSortIsStableWithKeyAndReverse() {
        let l = list([5, -3, 3, -5, 1, -1, 0])
        XCTAssertEqual(ad_list_sort(l, builtin("abs"), 0), 0)
        XCTAssertEqual(repr(l), "[0, 1, -1, -3, 3, 5, -5]")
        let m = list([5, -3, 3, -5, 1, -1, 0])
        XCTAssertEqual(ad_list_sort(m, builtin("abs"), 1), 0)
        XCTAssertEqual(repr(m), "[5, -5, -3, 3, 1, -1, 0]")
    }

    func testSortLargeAndPartiallyOrdered() {
        var values = (0..<5000).map { Int64(($0 * 7919) % 5003) }
        let l = list(values)
        XCTAssertEqual(ad_list_sort(l, 0, 0), 0)
        values.sort()
        XCTAssertEqual(repr(l), repr(list(values)))
        let r = list(Array((0..<3000).reversed()) + Array(0..<3000))
        XCTAssertEqual(ad_list_sort(r, 0, 0), 0)
        XCTAssertEqual(repr(ad_getitem(r, ad_slice_new(0, int(6), 0))), "[0, 0, 1, 1, 2, 2]")
    }

    func testSortErrors() {
        let l = tuple([int(1), str("a")])
        let mixed = ad_list_from_iterable(l)
        XCTAssertEqual(ad_list_sort(mixed, 0, 0), -1)
        XCTAssertEqual(pendingError(), "TypeError: '<' not supported between instances of 'str' and 'int'")
        XCTAssertEqual(ad_len(mixed), 2, "a failed sort keeps every item")

        mutationTarget = list([3, 1, 2])
        let def = UnsafeMutablePointer<AdMethodDef>.allocate(capacity: 1)
        def.initialize(to: AdMethodDef(name: UnsafePointer(strdup("mutating_key")), fn: mutatingKey, flags: 0))
        let key = ad_builtin_new(def, 0)
        XCTAssertEqual(ad_list_sort(mutationTarget, key, 0), -1)
        XCTAssertEqual(pendingError(), "ValueError: list modified during sort")
        XCTAssertEqual(repr(mutationTarget), "[1, 2, 3]")
    }

    // MARK: - Dicts

    func testDictBasics() {
        let d = ad_dict_new()
        XCTAssertEqual(ad_dict_set_cstr(d, "a", int(1)), 0)
        XCTAssertEqual(ad_dict_set(d, int(2), str("two")), 0)
        XCTAssertEqual(repr(ad_dict_get_cstr(d, "a")), "1")
        XCTAssertEqual(ad_dict_get_cstr(d, "zz"), 0)
        XCTAssertFalse(ad_err_occurred() != 0)
        var out: AdValue = 0
        XCTAssertEqual(ad_dict_lookup(d, int(2), &out), 1)
        XCTAssertEqual(text(out), "two")
        XCTAssertEqual(ad_dict_lookup(d, list([]), &out), -1)
        XCTAssertEqual(pendingError(), "TypeError: unhashable type: 'list'")
        XCTAssertEqual(repr(d), "{'a': 1, 2: 'two'}")
        XCTAssertEqual(ad_dict_del(d, str("a")), 1)
        XCTAssertEqual(ad_dict_del(d, str("a")), 0)
        XCTAssertEqual(ad_dict_len(d), 1)
        assertError(ad_getitem(d, str("missing")), "KeyError: 'missing'")
        let exc = ad_getitem(d, int(7)) == 0 ? ad_err_fetch() : 0
        XCTAssertEqual(repr(AdValue(exc)), "KeyError(7)")
    }

    func testDictOrderAndIteration() {
        let d = ad_dict_new()
        for i in 0..<20 { XCTAssertEqual(ad_dict_set(d, int(Int64(i)), int(Int64(i * i))), 0) }
        for i in stride(from: 0, to: 20, by: 3) { XCTAssertEqual(ad_dict_del(d, int(Int64(i))), 1) }
        XCTAssertEqual(ad_dict_set(d, int(0), int(0)), 0)
        var pos: Int64 = 0
        var key: AdValue = 0
        var value: AdValue = 0
        var keys: [String] = []
        while ad_dict_next(d, &pos, &key, &value) != 0 { keys.append(repr(key)) }
        XCTAssertEqual(keys.joined(separator: ","), "1,2,4,5,7,8,10,11,13,14,16,17,19,0")
        XCTAssertEqual(repr(call(d, "popitem")), "(0, 0)")
        XCTAssertEqual(repr(call(d, "popitem")), "(19, 361)")

        let it = ad_iter(d)
        XCTAssertNotEqual(ad_next(it), 0)
        XCTAssertEqual(ad_dict_set(d, int(100), int(1)), 0)
        assertError(ad_next(it), "RuntimeError: dictionary changed size during iteration")
        assertError(call(ad_dict_new(), "popitem"), "KeyError: 'popitem(): dictionary is empty'")
    }

    func testDictViews() {
        let d = ad_dict_new()
        XCTAssertEqual(ad_dict_set(d, int(1), int(2)), 0)
        XCTAssertEqual(ad_dict_set(d, int(3), int(4)), 0)
        XCTAssertEqual(repr(call(d, "keys")), "dict_keys([1, 3])")
        XCTAssertEqual(repr(call(d, "values")), "dict_values([2, 4])")
        XCTAssertEqual(repr(call(d, "items")), "dict_items([(1, 2), (3, 4)])")
        XCTAssertEqual(repr(ad_binop(Int32(AD_OP_OR.rawValue), call(d, "keys"), list([5]))), "{1, 3, 5}")
        XCTAssertEqual(repr(ad_binop(Int32(AD_OP_AND.rawValue), list([3, 9]), call(d, "keys"))), "{3}")
        XCTAssertEqual(ad_contains(call(d, "items"), tuple([int(3), int(4)])), 1)
    }

    func testDictUpdateAndMergeMessages() {
        let d = ad_dict_new()
        XCTAssertEqual(ad_dict_update(d, list([])), 0)
        XCTAssertEqual(ad_dict_update(d, ad_list_from_iterable(tuple([tuple([int(1), int(2), int(3)])]))), -1)
        XCTAssertEqual(pendingError(), "ValueError: dictionary update sequence element #0 has length 3; 2 is required")
        XCTAssertEqual(ad_dict_update(d, ad_list_from_iterable(tuple([int(5)]))), -1)
        XCTAssertEqual(pendingError(), "TypeError: cannot convert dictionary update sequence element #0 to a sequence")
        XCTAssertEqual(ad_dict_merge(d, int(5)), -1)
        XCTAssertEqual(pendingError(), "TypeError: 'int' object is not a mapping")

        let kwargs = ad_dict_new()
        XCTAssertEqual(ad_dict_set_cstr(kwargs, "sep", int(1)), 0)
        let other = ad_dict_new()
        XCTAssertEqual(ad_dict_set_cstr(other, "sep", int(2)), 0)
        XCTAssertEqual(ad_dict_merge_kwargs(kwargs, other, builtin("print")), -1)
        XCTAssertEqual(pendingError(), "TypeError: print() got multiple values for keyword argument 'sep'")
        XCTAssertEqual(ad_dict_merge_kwargs(kwargs, int(5), builtin("len")), -1)
        XCTAssertEqual(pendingError(), "TypeError: len() argument after ** must be a mapping, not int")
    }

    func testDictConstructor() {
        let dictType = typeValue(&ad_dict_type)
        XCTAssertEqual(repr(invoke(dictType, [], [("a", int(1)), ("b", int(2))])), "{'a': 1, 'b': 2}")
        let pairs = ad_list_from_iterable(tuple([tuple([int(1), int(2)]), list([3, 4])]))
        XCTAssertEqual(repr(invoke(dictType, [pairs], [("a", int(0))])), "{1: 2, 3: 4, 'a': 0}")
        assertError(invoke(dictType, [int(1), int(2)]), "TypeError: dict expected at most 1 argument, got 2")
    }

    // MARK: - Sets

    func testSetOrderMatchesCPython() {
        let a = ad_set_new()
        XCTAssertEqual(ad_set_update(a, invoke(typeValue(&ad_range_type), [int(20)])), 0)
        let b = ad_set_new()
        for v: Int64 in [100, 37, -5] { XCTAssertEqual(ad_set_add(b, int(v)), 0) }
        XCTAssertEqual(repr(ad_binop(Int32(AD_OP_XOR.rawValue), a, b)),
                       "{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 37, 100, -5}")
        let pairs = ad_set_new()
        for (x, y): (Int64, Int64) in [(1, 2), (3, 4), (0, 0), (5, -1)] {
            XCTAssertEqual(ad_set_add(pairs, tuple([int(x), int(y)])), 0)
        }
        XCTAssertEqual(repr(pairs), "{(5, -1), (1, 2), (3, 4), (0, 0)}")
        let s = ad_set_new()
        XCTAssertEqual(ad_set_update(s, list([5, 1000, 8, 16, 3, -1, -2])), 0)
        XCTAssertEqual(ad_set_add(s, ad_int_from_decimal("2305843009213693952")), 0)
        XCTAssertEqual(repr(s), "{2305843009213693952, 3, 5, 1000, 8, 16, -2, -1}")
        XCTAssertEqual(repr(call(s, "pop")), "2305843009213693952")
        XCTAssertEqual(repr(call(s, "pop")), "3")
        XCTAssertEqual(repr(s), "{5, 1000, 8, 16, -2, -1}")
        let r7 = ad_set_new(), r3 = ad_set_new()
        for i in stride(from: 0, to: 200, by: 7) { XCTAssertEqual(ad_set_add(r7, int(Int64(i))), 0) }
        for i in stride(from: 0, to: 200, by: 3) { XCTAssertEqual(ad_set_add(r3, int(Int64(i))), 0) }
        XCTAssertEqual(repr(ad_binop(Int32(AD_OP_SUB.rawValue), r7, r3)),
                       "{133, 7, 140, 14, 154, 28, 161, 35, 175, 49, 182, 56, 196, 70, 77, 91, 98, 112, 119}")
    }

    /// Thousands of adds and discards driven by an LCG; the table layout (hence the order) and the
    /// frozenset hash must be CPython's.
    func testSetOrderAfterManyAddsAndDiscards() {
        let s = ad_set_new()
        var x: Int64 = 12345
        for _ in 0..<3000 {
            x = (x &* 1_103_515_245 &+ 12345) % 2_147_483_648
            let v = (x >> 4) % 200_000
            if x % 3 == 0 {
                XCTAssertNotEqual(call(s, "discard", int(v)), 0)
            } else {
                XCTAssertEqual(ad_set_add(s, int(v)), 0)
            }
            if x % 7 == 0 { XCTAssertNotEqual(call(s, "discard", int((x >> 5) % 200_000)), 0) }
        }
        let items = ad_list_from_iterable(s)
        XCTAssertEqual(ad_len(items), 2023)
        XCTAssertEqual(repr(ad_getitem(items, ad_slice_new(0, int(12), 0))),
                       "[172033, 163846, 24586, 16401, 73745, 139286, 196630, 163866, 16414, 180258, 172067, 147492]")
        XCTAssertEqual(repr(ad_getitem(items, ad_slice_new(int(-4), 0, 0))), "[65518, 172016, 163830, 57339]")
        XCTAssertEqual(ad_hash(ad_frozenset_new(s)), -2_624_512_246_752_986_589)
    }

    func testSetMethodsAndMessages() {
        XCTAssertEqual(repr(ad_set_new()), "set()")
        XCTAssertEqual(repr(ad_frozenset_new(0)), "frozenset()")
        XCTAssertEqual(repr(ad_frozenset_new(list([3, 1, 2]))), "frozenset({1, 2, 3})")
        XCTAssertEqual(ad_hash(ad_frozenset_new(list([1, 2, 3]))), -272_375_401_224_217_160)
        XCTAssertEqual(ad_hash(ad_frozenset_new(0)), 133_146_708_735_736)
        assertError(call(ad_set_new(), "pop"), "KeyError: 'pop from an empty set'")
        assertError(call(ad_set_new(), "remove", int(2)), "KeyError: 2")
        assertError(call(ad_set_new(), "add", list([])), "TypeError: unhashable type: 'list'")
        let fs = ad_frozenset_new(list([1]))
        let s = ad_set_new()
        XCTAssertEqual(ad_set_add(s, fs), 0)
        XCTAssertEqual(ad_set_contains(s, ad_frozenset_new(list([1]))), 1)
        let plain = ad_set_new()
        XCTAssertEqual(ad_set_add(plain, int(1)), 0)
        XCTAssertEqual(ad_set_contains(s, plain), 1, "a set is looked up as the equal frozenset")
        let it = ad_iter(plain)
        XCTAssertNotEqual(ad_next(it), 0)
        XCTAssertEqual(ad_set_add(plain, int(2)), 0)
        assertError(ad_next(it), "RuntimeError: Set changed size during iteration")
    }

    // MARK: - Ranges and slices

    func testRange() {
        let r = ad_range_new(int(1), int(20), int(3))
        XCTAssertEqual(repr(r), "range(1, 20, 3)")
        XCTAssertEqual(repr(ad_range_new(0, int(5), 0)), "range(0, 5)")
        XCTAssertEqual(ad_len(r), 7)
        XCTAssertEqual(repr(ad_getitem(r, int(-1))), "19")
        XCTAssertEqual(repr(ad_getitem(r, ad_slice_new(0, 0, int(-1)))), "range(19, -2, -3)")
        assertError(ad_getitem(r, int(7)), "IndexError: range object index out of range")
        XCTAssertEqual(ad_contains(r, int(16)), 1)
        XCTAssertEqual(ad_contains(r, int(17)), 0)
        assertError(ad_range_new(int(1), int(2), int(0)), "ValueError: range() arg 3 must not be zero")
        assertError(ad_range_new(0, ad_float(1.5), 0), "TypeError: 'float' object cannot be interpreted as an integer")
        XCTAssertEqual(ad_hash(ad_range_new(0, int(10), 0)), -7_546_101_314_042_312_252)
        let huge = ad_range_new(0, ad_int_from_decimal("100000000000000000000"), int(3))
        XCTAssertEqual(repr(huge), "range(0, 100000000000000000000, 3)")
        XCTAssertEqual(ad_len(huge), -1)
        XCTAssertEqual(pendingError(), "OverflowError: Python int too large to convert to C ssize_t")
        XCTAssertEqual(repr(ad_getitem(huge, int(-1))), "99999999999999999999")
        var total: Int64 = 0
        let it = ad_iter(ad_range_new(0, int(1000), 0))
        while true {
            let v = ad_next(it)
            if v == 2 { break } // AD_STOP
            total += ad_small_val(v)
        }
        XCTAssertEqual(total, 499_500)
    }

    func testSliceIndices() {
        var start: Int64 = 0, stop: Int64 = 0, step: Int64 = 0
        XCTAssertEqual(ad_slice_indices(ad_slice_new(0, 0, int(-1)), 5, &start, &stop, &step), 5)
        XCTAssertEqual([start, stop, step], [4, -1, -1])
        XCTAssertEqual(ad_slice_indices(ad_slice_new(int(-100), int(100), 0), 10, &start, &stop, &step), 10)
        XCTAssertEqual([start, stop, step], [0, 10, 1])
        XCTAssertEqual(ad_slice_indices(ad_slice_new(0, 0, int(0)), 3, &start, &stop, &step), -1)
        XCTAssertEqual(pendingError(), "ValueError: slice step cannot be zero")
        XCTAssertEqual(ad_slice_indices(ad_slice_new(str("a"), 0, 0), 3, &start, &stop, &step), -1)
        XCTAssertEqual(pendingError(), "TypeError: slice indices must be integers or None or have an __index__ method")
        XCTAssertEqual(repr(ad_slice_new(int(1), int(2), 0)), "slice(1, 2, None)")
        XCTAssertEqual(ad_hash(ad_slice_new(0, 0, 0)), -1)
        XCTAssertEqual(pendingError(), "TypeError: unhashable type: 'slice'")
    }

    // MARK: - Iterators

    func testIteratorTypes() {
        let enumerate = invoke(typeValue(&ad_enumerate_type), [str("ab")], [("start", int(5))])
        XCTAssertEqual(repr(ad_list_from_iterable(enumerate)), "[(5, 'a'), (6, 'b')]")
        let zipStrict = invoke(typeValue(&ad_zip_type), [list([1, 2]), list([1]), list([1, 2])], [("strict", ad_bool(1))])
        assertError(ad_list_from_iterable(zipStrict), "ValueError: zip() argument 2 is shorter than argument 1")
        let zipLonger = invoke(typeValue(&ad_zip_type), [list([1]), list([1]), list([1, 2])], [("strict", ad_bool(1))])
        assertError(ad_list_from_iterable(zipLonger), "ValueError: zip() argument 3 is longer than arguments 1-2")
        let mapped = invoke(typeValue(&ad_map_type), [builtin("abs"), list([-1, 2, -3])])
        XCTAssertEqual(repr(ad_list_from_iterable(mapped)), "[1, 2, 3]")
        assertError(invoke(typeValue(&ad_map_type), [builtin("abs")]), "TypeError: map() must have at least two arguments.")
        let none = call(list([]), "clear")
        let filtered = invoke(typeValue(&ad_filter_type), [none, list([0, 1, 2, 0])])
        XCTAssertEqual(repr(ad_list_from_iterable(filtered)), "[1, 2]")
        XCTAssertEqual(repr(ad_list_from_iterable(ad_reversed(tuple([int(1), int(2)])))), "[2, 1]")
        assertError(ad_reversed(ad_set_new()), "TypeError: 'set' object is not reversible")
        XCTAssertTrue(repr(ad_iter(list([]))).hasPrefix("<list_iterator object at 0x"))
        XCTAssertTrue(repr(enumerate).hasPrefix("<enumerate object at 0x"))
    }

    func testFastIterNext() {
        let it = ad_iter(ad_range_new(int(3), int(6), 0))
        XCTAssertEqual(repr(ad_fast_iter_next(it)), "3")
        XCTAssertEqual(repr(ad_next(it)), "4")
        XCTAssertEqual(repr(ad_fast_iter_next(it)), "5")
        XCTAssertEqual(ad_fast_iter_next(it), 2, "AD_STOP")
        let l = list([7])
        let li = ad_iter(l)
        XCTAssertEqual(repr(ad_fast_iter_next(li)), "7")
        XCTAssertEqual(ad_list_append(l, int(8)), 0)
        XCTAssertEqual(repr(ad_fast_iter_next(li)), "8", "a list iterator sees appended items")
        XCTAssertEqual(ad_fast_iter_next(li), 2)
        XCTAssertEqual(ad_fast_iter_next(ad_iter(tuple([int(1)]))), 0, "no fast path for tuples")
        let big = ad_iter(ad_range_new(ad_int_from_decimal("4611686018427387903"), ad_int_from_decimal("4611686018427387905"), 0))
        XCTAssertEqual(repr(ad_fast_iter_next(big)), "4611686018427387903")
        XCTAssertEqual(ad_fast_iter_next(big), 0, "2**62 is not a small int: the generic path")
        XCTAssertEqual(repr(ad_next(big)), "4611686018427387904")
    }

    // MARK: - Unpacking and match

    func testUnpack() {
        let t = tuple([int(1), int(2)])
        XCTAssertEqual(ad_unpack(t, 2), t, "a tuple of the right length is returned as-is")
        XCTAssertEqual(repr(ad_unpack(list([1, 2, 3]), 3)), "(1, 2, 3)")
        assertError(ad_unpack(list([1, 2]), 3), "ValueError: not enough values to unpack (expected 3, got 2)")
        assertError(ad_unpack(list([1, 2, 3]), 2), "ValueError: too many values to unpack (expected 2)")
        assertError(ad_unpack(int(1), 2), "TypeError: cannot unpack non-iterable int object")
        XCTAssertEqual(repr(ad_unpack_star(list([1, 2, 3, 4, 5]), 1, 2)), "(1, [2, 3], 4, 5)")
        XCTAssertEqual(repr(ad_unpack_star(list([1, 2]), 1, 1)), "(1, [], 2)")
        assertError(ad_unpack_star(list([1]), 1, 1), "ValueError: not enough values to unpack (expected at least 2, got 1)")
        XCTAssertEqual(ad_match_is_sequence(list([])), 1)
        XCTAssertEqual(ad_match_is_sequence(ad_range_new(0, int(1), 0)), 1)
        XCTAssertEqual(ad_match_is_sequence(str("ab")), 0)
        XCTAssertEqual(ad_match_is_sequence(ad_dict_new()), 0)
        XCTAssertEqual(ad_match_is_mapping(ad_dict_new()), 1)
        XCTAssertEqual(ad_match_is_mapping(list([])), 0)
    }
}
