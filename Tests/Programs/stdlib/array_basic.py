from array import array
import array as arraymod
a = array('i', [1, 2, 3])
print(a, repr(array('d')), a.typecode, a.itemsize, a[1], a[1:], a * 2, 2 * a, a + array('i', [9]), list(a), len(a), 2 in a, a.tolist(), sum(a))
a.append(4); a.extend([5, 6]); a.insert(0, -1); print(a, a.pop(), a.pop(0), a.index(3), a.count(2)); a.remove(2); a.reverse(); print(a)
a[0] = 100; a[1:3] = array('i', [7, 8, 9]); print(a); del a[0]; print(a, a == array('i', [8, 9, 3, 1]), a < array('i', [9]), a[::2], a[-1])
a += array('i', [5]); a *= 2; print(a, str(a), sorted(a), max(a), list(reversed(a)))
tests = [
    lambda: array("b", [200]), lambda: array("B", [-1]), lambda: array("i", [1.5]), lambda: array("h", [40000]), lambda: array("I", [2**32]),
    lambda: array("z"), lambda: array("i", ["a"]), lambda: array("d", ["a"]), lambda: array("i", [1]) + [2], lambda: array("i", [1]) + array("d", [1]),
    lambda: array("q", [2**63]), lambda: array("Q", [-1]), lambda: array("l", [2**63]), lambda: array("L", [-1]), lambda: array("H", [-1]),
    lambda: array("B", [256]), lambda: array("b", [-129]), lambda: array("f", [1e300]), lambda: array("f", [0.1])[0], lambda: array("d", [1, 2]),
    lambda: array("i", [True]), lambda: array("i").pop(), lambda: array("i", [1]).index(5), lambda: array("i", [1]).remove(5), lambda: array("i", [1])[5],
    lambda: array("i", range(3)), lambda: array("d", (x / 2 for x in range(3))), lambda: array("i", [1, 2]).tobytes(), lambda: array("u", "ab"),
    lambda: array("i", "ab"), lambda: array("b", b"ab"), lambda: sorted(array("i", [3, 1, 2])), lambda: array("i", [1, 2]) * -1,
    lambda: array("d", [1.5]) == array("f", [1.5]), lambda: array("i", [1]) == [1], lambda: array("i", [-2**31 - 1]), lambda: array("I", [-1]),
    lambda: array("L", [2**64]), lambda: array("q", [-2**63 - 1]), lambda: array("Q", [2**64]), lambda: array("l", [-2**63 - 1]), lambda: array("h", [-40000]),
    lambda: array("i", [1]).extend(array("d")), lambda: array("i", [1, 2]).__setitem__(slice(0, 1), [5]), lambda: array("f", [3.4028235e38 * 2]),
    lambda: array("f", [1e-46]), lambda: array("d", [1.5]).tobytes(), lambda: array("f", [1.5]).tobytes(), lambda: array("i", [1]).frombytes(b"abc"),
    lambda: array("i", [1]).fromlist((1,)), lambda: array("u", ["a", "b"]), lambda: array("i", [5, 6, 7]).index(7, 1), lambda: array("i", array("d", [1.0])),
    lambda: array("d", array("i", [1])), lambda: array("i", [1]) * 2.0, lambda: array("i", [1, 2]).__setitem__(5, 1), lambda: array(),
    lambda: array("d", [1]).__setitem__(0, "x"), lambda: array("f", [0.1, 1 / 3, 1e-40, 3.4028235e38, -2.5e-45, 16777217.0]),
    lambda: array("d", [0.1, -0.0, float("inf"), 5e-324, 1e308]).tobytes(), lambda: array("f", [0.1, 1e-40, -0.0]).tobytes(),
    lambda: array("h", [1, -2, 300]).tobytes(), lambda: array("Q", [2**64 - 1]).tobytes(),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
b = array("d", [1.5, -2.25, 1e-300])
c = array("d"); c.frombytes(b.tobytes()); print(c == b, c)
f = array("f", [0.1, 1e-40, -7.5]); g = array("f"); g.frombytes(f.tobytes()); print(g == f, g)
h = array("i", [1, 256, -3]); h.byteswap(); print(h); h.byteswap(); print(h)
u = array("u", "hello"); u.fromunicode(" world"); print(u, u.tounicode(), u[0], len(u))
print(arraymod.typecodes, arraymod.ArrayType is array, type(a).__name__, [array("H", [x]).itemsize for x in [1]])
import copy
print(copy.copy(a) == a, copy.deepcopy(a) is not a)
