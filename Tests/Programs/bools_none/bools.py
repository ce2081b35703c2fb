# bool is a subclass of int; and/or/not; truthiness of every builtin type.

print(True, False, not True, not 0, not "", not [1])
print(True + True, True * 7, True - False, True / 4, True // 2, True ** 5, -True, ~True, ~False)
print(True & True, True & False, True | False, True ^ True, True & 3, False | 4, True << 3)
print(type(True & True), type(True + False), type(True & 1), type(not 5))
print(True == 1, False == 0, True == 1.0, 1 == True == 1.0, True > False, sorted([True, False, 0, 1, -1]))
print(str(True), repr(False), int(True), float(False), bool("False"), bool(0.0), bool(-0.0), bool(1e-300))
print({True: "a", 1: "b", 1.0: "c"}, {0: "x", False: "y"}, [True, 1, 1.0].count(1))
print(hash(True), hash(False), True + 0, True.real)
for v in [0, 1, -1, 0.0, 0.5, "", "a", " ", [], [0], (), (None,), {}, {0: 0}, set(), {0}, None,
          range(0), range(1), frozenset(), 10 ** 100, -(10 ** 100)]:
    print(repr(v), bool(v), "yes" if v else "no")
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0, [] and 1, "x" and "y")
print(None and 1, 0 or None, False or False, True and [], not None, (not 1) or 3)
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, "", None]), any([0, "", 3]))
print(isinstance(True, bool), isinstance(True, int), isinstance(1, bool), bool(), bool(bool))
print(max(True, False), min([True, 2, -1]), sum([True] * 10), abs(False), divmod(True, True))
